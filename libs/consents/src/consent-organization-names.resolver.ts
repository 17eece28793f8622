import { ResolveField, Resolver } from '@nestjs/graphql';

import { FieldPolicy } from '@app/core/authz';
import type { GraphqlContext, NoArgs } from '@app/core/graphql';
import { organizationNameById, OrganizationsRepository } from '@app/organizations';

import { Consent, ConsentRefusal } from './models/consent.models';

const NULL_WHEN = 'null when the caller may not read that organisation';

// The organisations a consent and a refusal name, by name: one batched, access-filtered
// statement for all the request's organisations, so the young person's page needs no list of
// the municipality's organisations to name them (issue 15: that list stopped at 100).
@Resolver(() => Consent)
export class ConsentOrganizationNameResolver {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @ResolveField('recipientOrganizationName', () => String, {
    nullable: true,
    description: `The name of the organisation the consent lets the information go to; ${NULL_WHEN}.`,
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  recipientOrganizationName(consent: Consent, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return organizationNameById(ctx.loaders, ctx.ability, this.organizations, consent.recipientOrganizationId);
  }
}

@Resolver(() => ConsentRefusal)
export class ConsentRefusalOrganizationNameResolver {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @ResolveField('organizationName', () => String, {
    nullable: true,
    description: `The name of the organisation the category is withheld from; ${NULL_WHEN}.`,
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  organizationName(refusal: ConsentRefusal, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return organizationNameById(ctx.loaders, ctx.ability, this.organizations, refusal.organizationId);
  }
}
