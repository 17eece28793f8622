import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { FieldPolicy, Policy } from '@app/core/authz';
import {
  callerOf,
  Connection,
  type GraphqlContext,
  IdArg,
  type NoArgs,
  noteRead,
  PrimedLoader,
} from '@app/core/graphql';
import { YoungPerson } from '@app/young-people';

import { HandleSignalInput, ImportSignalsInput, RecordSignalInput, SignalsArgs } from './dto/signals.inputs';
import type { SignalEntity } from './entities/signal.entity';
import { toSignal, toSignalImport } from './models/signals.mapper';
import { Signal, SignalImport } from './models/signals.models';
import { SignalsRepository } from './signals.repository';
import { SignalsService } from './signals.service';

const SignalConnection = Connection(Signal, 'SignalConnection');
type SignalConnection = InstanceType<typeof SignalConnection>;

@Resolver()
export class SignalsResolver {
  constructor(
    private readonly service: SignalsService,
    private readonly repository: SignalsRepository,
  ) {}

  // A signal names a pupil by identity number and is linked to the registered young person with
  // it (also when the registration came later: a trigger keeps the link). When the KAA unit reads
  // signals about registered young people, each read goes into the response's access-log batch
  // like every other read of the record, so its ground is decided in one place (the caseload, a
  // stand-in's cover, the unit's signal queue). A school reading the signals it sent itself reads
  // its own notices, not the register.
  private async shown(ctx: GraphqlContext, rows: SignalEntity[]): Promise<Signal[]> {
    if (callerOf(ctx).principal.secrecyDomain === 'KAA') {
      for (const row of rows) if (row.youngPersonId) noteRead(ctx, row.youngPersonId, 'SIGNALS');
    }
    const names = await this.repository.names(
      rows.flatMap((row) => [row.schoolId, row.homeMunicipalityId]),
      rows.flatMap((row) => (row.handledById ? [row.handledById] : [])),
    );
    return rows.map((row) => toSignal(row, names));
  }

  @Query(() => SignalConnection, {
    description: 'Signals the caller may see (a school its own, the KAA unit its municipality’s), newest first.',
  })
  @Policy('read', 'Signal')
  async signals(@Args() args: SignalsArgs, @Context() ctx: GraphqlContext): Promise<SignalConnection> {
    const page = await this.service.list(callerOf(ctx), args);
    return { ...page, nodes: await this.shown(ctx, page.nodes) };
  }

  @Query(() => Signal, { description: 'One signal.' })
  @Policy('read', 'Signal', { oneRecord: true })
  async signal(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Signal> {
    const [signal] = await this.shown(ctx, [await this.service.get(callerOf(ctx), id)]);
    return signal;
  }

  @Mutation(() => Signal, {
    description: 'Send one signal from the caller’s school (the same signal again is kept once).',
  })
  @Policy('create', 'Signal')
  async recordSignal(@Args('input') input: RecordSignalInput, @Context() ctx: GraphqlContext): Promise<Signal> {
    const [signal] = await this.shown(ctx, [await this.service.record(callerOf(ctx), input)]);
    return signal;
  }

  @Mutation(() => SignalImport, {
    description: 'Import an uploaded CSV of signals from the caller’s school: every row or none, idempotent.',
  })
  @Policy('create', 'Signal')
  async importSignals(@Args('input') input: ImportSignalsInput, @Context() ctx: GraphqlContext): Promise<SignalImport> {
    const { entry, repeated } = await this.service.importFile(callerOf(ctx), input);
    return toSignalImport(entry, repeated);
  }

  @Mutation(() => Signal, { description: 'Record a named person’s decision on a signal.' })
  @Policy('update', 'Signal')
  async handleSignal(@Args('input') input: HandleSignalInput, @Context() ctx: GraphqlContext): Promise<Signal> {
    const [signal] = await this.shown(ctx, [await this.service.handle(callerOf(ctx), input)]);
    return signal;
  }
}

// Signals on the young person's timeline, batched per request; each read is logged with its
// ground like every other part of the record.
@Resolver(() => YoungPerson)
export class YoungPersonSignalsResolver {
  constructor(private readonly repository: SignalsRepository) {}

  @ResolveField(() => [Signal], {
    nullable: true,
    description: 'Signals from schools about the young person, newest first (null when the caller may not read them).',
  })
  @FieldPolicy('read', 'Signal', { refused: 'null' })
  async signals(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<Signal[]> {
    const loader = ctx.loaders.get(
      'signalsByYoungPerson',
      () =>
        new PrimedLoader<string, Signal[]>(async (ids) => {
          const rows = await this.repository.ofYoungPeople(ctx.ability, ids);
          const names = await this.repository.names(
            rows.flatMap((row) => [row.schoolId, row.homeMunicipalityId]),
            rows.flatMap((row) => (row.handledById ? [row.handledById] : [])),
          );
          const byPerson = new Map<string, Signal[]>();
          for (const row of rows) byPerson.set(row.forId, [...(byPerson.get(row.forId) ?? []), toSignal(row, names)]);
          return ids.map((id) => byPerson.get(id) ?? []);
        }),
    );
    const signals = await loader.load(person.id);
    if (signals.length > 0) noteRead(ctx, person.id, 'SIGNALS');
    return signals;
  }
}
