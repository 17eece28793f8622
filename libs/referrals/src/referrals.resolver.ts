import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';

import { FieldPolicy, Policy } from '@app/core/authz';
import { callerOf, Connection, type GraphqlContext, IdArg, type NoArgs, noteRead } from '@app/core/graphql';
import { YoungPerson } from '@app/young-people';

import { DeclineReferralInput, RecordDisclosureInput, ReferralsArgs, SendReferralInput } from './dto/referrals.inputs';
import type { DisclosureEntity } from './entities/disclosure.entity';
import type { ReferralEntity } from './entities/referral.entity';
import { toDisclosure, toReferral } from './models/referrals.mapper';
import { Disclosure, Referral } from './models/referrals.models';
import { ReferralsRepository } from './referrals.repository';
import { ReferralsService } from './referrals.service';

const ReferralConnection = Connection(Referral, 'ReferralConnection');
type ReferralConnection = InstanceType<typeof ReferralConnection>;

// A referral shown to anyone is a read of the young person's case (its purpose says why they
// are referred), logged with the ground the reader has.
function presentReferral(ctx: GraphqlContext, row: ReferralEntity): Referral {
  noteRead(ctx, row.youngPersonId, 'REFERRAL');
  return toReferral(row);
}

@Resolver(() => Referral)
export class ReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @Query(() => Referral, { description: 'One referral: sent by the caller’s unit or sent to their organisation.' })
  @Policy('read', 'Referral')
  async referral(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Referral> {
    return presentReferral(ctx, await this.service.get(callerOf(ctx).ability, id));
  }

  @Query(() => ReferralConnection, {
    description:
      'Referrals sent by or to the caller’s organisation, oldest first; status REQUESTED lists the unanswered.',
  })
  @Policy('read', 'Referral')
  async referrals(@Args() args: ReferralsArgs, @Context() ctx: GraphqlContext): Promise<ReferralConnection> {
    const page = await this.service.list(callerOf(ctx), args);
    return { ...page, nodes: page.nodes.map((row) => presentReferral(ctx, row)) };
  }

  @Mutation(() => Referral, { description: 'Refer a young person to a partner organisation, on a recorded ground.' })
  @Policy('create', 'Referral')
  async sendReferral(@Args('input') input: SendReferralInput, @Context() ctx: GraphqlContext): Promise<Referral> {
    return presentReferral(ctx, await this.service.send(callerOf(ctx), input));
  }

  @Mutation(() => Referral, { description: 'The receiving organisation accepts the referral.' })
  @Policy('update', 'Referral')
  async acceptReferral(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Referral> {
    return presentReferral(ctx, await this.service.accept(callerOf(ctx), id));
  }

  @Mutation(() => Referral, { description: 'The receiving organisation declines the referral, with a reason.' })
  @Policy('update', 'Referral')
  async declineReferral(@Args('input') input: DeclineReferralInput, @Context() ctx: GraphqlContext): Promise<Referral> {
    return presentReferral(ctx, await this.service.decline(callerOf(ctx), input));
  }

  @Mutation(() => Referral, { description: 'The receiving organisation reports the referral done.' })
  @Policy('update', 'Referral')
  async completeReferral(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Referral> {
    return presentReferral(ctx, await this.service.complete(callerOf(ctx), id));
  }

  @Mutation(() => Referral, { description: 'The sender (or the sending unit’s team lead) revokes the referral.' })
  @Policy('update', 'Referral')
  async revokeReferral(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Referral> {
    return presentReferral(ctx, await this.service.revoke(callerOf(ctx), id));
  }

  @Mutation(() => Disclosure, {
    description: 'Record information shared outside a referral (a report of concern, a call) with its legal ground.',
  })
  @Policy('create', 'Disclosure')
  async recordDisclosure(
    @Args('input') input: RecordDisclosureInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Disclosure> {
    const disclosure = await this.service.recordDisclosure(callerOf(ctx), input);
    noteRead(ctx, disclosure.youngPersonId, 'CONSENTS');
    return toDisclosure(disclosure);
  }
}

// Referrals and disclosures as fields of the young person, batched per request.
@Resolver(() => YoungPerson)
export class YoungPersonReferralsResolver {
  constructor(private readonly repository: ReferralsRepository) {}

  @ResolveField(() => [Referral], { description: 'Referrals of the young person, newest first.' })
  @FieldPolicy('read', 'Referral')
  async referrals(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<Referral[]> {
    const loader = ctx.loaders.get(
      'referralsByYoungPerson',
      () =>
        new DataLoader<string, ReferralEntity[]>(async (ids) => {
          const rows = await this.repository.referralsOfYoungPeople(ctx.ability, ids);
          return ids.map((id) => rows.filter((row) => row.youngPersonId === id));
        }),
    );
    return (await loader.load(person.id)).map((row) => presentReferral(ctx, row));
  }

  @ResolveField(() => [Disclosure], {
    nullable: true,
    description:
      'Every sharing of the young person’s information, newest first. Null for a reader whose role does not read disclosures.',
  })
  @FieldPolicy('read', 'Disclosure', { refused: 'null' })
  async disclosures(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<Disclosure[] | null> {
    const loader = ctx.loaders.get(
      'disclosuresByYoungPerson',
      () =>
        new DataLoader<string, DisclosureEntity[]>(async (ids) => {
          const rows = await this.repository.disclosuresOfYoungPeople(ctx.ability, ids);
          return ids.map((id) => rows.filter((row) => row.youngPersonId === id));
        }),
    );
    const rows = await loader.load(person.id);
    if (rows.length > 0) noteRead(ctx, person.id, 'CONSENTS');
    return rows.map(toDisclosure);
  }
}
