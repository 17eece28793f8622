import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { FieldPolicy, Policy } from '@app/core/authz';
import { callerOf, type GraphqlContext, IdArg, type NoArgs, noteRead } from '@app/core/graphql';
import { YoungPerson } from '@app/young-people';

import { ConsentsRepository } from './consents.repository';
import { ConsentsService } from './consents.service';
import {
  DefineInformationCategoryInput,
  InformationCategoryCodeArgs,
  RecordConsentInput,
  RecordConsentRefusalInput,
  ReviseConsentInput,
  WithdrawConsentInput,
} from './dto/consents.inputs';
import type { ConsentRefusalEntity } from './entities/consent-refusal.entity';
import type { ConsentEntity } from './entities/consent.entity';
import { toCategoryDefinition, toConsent, toConsentRefusal } from './models/consent.mapper';
import { Consent, ConsentRefusal, InformationCategoryDefinition } from './models/consent.models';

// A consent shown to a reader (a query's or a mutation's result) is noted for the access log.
function presentConsent(ctx: GraphqlContext, row: ConsentEntity): Consent {
  noteRead(ctx, row.youngPersonId, 'CONSENTS');
  return toConsent(row, callerOf(ctx).principal.today);
}

@Resolver(() => Consent)
export class ConsentsResolver {
  constructor(private readonly service: ConsentsService) {}

  @Query(() => Consent, { description: 'One consent the caller may read.' })
  @Policy('read', 'Consent')
  async consent(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Consent> {
    return presentConsent(ctx, await this.service.get(callerOf(ctx).ability, id));
  }

  @Mutation(() => Consent, { description: 'Record a consent the young person (or a guardian) gave.' })
  @Policy('create', 'Consent')
  async recordConsent(@Args('input') input: RecordConsentInput, @Context() ctx: GraphqlContext): Promise<Consent> {
    return presentConsent(ctx, await this.service.record(callerOf(ctx), input));
  }

  @Mutation(() => Consent, { description: 'Record a changed consent as a new version replacing the one in force.' })
  @Policy('update', 'Consent')
  async reviseConsent(@Args('input') input: ReviseConsentInput, @Context() ctx: GraphqlContext): Promise<Consent> {
    return presentConsent(ctx, await this.service.revise(callerOf(ctx), input));
  }

  @Mutation(() => Consent, { description: 'Record that the consent was withdrawn; it ends at once.' })
  @Policy('update', 'Consent')
  async withdrawConsent(@Args('input') input: WithdrawConsentInput, @Context() ctx: GraphqlContext): Promise<Consent> {
    return presentConsent(ctx, await this.service.withdraw(callerOf(ctx), input));
  }

  @Query(() => [InformationCategoryDefinition], {
    description: 'The municipality’s own information categories, by code (retired ones on request).',
  })
  @Policy('read', 'InformationCategory')
  async informationCategoryDefinitions(
    @Args('includeRetired', { type: () => Boolean, nullable: true }) includeRetired: boolean | null,
    @Context() ctx: GraphqlContext,
  ): Promise<InformationCategoryDefinition[]> {
    return (await this.service.categoryDefinitions(callerOf(ctx).ability, includeRetired === true)).map(
      toCategoryDefinition,
    );
  }

  @Mutation(() => InformationCategoryDefinition, { description: 'Add an information category (admin).' })
  @Policy('create', 'InformationCategory')
  async defineInformationCategory(
    @Args('input') input: DefineInformationCategoryInput,
    @Context() ctx: GraphqlContext,
  ): Promise<InformationCategoryDefinition> {
    return toCategoryDefinition(await this.service.defineCategory(callerOf(ctx), input));
  }

  @Mutation(() => InformationCategoryDefinition, {
    description: 'Retire an information category (admin): no new consent can name it; old ones keep it.',
  })
  @Policy('update', 'InformationCategory')
  async retireInformationCategory(
    @Args() { code }: InformationCategoryCodeArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<InformationCategoryDefinition> {
    return toCategoryDefinition(await this.service.retireCategory(callerOf(ctx), code));
  }

  @Mutation(() => [ConsentRefusal], {
    description: 'Record categories the young person withholds from one organisation (new refusals only).',
  })
  @Policy('update', 'Consent')
  async recordConsentRefusal(
    @Args('input') input: RecordConsentRefusalInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ConsentRefusal[]> {
    // Noted only for what is shown: a refused or failed request must not log a read it never made.
    const refusals = await this.service.recordRefusal(callerOf(ctx), input);
    for (const refusal of refusals) noteRead(ctx, refusal.youngPersonId, 'CONSENTS');
    return refusals.map(toConsentRefusal);
  }

  @Mutation(() => ConsentRefusal, { description: 'Lift a refusal; a new consent is needed to share the category.' })
  @Policy('update', 'Consent')
  async liftConsentRefusal(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<ConsentRefusal> {
    const refusal = await this.service.liftRefusal(callerOf(ctx), id);
    noteRead(ctx, refusal.youngPersonId, 'CONSENTS');
    return toConsentRefusal(refusal);
  }
}

// Consents as a field of the young person, every version, newest first; batched per request.
@Resolver(() => YoungPerson)
export class YoungPersonConsentsResolver {
  constructor(private readonly repository: ConsentsRepository) {}

  @ResolveField(() => [Consent], {
    nullable: true,
    description:
      'Every consent and version, newest first. Null for a reader whose role does not read consents (only the KAA unit working the case does); readAccess says under which consent the reader reads.',
  })
  @FieldPolicy('read', 'Consent', { refused: 'null' })
  async consents(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<Consent[] | null> {
    const loader = ctx.loaders.get(
      'consentsByYoungPerson',
      () =>
        new DataLoader<string, ConsentEntity[]>(async (ids) => {
          const byPerson = new Map<string, ConsentEntity[]>();
          for (const row of await this.repository.ofYoungPeople(ctx.ability, ids)) {
            byPerson.set(row.youngPersonId, [...(byPerson.get(row.youngPersonId) ?? []), row]);
          }
          return ids.map((id) => byPerson.get(id) ?? []);
        }),
    );
    const rows = await loader.load(person.id);
    if (rows.length > 0) noteRead(ctx, person.id, 'CONSENTS');
    const today = callerOf(ctx).principal.today;
    return rows.map((row) => toConsent(row, today));
  }

  @ResolveField(() => [ConsentRefusal], {
    nullable: true,
    description:
      'Categories withheld from organisations, newest first. Null for a reader whose role does not read consents; readAccess.hiddenCategories says what is withheld from the reader.',
  })
  @FieldPolicy('read', 'Consent', { refused: 'null' })
  async consentRefusals(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<ConsentRefusal[] | null> {
    const loader = ctx.loaders.get(
      'refusalsByYoungPerson',
      () =>
        new DataLoader<string, ConsentRefusalEntity[]>(async (ids) => {
          const rows = await this.repository.refusalsOfYoungPeople(ctx.ability, ids);
          return ids.map((id) => rows.filter((row) => row.youngPersonId === id));
        }),
    );
    const rows = await loader.load(person.id);
    if (rows.length > 0) noteRead(ctx, person.id, 'CONSENTS');
    return rows.map(toConsentRefusal);
  }
}
