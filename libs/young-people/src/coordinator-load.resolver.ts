import { ResolveField, Resolver } from '@nestjs/graphql';

import { FieldPolicy } from '@app/core/authz';
import type { GraphqlContext, NoArgs } from '@app/core/graphql';
import { IdentityRepository, userNameByIdLoader } from '@app/identity';

import { CoordinatorLoad } from './models/young-person.models';

@Resolver(() => CoordinatorLoad)
export class CoordinatorLoadResolver {
  constructor(private readonly identity: IdentityRepository) {}

  // Each coordinator by name, for exactly the unit's coordinators in one batched,
  // access-filtered statement (issue 15: the team page fetched the first 100 users beside the
  // loads, so a coordinator later in the name order read "Okänd handläggare").
  @ResolveField('coordinatorName', () => String, {
    nullable: true,
    description:
      'The coordinator’s display name; null when not yet assigned or when the caller may not read that user.',
  })
  @FieldPolicy('read', 'User', { refused: 'null' })
  async coordinatorName(load: CoordinatorLoad, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    if (!load.coordinatorId) return null;
    return userNameByIdLoader(ctx.loaders, ctx.ability, this.identity).load(load.coordinatorId);
  }
}
