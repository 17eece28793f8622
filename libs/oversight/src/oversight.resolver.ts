import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';

import { FieldPolicy, Policy } from '@app/core/authz';
import { Clock } from '@app/core/clock';
import {
  callerOf,
  Connection,
  type GraphqlContext,
  IdArg,
  type NoArgs,
  PageArgs,
  refreshForEvent,
} from '@app/core/graphql';
import { eventIterator, PgPubSub } from '@app/core/pubsub';
import { IdentityRepository, userNameByIdLoader } from '@app/identity';
import { organizationByIdLoader, OrganizationsRepository } from '@app/organizations';
import { YoungPerson } from '@app/young-people';

import {
  AccessAnomaliesArgs,
  AccessLogArgs,
  AccessReviewsArgs,
  AccessSampleArgs,
  CloseAccessReviewInput,
  EmergencyAccessesArgs,
  RecordAccessReviewInput,
  SecurityEventsArgs,
  StartEmergencyAccessInput,
} from './dto/oversight.inputs';
import {
  toAccessAnomaly,
  toAccessLogEntry,
  toAccessReview,
  toEmergencyAccess,
  toSecurityEvent,
} from './models/oversight.mapper';
import { AccessAnomaly, AccessLogEntry, AccessReview, EmergencyAccess, SecurityEvent } from './models/oversight.models';
import { emergencyAccessByIdLoader } from './oversight.loaders';
import { OversightRepository } from './oversight.repository';
import { ACCESS_REVIEW_OPENED, OversightService } from './oversight.service';

const AccessLogEntryConnection = Connection(AccessLogEntry, 'AccessLogEntryConnection');
type AccessLogEntryConnection = InstanceType<typeof AccessLogEntryConnection>;
const SecurityEventConnection = Connection(SecurityEvent, 'SecurityEventConnection');
type SecurityEventConnection = InstanceType<typeof SecurityEventConnection>;
const AccessReviewConnection = Connection(AccessReview, 'AccessReviewConnection');
type AccessReviewConnection = InstanceType<typeof AccessReviewConnection>;
const EmergencyAccessConnection = Connection(EmergencyAccess, 'EmergencyAccessConnection');
type EmergencyAccessConnection = InstanceType<typeof EmergencyAccessConnection>;

@Resolver(() => EmergencyAccess)
export class OversightResolver {
  constructor(
    private readonly service: OversightService,
    private readonly repository: OversightRepository,
    private readonly clock: Clock,
  ) {}

  // --- Emergency access ---

  @Mutation(() => EmergencyAccess, {
    description: 'Open an emergency access (nödåtkomst) to one young person; it is time-boxed and always reviewed.',
  })
  @Policy('create', 'EmergencyAccess')
  async startEmergencyAccess(
    @Args('input') input: StartEmergencyAccessInput,
    @Context() ctx: GraphqlContext,
  ): Promise<EmergencyAccess> {
    return toEmergencyAccess(await this.service.startEmergencyAccess(callerOf(ctx), input), this.clock.now());
  }

  @Mutation(() => EmergencyAccess, { description: 'End one’s own emergency access before its time box runs out.' })
  @Policy('update', 'EmergencyAccess')
  async endEmergencyAccess(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<EmergencyAccess> {
    return toEmergencyAccess(await this.service.endEmergencyAccess(callerOf(ctx), id), this.clock.now());
  }

  @Query(() => EmergencyAccess, { description: 'One emergency access: one’s own, or any for the log reviewer.' })
  @Policy('read', 'EmergencyAccess', { oneRecord: true })
  async emergencyAccess(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<EmergencyAccess> {
    return toEmergencyAccess(await this.service.emergencyAccess(callerOf(ctx).ability, id), this.clock.now());
  }

  @Query(() => EmergencyAccessConnection, {
    description: 'Emergency accesses, newest first: one’s own, or the municipality’s for the log reviewer.',
  })
  @Policy('read', 'EmergencyAccess')
  async emergencyAccesses(
    @Args() args: EmergencyAccessesArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<EmergencyAccessConnection> {
    const now = this.clock.now();
    const page = await this.repository.emergencyAccessPage(callerOf(ctx).ability, args, args, now);
    return { ...page, nodes: page.nodes.map((row) => toEmergencyAccess(row, now)) };
  }
}

@Resolver(() => AccessReview)
export class AccessReviewResolver {
  constructor(
    private readonly service: OversightService,
    private readonly repository: OversightRepository,
    private readonly pubsub: PgPubSub,
    private readonly identity: IdentityRepository,
    private readonly clock: Clock,
  ) {}

  // The emergency access a review is about, with its reason, for a page of reviews in one
  // batched, access-filtered statement (the review queue read the 20 newest emergency accesses
  // beside the queue, so a card past them lost its reason).
  @ResolveField('emergencyAccess', () => EmergencyAccess, {
    nullable: true,
    description:
      'The emergency access the review is about (its reason, role and times); null for other reviews or when the caller may not read it.',
  })
  @FieldPolicy('read', 'EmergencyAccess', { refused: 'null' })
  async emergencyAccess(review: AccessReview, _args: NoArgs, ctx: GraphqlContext): Promise<EmergencyAccess | null> {
    if (!review.emergencyAccessId) return null;
    const row = await emergencyAccessByIdLoader(ctx.loaders, ctx.ability, this.repository).load(
      review.emergencyAccessId,
    );
    return row ? toEmergencyAccess(row, this.clock.now()) : null;
  }

  // The reviewed user and the reviewer by name, for a page of reviews: both fields share one
  // batched, access-filtered statement for all the page's users (the closed reviews page used to
  // fetch the first 100 users beside the reviews, so any later one was "Okänd användare").
  @ResolveField('userName', () => String, {
    nullable: true,
    description: 'The reviewed user’s display name; null when the caller may not read that user.',
  })
  @FieldPolicy('read', 'User', { refused: 'null' })
  userName(review: AccessReview, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return userNameByIdLoader(ctx.loaders, ctx.ability, this.identity).load(review.userId);
  }

  @ResolveField('reviewedByName', () => String, {
    nullable: true,
    description:
      'The reviewer’s display name; null while the review is open or when the caller may not read that user.',
  })
  @FieldPolicy('read', 'User', { refused: 'null' })
  async reviewedByName(review: AccessReview, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    if (!review.reviewedById) return null;
    return userNameByIdLoader(ctx.loaders, ctx.ability, this.identity).load(review.reviewedById);
  }

  @Query(() => AccessLogEntryConnection, {
    description: 'Reads of young people’s data, newest first, by young person, user, organisation, ground and time.',
  })
  @Policy('read', 'AccessLog')
  async accessLog(@Args() args: AccessLogArgs, @Context() ctx: GraphqlContext): Promise<AccessLogEntryConnection> {
    const page = await this.service.accessLog(callerOf(ctx).ability, args.filter ?? {}, args);
    return { ...page, nodes: page.nodes.map(toAccessLogEntry) };
  }

  @Query(() => SecurityEventConnection, {
    description:
      'Security events of the municipality, newest first: failed and throttled logins, refused tokens and operations, and anomalies.',
  })
  @Policy('read', 'SecurityEvent')
  async securityEvents(
    @Args() args: SecurityEventsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<SecurityEventConnection> {
    const page = await this.repository.securityEventPage(callerOf(ctx).ability, args.filter ?? {}, args);
    return { ...page, nodes: page.nodes.map(toSecurityEvent) };
  }

  @Query(() => [AccessAnomaly], {
    description:
      'Reads flagged by the anomaly rules in a period (at most 31 days): outside caseload or consent, bulk, after hours.',
  })
  @Policy('create', 'AccessReview')
  async accessAnomalies(@Args() args: AccessAnomaliesArgs, @Context() ctx: GraphqlContext): Promise<AccessAnomaly[]> {
    const rows = await this.service.anomalies(callerOf(ctx).ability, args.from, args.to);
    return rows.map(({ row, reviewId }) => toAccessAnomaly(row, reviewId));
  }

  @Query(() => [AccessLogEntry], { description: 'A random sample of one month’s reads, the same for the whole month.' })
  @Policy('create', 'AccessReview')
  async accessSample(@Args() args: AccessSampleArgs, @Context() ctx: GraphqlContext): Promise<AccessLogEntry[]> {
    return (await this.service.sample(callerOf(ctx).ability, args.month, args.size ?? 20)).map(toAccessLogEntry);
  }

  @Query(() => AccessReviewConnection, { description: 'The review queue (open first by age) and closed reviews.' })
  @Policy('read', 'AccessReview')
  async accessReviews(
    @Args() args: AccessReviewsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<AccessReviewConnection> {
    const page = await this.service.reviews(callerOf(ctx).ability, args, args);
    return { ...page, nodes: page.nodes.map(toAccessReview) };
  }

  @Mutation(() => AccessReview, { description: 'Record the outcome of reviewing flagged or sampled reads.' })
  @Policy('create', 'AccessReview')
  async recordAccessReview(
    @Args('input') input: RecordAccessReviewInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AccessReview> {
    return toAccessReview(await this.service.recordReview(callerOf(ctx), input));
  }

  @Mutation(() => AccessReview, { description: 'Close an open review (an emergency access) with its outcome.' })
  @Policy('update', 'AccessReview')
  async closeAccessReview(
    @Args('input') input: CloseAccessReviewInput,
    @Context() ctx: GraphqlContext,
  ): Promise<AccessReview> {
    return toAccessReview(await this.service.closeReview(callerOf(ctx), input));
  }

  @Subscription(() => AccessReview, {
    description: 'The log reviewer’s notification: a review was opened (an emergency access started).',
    resolve: (value: AccessReview) => value,
  })
  @Policy('read', 'AccessReview')
  accessReviewOpened(@Context() ctx: GraphqlContext): AsyncIterableIterator<AccessReview> {
    const { principal } = callerOf(ctx);
    return eventIterator(
      this.pubsub,
      ACCESS_REVIEW_OPENED,
      (event) => event.municipalityId === principal.municipalityId,
      async (event) => {
        const ability = await refreshForEvent(ctx, event);
        if (!ability) return undefined;
        const row = await this.repository.findReview(ability, event.id);
        return row ? toAccessReview(row) : undefined;
      },
    );
  }
}

// Who read a young person's data: shown to the coordinator, who tells the young person.
@Resolver(() => YoungPerson)
export class YoungPersonAccessLogResolver {
  constructor(private readonly service: OversightService) {}

  @ResolveField('accessLog', () => AccessLogEntryConnection, {
    nullable: true,
    description:
      'Who read this record, newest first. Null for a reader whose role does not read the access log (the coordinator and the unit’s team lead do).',
  })
  @FieldPolicy('read', 'AccessLog', { refused: 'null' })
  async accessLogOf(
    @Parent() person: YoungPerson,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<AccessLogEntryConnection | null> {
    const page = await this.service.accessLog(callerOf(ctx).ability, { youngPersonId: person.id }, args);
    return { ...page, nodes: page.nodes.map(toAccessLogEntry) };
  }
}

// Who read, by name, for the rows of a page of the access log: one batched, access-filtered
// statement for all the page's readers (not a list of every user fetched beside the log, which
// named only the first 100). Null for a user the caller may not read.
@Resolver(() => AccessLogEntry)
export class AccessLogEntryResolver {
  constructor(
    private readonly identity: IdentityRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  @ResolveField('userName', () => String, {
    nullable: true,
    description: 'The reader’s display name; null when the caller may not read that user.',
  })
  @FieldPolicy('read', 'User', { refused: 'null' })
  userName(entry: AccessLogEntry, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    return userNameByIdLoader(ctx.loaders, ctx.ability, this.identity).load(entry.userId);
  }

  // The organisation the reader acted through, by name, the same way: one batched,
  // access-filtered statement for the page's organisations (shared with any other organisation
  // the request names), instead of the first 100 organisations fetched beside the log.
  @ResolveField('organizationName', () => String, {
    nullable: true,
    description: 'The name of the organisation the reader acted through; null when the caller may not read it.',
  })
  @FieldPolicy('read', 'Organization', { refused: 'null' })
  async organizationName(entry: AccessLogEntry, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    const row = await organizationByIdLoader(ctx.loaders, ctx.ability, this.organizations).load(entry.organizationId);
    return row?.name ?? null;
  }
}

// The user a security event concerns, by name, for the log reviewer (one batched,
// access-filtered statement for the page's users, as in the access log).
@Resolver(() => SecurityEvent)
export class SecurityEventResolver {
  constructor(private readonly identity: IdentityRepository) {}

  @ResolveField('userName', () => String, {
    nullable: true,
    description: 'The display name of the user concerned; null when none is named or the caller may not read it.',
  })
  @FieldPolicy('read', 'User', { refused: 'null' })
  async userName(event: SecurityEvent, _args: NoArgs, ctx: GraphqlContext): Promise<string | null> {
    if (!event.userId) return null;
    return userNameByIdLoader(ctx.loaders, ctx.ability, this.identity).load(event.userId);
  }
}
