import { ResolveField, Resolver } from '@nestjs/graphql';

import { FieldPolicy } from '@app/core/authz';
import type { GraphqlContext, NoArgs } from '@app/core/graphql';
import { organizationNameById, OrganizationsRepository } from '@app/organizations';

import { ActionPlan, ActionPlanAction, ActionPlanDocument } from './models/action-plan.models';

const NULL_WHEN = 'null when none is named or the caller may not read that organisation';

// The organisations a plan names, by name: one batched, access-filtered statement for all the
// request's organisations, so the plan editor, its versions and the partner's shared plan need
// no list of the municipality's organisations to name them (issue 15: that list stopped at 100).
@Resolver(() => ActionPlan)
export class ActionPlanOrganizationNameResolver {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @ResolveField('leadOrganizationName', () => String, {
    nullable: true,
    description: `The lead organisation’s name; ${NULL_WHEN}.`,
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  leadOrganizationName(plan: ActionPlan, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return organizationNameById(ctx.loaders, ctx.ability, this.organizations, plan.leadOrganizationId);
  }
}

// The same for a plan as it was at one version (the versions' comparison names organisations).
@Resolver(() => ActionPlanDocument)
export class ActionPlanDocumentOrganizationNameResolver {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @ResolveField('leadOrganizationName', () => String, {
    nullable: true,
    description: `The lead organisation’s name; ${NULL_WHEN}.`,
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  leadOrganizationName(document: ActionPlanDocument, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return organizationNameById(ctx.loaders, ctx.ability, this.organizations, document.leadOrganizationId);
  }
}

@Resolver(() => ActionPlanAction)
export class ActionPlanActionOrganizationNameResolver {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @ResolveField('responsibleOrganizationName', () => String, {
    nullable: true,
    description: `The responsible organisation’s name; ${NULL_WHEN}.`,
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  responsibleOrganizationName(action: ActionPlanAction, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return organizationNameById(ctx.loaders, ctx.ability, this.organizations, action.responsibleOrganizationId);
  }
}
