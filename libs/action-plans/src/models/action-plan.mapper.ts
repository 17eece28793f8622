import type { ActionPlanEntity } from '../entities/action-plan.entity';
import type {
  ActionPlanActionEntity,
  ActionPlanFollowUpEntity,
  ActionPlanGoalEntity,
  ActionPlanRevisionEntity,
} from '../entities/plan-parts.entity';
import type { PlanDocument } from '../plan-document';
import {
  ActionPlan,
  ActionPlanAction,
  ActionPlanDocument,
  ActionPlanFollowUp,
  ActionPlanGoal,
  ActionPlanVersion,
  AssignedPlanAction,
} from './action-plan.models';

export function toActionPlan(entity: ActionPlanEntity): ActionPlan {
  return {
    id: entity.id,
    youngPersonId: entity.youngPersonId,
    scope: entity.scope,
    ownerOrganizationId: entity.ownerOrganizationId,
    title: entity.title,
    targetGroup: entity.targetGroup,
    background: entity.background,
    backgroundDate: entity.backgroundDate,
    patternsAndFactors: entity.patternsAndFactors,
    developmentArea: entity.developmentArea,
    leadOrganizationId: entity.leadOrganizationId,
    leadUserId: entity.leadUserId,
    participation: entity.participation,
    participationNote: entity.participationNote,
    evaluation: entity.evaluation,
    status: entity.status,
    closedOn: entity.closedOn,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toGoal(entity: ActionPlanGoalEntity): ActionPlanGoal {
  return { id: entity.id, position: entity.position, text: entity.text, owner: entity.owner };
}

export function toAction(entity: ActionPlanActionEntity): ActionPlanAction {
  return {
    id: entity.id,
    goalId: entity.goalId,
    position: entity.position,
    description: entity.description,
    responsibleOrganizationId: entity.responsibleOrganizationId,
    responsibleUserId: entity.responsibleUserId,
    dueOn: entity.dueOn,
    status: entity.status,
  };
}

export function toFollowUp(entity: ActionPlanFollowUpEntity): ActionPlanFollowUp {
  return {
    id: entity.id,
    plannedOn: entity.plannedOn,
    heldOn: entity.heldOn,
    summary: entity.summary,
    goalEvaluations: entity.goalEvaluations,
  };
}

// A stored snapshot is plain JSON of a PlanDocument; its enum values are the enums' strings.
export function toVersion(entity: ActionPlanRevisionEntity): ActionPlanVersion {
  const document = entity.snapshot as unknown as PlanDocument;
  return {
    version: entity.version,
    changedAt: entity.changedAt,
    changedById: entity.changedById,
    changedFields: entity.changedFields,
    plan: document as unknown as ActionPlanDocument,
  };
}

export function toAssignedAction(entity: ActionPlanActionEntity, planVersion: number): AssignedPlanAction {
  return {
    id: entity.id,
    planId: entity.planId,
    planVersion,
    description: entity.description,
    responsibleUserId: entity.responsibleUserId,
    dueOn: entity.dueOn,
    status: entity.status,
  };
}
