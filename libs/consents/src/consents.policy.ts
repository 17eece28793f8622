import { PolicyContributor, Role, standInCondition } from '@app/core/authz';

// Consents are recorded and read by those who work with the young person in the KAA unit: the
// coordinator and the unit's team lead. Recording or withdrawing one also needs update access
// to the young person (checked in the service). Partners' reads through consents come next.
export const consentsPolicy: PolicyContributor = (principal, rules) => {
  // The municipality's own categories: everyone of it reads them, its admin keeps them.
  rules.can('read', 'InformationCategory', { municipalityId: principal.municipalityId });
  if (principal.role === Role.ADMIN) {
    rules.can(['create', 'update'], 'InformationCategory', { municipalityId: principal.municipalityId });
  }
  if (principal.secrecyDomain !== 'KAA') return;
  const municipalityId = principal.municipalityId;
  if (principal.role === Role.COORDINATOR) {
    rules.can(['read', 'create', 'update'], 'Consent', {
      municipalityId,
      'youngPerson.coordinatorId': principal.userId,
    });
    // The absent colleague's cases while standing in for them (issue 17).
    const covered = standInCondition(principal, 'youngPerson');
    if (covered) rules.can(['read', 'create', 'update'], 'Consent', covered);
  }
  if (principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'create', 'update'], 'Consent', {
      municipalityId,
      'youngPerson.kaaUnitId': principal.organizationId,
    });
  }
};
