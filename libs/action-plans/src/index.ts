export * from './action-plans.enums';
export { ActionPlansModule } from './action-plans.module';
export { actionPlansPolicy } from './action-plans.policy';
export { ActionPlansRepository } from './action-plans.repository';
export {
  ActionPlanDocumentResolver,
  ActionPlansResolver,
  ActionPlanVersionResolver,
  AssignedPlanActionResolver,
  YoungPersonPlanResolver,
} from './action-plans.resolver';
export {
  ActionPlanActionOrganizationNameResolver,
  ActionPlanDocumentOrganizationNameResolver,
  ActionPlanOrganizationNameResolver,
} from './plan-organization-names.resolver';
export { ACTION_PLAN_CHANGED, ActionPlansService } from './action-plans.service';
export { ActionPlanEntity } from './entities/action-plan.entity';
export {
  ActionPlanActionEntity,
  ActionPlanFollowUpEntity,
  ActionPlanGoalEntity,
  ActionPlanRevisionEntity,
} from './entities/plan-parts.entity';
export { diffDocuments, type PlanChange, type PlanDocument } from './plan-document';
