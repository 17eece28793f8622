import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Policy } from '@app/core/authz';
import { callerOf, IdArg, type GraphqlContext } from '@app/core/graphql';

import { AppointStandInInput, StandInsArgs } from './stand-in.inputs';
import { StandIn } from './stand-in.models';
import { StandInService } from './stand-in.service';

// Stand-ins carry no young person's data (ids and names of coordinators and dates), so reading
// them writes nothing to the access log; what the stand-in then reads is logged as STAND_IN.
@Resolver(() => StandIn)
export class StandInResolver {
  constructor(private readonly service: StandInService) {}

  @Query(() => [StandIn], {
    description: 'Stand-ins: the team lead’s unit’s, a coordinator’s those naming them (absent or standing in).',
  })
  @Policy('read', 'StandIn')
  standIns(@Args() args: StandInsArgs, @Context() ctx: GraphqlContext): Promise<StandIn[]> {
    return this.service.list(callerOf(ctx), args.filter);
  }

  @Mutation(() => StandIn, {
    description: 'Team lead: name a stand-in coordinator of the unit for an absent one, for a period.',
  })
  @Policy('create', 'StandIn')
  appointStandIn(@Args('input') input: AppointStandInInput, @Context() ctx: GraphqlContext): Promise<StandIn> {
    return this.service.appoint(callerOf(ctx), input);
  }

  @Mutation(() => StandIn, { description: 'Team lead: end a stand-in now (or cancel a planned one).' })
  @Policy('update', 'StandIn')
  endStandIn(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<StandIn> {
    return this.service.end(callerOf(ctx), id);
  }
}
