import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { FieldPolicy, Policy } from '@app/core/authz';
import { DEFAULT_TIME_ZONE } from '@app/core/clock';
import { callerOf, Connection, noteRead, type GraphqlContext, type NoArgs } from '@app/core/graphql';
import { Municipality, type MunicipalityEntity } from '@app/organizations';

import { AcceptHandOverInput, HandOverInput, HandOversArgs } from './dto/young-people.inputs';
import type { HandOverEntity } from './entities/hand-over.entity';
import { HandOverRepository } from './hand-over.repository';
import { HandOverService } from './hand-over.service';
import { AcceptHandOverPayload, HandOver } from './models/hand-over.models';
import { toHandOver } from './models/hand-over.mapper';
import { shownCategories, toYoungPerson } from './models/young-person.mapper';

const HandOverConnection = Connection(HandOver, 'HandOverConnection');
type HandOverConnection = InstanceType<typeof HandOverConnection>;

// A hand-over showing the entry's identity to the sending municipality is a read of its own
// young person, noted for the access log. (The receiving side sees the entry before the person is
// in its register, so there is no record of its own to log the read against.)
function presentHandOver(ctx: GraphqlContext, row: HandOverEntity, viewerMunicipalityId: string): HandOver {
  const handOver = toHandOver(row, viewerMunicipalityId);
  if (handOver.person && handOver.youngPersonId) noteRead(ctx, handOver.youngPersonId, 'IDENTITY');
  return handOver;
}

@Resolver(() => HandOver)
export class HandOverResolver {
  constructor(
    private readonly service: HandOverService,
    private readonly repository: HandOverRepository,
  ) {}

  @Query(() => HandOverConnection, { description: 'Hand-overs the municipality sent or is to receive, newest first.' })
  @Policy('read', 'HandOver')
  async handOvers(@Args() args: HandOversArgs, @Context() ctx: GraphqlContext): Promise<HandOverConnection> {
    const caller = callerOf(ctx);
    const page = await this.service.list(caller, args);
    return { ...page, nodes: page.nodes.map((row) => presentHandOver(ctx, row, caller.principal.municipalityId)) };
  }

  @Mutation(() => HandOver, {
    description: 'The young person moved: end the registration here and send the entry to the new municipality.',
  })
  @Policy('update', 'YoungPerson')
  async handOverToMunicipality(@Args('input') input: HandOverInput, @Context() ctx: GraphqlContext): Promise<HandOver> {
    const caller = callerOf(ctx);
    return presentHandOver(ctx, await this.service.send(caller, input), caller.principal.municipalityId);
  }

  @Mutation(() => AcceptHandOverPayload, { description: 'Team lead: take a handed-over entry into the register.' })
  @Policy('update', 'HandOver')
  async acceptHandOver(
    @Args('input') input: AcceptHandOverInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AcceptHandOverPayload> {
    const caller = callerOf(ctx);
    const { handOver, youngPerson } = await this.service.accept(caller, input);
    const person = toYoungPerson(youngPerson, caller);
    noteRead(ctx, person.id, ...shownCategories(person));
    return { handOver: toHandOver(handOver, caller.principal.municipalityId), youngPerson: person };
  }

  @ResolveField(() => Municipality)
  @FieldPolicy('read', 'HandOver')
  async fromMunicipality(handOver: HandOver, _args: NoArgs, ctx: GraphqlContext): Promise<Municipality> {
    return this.municipality(ctx, handOver.fromMunicipalityId);
  }

  @ResolveField(() => Municipality)
  @FieldPolicy('read', 'HandOver')
  async toMunicipality(handOver: HandOver, _args: NoArgs, ctx: GraphqlContext): Promise<Municipality> {
    return this.municipality(ctx, handOver.toMunicipalityId);
  }

  // Names and codes of municipalities are public; one batched statement per request.
  private async municipality(ctx: GraphqlContext, id: string): Promise<Municipality> {
    const loader = ctx.loaders.get(
      'handOver.municipality',
      () =>
        new DataLoader<string, MunicipalityEntity | null>(async (ids) => {
          const byId = new Map((await this.repository.municipalities(ids)).map((m) => [m.id, m]));
          return ids.map((key) => byId.get(key) ?? null);
        }),
    );
    const row = await loader.load(id);
    return {
      id,
      code: row?.code ?? '',
      name: row?.name ?? '',
      consentDefaultValidDays: row?.consentDefaultValidDays ?? null,
      timeZone: row?.timeZone ?? DEFAULT_TIME_ZONE,
      reportMinCell: row?.reportMinCell ?? null,
    };
  }
}
