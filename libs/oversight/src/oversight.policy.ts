import { EMERGENCY_ACCESS_ROLES, PolicyContributor, Role, standInCondition } from '@app/core/authz';

// Oversight of reads (issue 5). Those who work with young people may open an emergency access
// and see their own; the log reviewer sees the municipality's access log, emergency accesses and
// reviews and records outcomes. The coordinator (and the unit's team lead) see who read their
// young people, which is how a young person is told who looked at their record.
export const oversightPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (EMERGENCY_ACCESS_ROLES.includes(principal.role)) {
    rules.can('create', 'EmergencyAccess', { municipalityId });
    rules.can(['read', 'update'], 'EmergencyAccess', { municipalityId, userId: principal.userId });
  }
  if (principal.role === Role.LOG_REVIEWER) {
    rules.can('read', 'EmergencyAccess', { municipalityId });
    rules.can('read', 'AccessLog', { municipalityId });
    rules.can('read', 'SecurityEvent', { municipalityId });
    rules.can(['read', 'create', 'update'], 'AccessReview', { municipalityId });
  }
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.COORDINATOR) {
    rules.can('read', 'AccessLog', { municipalityId, 'youngPerson.coordinatorId': principal.userId });
    const covered = standInCondition(principal, 'youngPerson');
    if (covered) rules.can('read', 'AccessLog', covered);
  }
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.TEAM_LEAD) {
    rules.can('read', 'AccessLog', { municipalityId, 'youngPerson.kaaUnitId': principal.organizationId });
  }
};
