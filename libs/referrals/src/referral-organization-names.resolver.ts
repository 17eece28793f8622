import { ResolveField, Resolver } from '@nestjs/graphql';

import { FieldPolicy } from '@app/core/authz';
import type { GraphqlContext, NoArgs } from '@app/core/graphql';
import { organizationNameById, OrganizationsRepository } from '@app/organizations';

import { Disclosure, Referral } from './models/referrals.models';

const NULL_WHEN = 'null when the caller may not read that organisation';

// The organisations a referral and a disclosure name, by name: one batched, access-filtered
// statement for all the request's organisations, so the young person's page needs no list of
// the municipality's organisations to name them (issue 15: that list stopped at 100).
@Resolver(() => Referral)
export class ReferralOrganizationNameResolver {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @ResolveField('toOrganizationName', () => String, {
    nullable: true,
    description: `The name of the organisation the referral is sent to; ${NULL_WHEN}.`,
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  toOrganizationName(referral: Referral, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return organizationNameById(ctx.loaders, ctx.ability, this.organizations, referral.toOrganizationId);
  }
}

@Resolver(() => Disclosure)
export class DisclosureOrganizationNameResolver {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @ResolveField('recipientOrganizationName', () => String, {
    nullable: true,
    description: `The name of the receiving organisation, when it is one of the municipality's; ${NULL_WHEN}.`,
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  recipientOrganizationName(disclosure: Disclosure, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return organizationNameById(ctx.loaders, ctx.ability, this.organizations, disclosure.recipientOrganizationId);
  }
}
