import { PolicyContributor, readsThroughConsent, Role, standInCondition } from '@app/core/authz';

// Referrals and disclosures are made by the KAA unit working the case (the coordinator for their
// caseload, the team lead for the unit's); the organisation a referral is sent to sees it and
// answers it; the log reviewer reads disclosures.
export const referralsPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.COORDINATOR) {
    const own = { municipalityId, 'youngPerson.coordinatorId': principal.userId };
    rules.can(['read', 'create'], 'Disclosure', own);
    rules.can(['read', 'create', 'update'], 'Referral', own);
    // The absent colleague's cases while standing in for them (issue 17).
    const covered = standInCondition(principal, 'youngPerson');
    if (covered) {
      rules.can(['read', 'create'], 'Disclosure', covered);
      rules.can(['read', 'create', 'update'], 'Referral', covered);
    }
  }
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'create'], 'Disclosure', {
      municipalityId,
      'youngPerson.kaaUnitId': principal.organizationId,
    });
    rules.can('create', 'Referral', { municipalityId, 'youngPerson.kaaUnitId': principal.organizationId });
    rules.can(['read', 'update'], 'Referral', { municipalityId, fromOrganizationId: principal.organizationId });
  }
  if (readsThroughConsent(principal)) {
    rules.can(['read', 'update'], 'Referral', { municipalityId, toOrganizationId: principal.organizationId });
  }
  if (principal.role === Role.LOG_REVIEWER) rules.can('read', 'Disclosure', { municipalityId });
};
