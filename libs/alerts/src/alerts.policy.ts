import { PolicyContributor, Role, standInCondition } from '@app/core/authz';

// Alerts are read and handled by whoever works the young person's case in the KAA unit: the
// coordinator for their caseload, the team lead for the unit's (escalations included), so an
// alert never shows a young person to someone who may not read them. The admin sets the
// thresholds; the team lead reads them. An alert about no registered young person is the KAA
// unit's team lead's alone (the coordinators see the signal and the queue themselves). `create` on Alert is running the rules now for the
// municipality (evaluateAlerts): the team lead and the admin; it reveals no young person (counts).
export const alertsPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.COORDINATOR) {
    rules.can(['read', 'update'], 'Alert', { municipalityId, 'youngPerson.coordinatorId': principal.userId });
    // A stand-in handles the absent colleague's alerts for the period (issue 17).
    const covered = standInCondition(principal, 'youngPerson');
    if (covered) rules.can(['read', 'update'], 'Alert', covered);
  }
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'update'], 'Alert', { municipalityId, 'youngPerson.kaaUnitId': principal.organizationId });
    // An alert about nobody registered (a school's signal, a "to check" entry) is its unit's.
    rules.can(['read', 'update'], 'Alert', {
      municipalityId,
      youngPersonId: null,
      kaaUnitId: principal.organizationId,
    });
    rules.can('read', 'AlertSettings', { municipalityId });
    rules.can('create', 'Alert', { municipalityId });
  }
  if (principal.role === Role.ADMIN) {
    rules.can(['read', 'update'], 'AlertSettings', { municipalityId });
    rules.can('create', 'Alert', { municipalityId });
  }
};
