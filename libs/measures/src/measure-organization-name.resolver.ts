import { ResolveField, Resolver } from '@nestjs/graphql';

import { FieldPolicy } from '@app/core/authz';
import type { GraphqlContext, NoArgs } from '@app/core/graphql';
import { organizationNameById, OrganizationsRepository } from '@app/organizations';

import { Measure } from './models/measure.models';

// The other actor of a measure by name: batched and access-filtered with every organisation the
// request names, so the measures' documentation needs no list of the municipality's
// organisations to name it (issue 15: that list stopped at 100).
@Resolver(() => Measure)
export class MeasureOrganizationNameResolver {
  constructor(private readonly organizations: OrganizationsRepository) {}

  @ResolveField('otherActorOrganizationName', () => String, {
    nullable: true,
    description:
      'The other actor’s organisation by name; null when none is named or the caller may not read that organisation.',
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  otherActorOrganizationName(measure: Measure, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return organizationNameById(ctx.loaders, ctx.ability, this.organizations, measure.otherActorOrganizationId);
  }
}
