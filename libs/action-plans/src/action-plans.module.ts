import { Module } from '@nestjs/common';

import { IdentityModule } from '@app/identity';
import { OrganizationsModule } from '@app/organizations';
import { YoungPeopleModule } from '@app/young-people';

import { ActionPlansCaseloadPrefetch } from './action-plans.caseload-prefetch';
import { ActionPlansRepository } from './action-plans.repository';
import {
  ActionPlanDocumentResolver,
  ActionPlanVersionResolver,
  AssignedPlanActionResolver,
  ActionPlansResolver,
  YoungPersonPlanResolver,
} from './action-plans.resolver';
import { ActionPlansService } from './action-plans.service';
import {
  ActionPlanActionOrganizationNameResolver,
  ActionPlanDocumentOrganizationNameResolver,
  ActionPlanOrganizationNameResolver,
} from './plan-organization-names.resolver';

@Module({
  imports: [YoungPeopleModule, OrganizationsModule, IdentityModule],
  providers: [
    ActionPlansRepository,
    ActionPlansService,
    ActionPlansResolver,
    ActionPlanVersionResolver,
    ActionPlanDocumentResolver,
    AssignedPlanActionResolver,
    YoungPersonPlanResolver,
    ActionPlanOrganizationNameResolver,
    ActionPlanDocumentOrganizationNameResolver,
    ActionPlanActionOrganizationNameResolver,
    ActionPlansCaseloadPrefetch,
  ],
  exports: [ActionPlansRepository, ActionPlansService],
})
export class ActionPlansModule {}
