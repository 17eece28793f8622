import { PolicyContributor, Role } from '@app/core/authz';

// Target-group identification is the KAA unit's work (DESIGN.md §6): its coordinators and team
// leads import the population extract and the enrolment lists, run the matching and decide the
// "to check" entries of their own unit. Nobody else sees the queue (it holds identity numbers of
// people who are not yet in the register).
export const targetGroupPolicy: PolicyContributor = (principal, rules) => {
  if (principal.secrecyDomain !== 'KAA') return;
  if (principal.role !== Role.COORDINATOR && principal.role !== Role.TEAM_LEAD) return;
  const unit = { municipalityId: principal.municipalityId, kaaUnitId: principal.organizationId };
  rules.can(['read', 'create'], 'TargetGroupImport', unit);
  rules.can(['read', 'create'], 'TargetGroupRun', unit);
  rules.can(['read', 'update'], 'TargetGroupCheck', unit);
};
