import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Policy, Public } from '@app/core/authz';
import { callerOf, noteRead, OwnTransaction, selfOf, UuidPipe, type GraphqlContext } from '@app/core/graphql';
import { readSelfServiceCookie, wantsCookieSession } from '@app/identity';

import { DecideRectificationInput, RequestRectificationInput } from './dto/self-service.inputs';
import {
  OwnAccessEntry,
  OwnConsent,
  OwnPlans,
  OwnRecord,
  RectificationRequest,
  SelfServiceSession,
} from './models/self-service.models';
import { SelfServiceService } from './self-service.service';

// The own view (issue 19). Every operation reads the SelfPrincipal of a self-service session
// (selfOf refuses any other caller) and names the record by id, checked against the principal's
// own records; a staff token cannot reach these (no rule on OwnRecord) and an own-view token
// reaches nothing else (its ability has no other subject, and staff resolvers need a Principal).
@Resolver()
export class SelfServiceResolver {
  constructor(private readonly service: SelfServiceService) {}

  @Mutation(() => SelfServiceSession, {
    description:
      'The own view: exchange its cookie (set by the provider sign-in) for a short-lived access token; needs the header `X-Brygga-Session: cookie`.',
  })
  @Public()
  @OwnTransaction()
  async selfServiceSession(@Context() ctx: GraphqlContext): Promise<SelfServiceSession> {
    const cookie = wantsCookieSession(ctx.req) ? readSelfServiceCookie(ctx.req) : undefined;
    const { token, actor, records } = await this.service.session(cookie);
    return { accessToken: token.token, expiresAt: token.expiresAt, actor, records };
  }

  @Mutation(() => Boolean, { description: 'The own view: sign out (ends the session at once); audited.' })
  @Policy('read', 'OwnRecord')
  async endSelfServiceSession(@Context() ctx: GraphqlContext): Promise<boolean> {
    await this.service.endSession(selfOf(ctx));
    return true;
  }

  @Query(() => [OwnRecord], { description: 'The own view: the records the signed-in person may see.' })
  @Policy('read', 'OwnRecord')
  ownRecords(@Context() ctx: GraphqlContext): Promise<OwnRecord[]> {
    return this.service.records(selfOf(ctx));
  }

  @Query(() => OwnPlans, { description: 'The own view: the contact person first, then the plans (current first).' })
  @Policy('read', 'OwnRecord', { oneRecord: true })
  ownPlans(
    @Args('youngPersonId', { type: () => ID }, UuidPipe) youngPersonId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<OwnPlans> {
    return this.service.plans(selfOf(ctx), youngPersonId);
  }

  @Query(() => [OwnConsent], { description: 'The own view: every consent, in force or not.' })
  @Policy('read', 'OwnRecord', { oneRecord: true })
  ownConsents(
    @Args('youngPersonId', { type: () => ID }, UuidPipe) youngPersonId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<OwnConsent[]> {
    return this.service.consentsOf(selfOf(ctx), youngPersonId);
  }

  @Mutation(() => OwnConsent, {
    description: 'The own view: withdraw a consent in one step; its access ends at once. Audited.',
  })
  @Policy('update', 'OwnRecord')
  withdrawOwnConsent(
    @Args('consentId', { type: () => ID }, UuidPipe) consentId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<OwnConsent> {
    return this.service.withdrawConsent(selfOf(ctx), consentId);
  }

  @Query(() => [OwnAccessEntry], {
    description: 'The own view: who read the record, when and on which ground (newest first, every read).',
  })
  @Policy('read', 'OwnRecord', { oneRecord: true })
  ownAccessLog(
    @Args('youngPersonId', { type: () => ID }, UuidPipe) youngPersonId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 100 }) first: number,
    @Context() ctx: GraphqlContext,
  ): Promise<OwnAccessEntry[]> {
    return this.service.accessLogOf(selfOf(ctx), youngPersonId, Math.max(1, first));
  }

  @Query(() => [RectificationRequest], { description: 'The own view: rectification requests and their handling.' })
  @Policy('read', 'OwnRecord', { oneRecord: true })
  ownRectificationRequests(
    @Args('youngPersonId', { type: () => ID }, UuidPipe) youngPersonId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<RectificationRequest[]> {
    return this.service.rectificationsOf(selfOf(ctx), youngPersonId);
  }

  @Mutation(() => RectificationRequest, { description: 'The own view: ask for a correction of the record. Audited.' })
  @Policy('create', 'OwnRecord')
  requestRectification(
    @Args('input') input: RequestRectificationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<RectificationRequest> {
    return this.service.requestRectification(selfOf(ctx), input);
  }

  @Query(() => [RectificationRequest], {
    description: 'Rectification requests of a young person (their coordinator, the unit’s team lead).',
  })
  @Policy('read', 'RectificationRequest', { oneRecord: true })
  async rectificationRequests(
    @Args('youngPersonId', { type: () => ID }, UuidPipe) youngPersonId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<RectificationRequest[]> {
    const requests = await this.service.requestsForStaff(callerOf(ctx), youngPersonId);
    noteRead(ctx, youngPersonId, 'NAME');
    return requests;
  }

  @Mutation(() => RectificationRequest, {
    description: 'Record the decision on a rectification request: accepted, or refused with a reason. Audited.',
  })
  @Policy('update', 'RectificationRequest')
  async decideRectificationRequest(
    @Args('input') input: DecideRectificationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<RectificationRequest> {
    const decided = await this.service.decide(callerOf(ctx), input);
    noteRead(ctx, decided.youngPersonId, 'NAME');
    return decided;
  }
}
