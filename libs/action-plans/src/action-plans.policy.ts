import {
  activeConsentGrant,
  activeRefusal,
  emergencyAccessCondition,
  InformationCategory,
  PolicyContributor,
  readsThroughConsent,
  Role,
  standInCondition,
} from '@app/core/authz';

import { PlanScope } from './action-plans.enums';

// A young person's plan follows the young person: the coordinator and the unit's team lead
// (partners' access to the actions assigned to them comes with consent). A school's plans at
// group, class and school level belong to the school's staff.
export const actionPlansPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.COORDINATOR) {
    rules.can(['read', 'create', 'update'], 'ActionPlan', {
      municipalityId,
      'youngPerson.coordinatorId': principal.userId,
    });
    // The absent colleague's cases while standing in for them (issue 17).
    const covered = standInCondition(principal, 'youngPerson');
    if (covered) rules.can(['read', 'create', 'update'], 'ActionPlan', covered);
  }
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'create', 'update'], 'ActionPlan', {
      municipalityId,
      'youngPerson.kaaUnitId': principal.organizationId,
    });
  }
  if (readsThroughConsent(principal)) {
    // An action assigned to the organisation: that action, and nothing else of the plan, without
    // any consent (the plan's owner chose to involve them).
    rules.can(['read', 'update'], 'PlanAction', {
      municipalityId,
      responsibleOrganizationId: principal.organizationId,
    });
    rules.can('read', 'ActionPlan', {
      municipalityId,
      ...activeConsentGrant(principal.organizationId, InformationCategory.PLAN, principal.today),
    });
    rules.cannot('read', 'ActionPlan', activeRefusal(principal.organizationId, InformationCategory.PLAN));
  }
  if (principal.secrecyDomain === 'SCHOOL' && principal.role === Role.SCHOOL_STAFF) {
    rules.can(['read', 'create', 'update'], 'ActionPlan', {
      municipalityId,
      ownerOrganizationId: principal.organizationId,
      scope: { $in: [PlanScope.GROUP, PlanScope.CLASS, PlanScope.SCHOOL] },
    });
  }
  // Last, so it wins over a refusal (see young-people.policy.ts).
  const emergency = emergencyAccessCondition(principal, 'youngPersonId');
  if (emergency) rules.can('read', 'ActionPlan', emergency);
};
