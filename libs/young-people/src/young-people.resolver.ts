import {
  Args,
  Context,
  Info,
  Extensions,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';

import { FieldPolicy, InformationCategory, Policy } from '@app/core/authz';
import {
  callerOf,
  Connection,
  type GraphqlContext,
  IdArg,
  type MaybePromise,
  type NoArgs,
  noteRead,
  PageArgs,
  perEvent,
  refreshForEvent,
  selectedFieldNames,
  whenLoaded,
} from '@app/core/graphql';
import { eventIterator, PgPubSub } from '@app/core/pubsub';

import {
  AssignCoordinatorInput,
  CaseloadArgs,
  CaseloadCountsArgs,
  ChangeEnrollmentStatusInput,
  CorrectEndReasonInput,
  CorrectRegistrationReasonInput,
  ContactAttemptsArgs,
  CoordinatorLoadArgs,
  EndEnrollmentInput,
  LogContactAttemptInput,
  ReEnrollInput,
  RecordOccupationInput,
  RegisterYoungPersonInput,
  RemindersArgs,
  SearchYoungPeopleArgs,
  SetProtectedIdentityInput,
  UpdateYoungPersonInput,
} from './dto/young-people.inputs';
import {
  isCoveredCase,
  shownCategories,
  toContactAttempt,
  toEnrollment,
  toGuardian,
  toOccupation,
  toReminder,
  toStatusChange,
  toYoungPerson,
} from './models/young-person.mapper';
import {
  CaseloadStatusCount,
  ConsentInUse,
  ContactAttempt,
  CoordinatorLoad,
  EnrollmentStatusChange,
  Guardian,
  HiddenCategory,
  HiddenReason,
  KaaEnrollment,
  Occupation,
  ReadAccess,
  ReadGround,
  Reminder,
  YoungPerson,
} from './models/young-person.models';
import type { YoungPersonEntity } from './entities/young-person.entity';
import { CaseloadPrefetchRegistry } from './caseload-prefetch';
import { YoungPeopleLoaders } from './young-people.loaders';
import { YoungPeopleRepository, type ConsentUse } from './young-people.repository';
import { YOUNG_PERSON_CHANGED, YoungPeopleService } from './young-people.service';

const YoungPersonConnection = Connection(YoungPerson, 'YoungPersonConnection');
type YoungPersonConnection = InstanceType<typeof YoungPersonConnection>;
const ContactAttemptConnection = Connection(ContactAttempt, 'ContactAttemptConnection');
const ReminderConnection = Connection(Reminder, 'ReminderConnection');
type ReminderConnection = InstanceType<typeof ReminderConnection>;
type ContactAttemptConnection = InstanceType<typeof ContactAttemptConnection>;

@Resolver(() => YoungPerson)
export class YoungPeopleResolver {
  constructor(
    private readonly service: YoungPeopleService,
    private readonly repository: YoungPeopleRepository,
    private readonly pubsub: PgPubSub,
    private readonly prefetch: CaseloadPrefetchRegistry,
  ) {}

  // Young people as the caller may see them: a partner only the consented categories.
  // Every young person shown is noted for the access log with the categories shown.
  private async present(ctx: GraphqlContext, rows: YoungPersonEntity[]): Promise<YoungPerson[]> {
    const caller = callerOf(ctx);
    const categories = await this.service.visibleCategories(
      caller.principal,
      rows.map((row) => row.id),
    );
    return rows.map((row) => this.noteShown(ctx, row, toYoungPerson(row, caller, categories?.get(row.id))));
  }

  // Notes a shown young person for the access log, with what the row already tells of the case
  // (the reader's own, their unit's, covered as a stand-in): the log then decides those grounds
  // without a statement of its own. A subscription's event is such a read for every subscriber.
  private noteShown(ctx: GraphqlContext, row: YoungPersonEntity, person: YoungPerson): YoungPerson {
    const { principal } = callerOf(ctx);
    noteRead(ctx, person.id, ...shownCategories(person));
    ctx.accessReads.knowCase(row.id, {
      ownCase: row.coordinatorId === principal.userId,
      unitCase: row.kaaUnitId === principal.organizationId,
      coveredCase: isCoveredCase(principal, row),
    });
    return person;
  }

  // A young person a mutation returns is shown like a query's (the KAA unit sees it whole).
  private shown(ctx: GraphqlContext, person: YoungPerson): YoungPerson {
    noteRead(ctx, person.id, ...shownCategories(person));
    return person;
  }

  private loaders(ctx: GraphqlContext): YoungPeopleLoaders {
    return new YoungPeopleLoaders(ctx.loaders, ctx.ability, this.repository);
  }

  // --- Queries ---

  @Query(() => YoungPerson, { description: 'One young person the caller may read.' })
  @Policy('read', 'YoungPerson', { oneRecord: true })
  async youngPerson(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<YoungPerson> {
    const [person] = await this.present(ctx, [await this.service.get(callerOf(ctx).ability, id)]);
    if (!person) throw new Error('unreachable: one row in, one row out');
    return person;
  }

  @Query(() => YoungPersonConnection, {
    description: 'Search by identity number or name. Protected records appear only for users named on them.',
  })
  @Policy('read', 'YoungPerson')
  async searchYoungPeople(
    @Args() args: SearchYoungPeopleArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<YoungPersonConnection> {
    const page = await this.service.search(callerOf(ctx), args);
    return { ...page, nodes: await this.present(ctx, page.nodes) };
  }

  @Query(() => YoungPersonConnection, {
    description: 'Registered young people the caller is responsible for (team lead: the unit), filtered and sorted.',
  })
  @Policy('read', 'YoungPerson')
  async caseload(
    @Args() args: CaseloadArgs,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<YoungPersonConnection> {
    const caller = callerOf(ctx);
    const selected = selectedFieldNames(info, ['nodes']);
    const parts = this.prefetch.all().filter((part) => selected.has(part.field));
    const extras = parts.map((part) => ({ field: part.field, select: part.select(caller.ability) }));
    const { prefetched, ...page } = await this.service.caseload(caller, args, extras);
    for (const part of parts) part.prime(ctx, prefetched.get(part.field) ?? new Map());
    return { ...page, nodes: await this.present(ctx, page.nodes) };
  }

  @Query(() => [CaseloadStatusCount], { description: 'Caseload size per registration status, under the filter.' })
  @Policy('read', 'YoungPerson')
  caseloadStatusCounts(
    @Args() args: CaseloadCountsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<CaseloadStatusCount[]> {
    return this.service.caseloadStatusCounts(callerOf(ctx), args.filter);
  }

  @Query(() => [CoordinatorLoad], { description: 'Team lead: load per coordinator of the unit.' })
  @Policy('assign', 'YoungPerson')
  coordinatorLoad(@Args() args: CoordinatorLoadArgs, @Context() ctx: GraphqlContext): Promise<CoordinatorLoad[]> {
    return this.service.coordinatorLoad(callerOf(ctx), args.contactWithinDays ?? 30);
  }

  @Query(() => KaaEnrollment, { description: 'One registration the caller may read.' })
  @Policy('read', 'KaaEnrollment', { oneRecord: true })
  async kaaEnrollment(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<KaaEnrollment> {
    const row = await this.service.enrollment(callerOf(ctx).ability, id);
    noteRead(ctx, row.youngPersonId, 'OCCUPATION');
    return toEnrollment(row);
  }

  @Query(() => ContactAttemptConnection, {
    description: 'Contact attempts, newest first: of one young person, or made by a user (default: the caller).',
  })
  @Policy('read', 'ContactAttempt')
  async contactAttempts(
    @Args() args: ContactAttemptsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<ContactAttemptConnection> {
    const page = await this.service.contactAttempts(callerOf(ctx), args);
    for (const row of page.nodes) noteRead(ctx, row.youngPersonId, 'CONTACTS');
    return { ...page, nodes: page.nodes.map(toContactAttempt) };
  }

  @Query(() => ReminderConnection, {
    description: 'Open reminders on young people the caller works with, earliest first.',
  })
  @Policy('read', 'Reminder')
  async reminders(@Args() args: RemindersArgs, @Context() ctx: GraphqlContext): Promise<ReminderConnection> {
    const page = await this.service.reminders(callerOf(ctx).ability, args);
    // A reminder tells when the young person turns 20: part of the register record.
    for (const row of page.nodes) noteRead(ctx, row.youngPersonId, 'OCCUPATION');
    return { ...page, nodes: page.nodes.map(toReminder) };
  }

  @Mutation(() => Reminder, { description: 'Record that a reminder has been acted on.' })
  @Policy('update', 'YoungPerson')
  async acknowledgeReminder(@IdArg() id: string, @Context() ctx: GraphqlContext): Promise<Reminder> {
    const row = await this.service.acknowledgeReminder(callerOf(ctx), id);
    noteRead(ctx, row.youngPersonId, 'OCCUPATION');
    return toReminder(row);
  }

  // --- Fields of YoungPerson (batched per request) ---

  // Synchronous when the caseload page primed the value (PrimedLoader), as are the other parts
  // a page carries: latestContact here, measures and actionPlan in their libraries.
  @ResolveField(() => KaaEnrollment, { nullable: true, description: 'The open registration, if any.' })
  @FieldPolicy('read', 'KaaEnrollment')
  enrollment(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): MaybePromise<KaaEnrollment | null> {
    return whenLoaded(this.loaders(ctx).openEnrollment.loadNow(person.id), (row) => {
      if (row) noteRead(ctx, person.id, 'OCCUPATION');
      return row ? toEnrollment(row) : null;
    });
  }

  @ResolveField(() => [KaaEnrollment], { description: 'Every registration, newest first.' })
  @FieldPolicy('read', 'KaaEnrollment')
  async enrollments(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<KaaEnrollment[]> {
    const rows = await this.repository.enrollmentHistory(ctx.ability, person.id);
    if (rows.length > 0) noteRead(ctx, person.id, 'OCCUPATION');
    return rows.map(toEnrollment);
  }

  // What the reader reads this young person under and what is hidden from them, and why. For the
  // KAA unit working the case nothing needs looking up; for a partner one batched statement per
  // page (its consents in force today and what the young person withholds from it).
  @ResolveField(() => ReadAccess, {
    description: 'Under which ground the caller reads this young person, and what is hidden and why.',
  })
  @FieldPolicy('read', 'YoungPerson')
  async readAccess(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<ReadAccess> {
    const { principal } = callerOf(ctx);
    const access = person.viewerAccess;
    const hidden: HiddenCategory[] = [];
    const contactReason = access.markingShown ? HiddenReason.PROTECTED_IDENTITY : HiddenReason.RESTRICTED;
    if (!access.categories) {
      if (access.contactProtected) hidden.push({ category: InformationCategory.CONTACT, reason: contactReason });
      return { grounds: access.grounds, consents: [], hiddenCategories: hidden };
    }
    const loader = ctx.loaders.get(
      'youngPerson.consentUse',
      () =>
        new DataLoader<string, ConsentUse>(async (ids) => {
          const uses = await this.repository.consentUse(principal.organizationId, ids, principal.today);
          return ids.map((id) => uses.get(id) ?? { grants: [], withheld: [] });
        }),
    );
    const use = await loader.load(person.id);
    const consents = new Map<string, ConsentInUse>();
    for (const grant of use.grants) {
      const consent = consents.get(grant.consentId) ?? {
        consentId: grant.consentId,
        validFrom: grant.validFrom,
        validTo: grant.validTo,
        categories: [],
      };
      consent.categories.push(grant.category as InformationCategory);
      consents.set(grant.consentId, consent);
    }
    for (const category of Object.values(InformationCategory)) {
      if (!access.categories.has(category)) {
        const reason = use.withheld.includes(category) ? HiddenReason.WITHHELD : HiddenReason.NO_CONSENT;
        hidden.push({ category, reason });
      } else if (category === InformationCategory.CONTACT && access.contactProtected) {
        hidden.push({ category, reason: contactReason });
      }
    }
    if (consents.size > 0) noteRead(ctx, person.id, 'CONSENTS');
    const grounds = consents.size > 0 ? [...access.grounds, ReadGround.CONSENT] : access.grounds;
    return { grounds, consents: [...consents.values()], hiddenCategories: hidden };
  }

  // At most four guardians (the input's bound), which the cost limit counts instead of a page.
  @ResolveField(() => [Guardian])
  @Extensions({ listSize: 4 })
  @FieldPolicy('read', 'Guardian')
  async guardians(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<Guardian[]> {
    // Protected identity hides the guardians' contact details as it hides the young person's.
    const visible = !person.viewerAccess.contactProtected;
    const rows = await this.loaders(ctx).guardians.load(person.id);
    if (rows.length > 0) noteRead(ctx, person.id, 'CONTACT');
    return rows.map((row) => toGuardian(row, visible));
  }

  @ResolveField(() => [Occupation], { description: 'The latest previous, current and planned occupation.' })
  @Extensions({ listSize: 3 })
  @FieldPolicy('read', 'Occupation')
  async occupations(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<Occupation[]> {
    const rows = await this.loaders(ctx).currentOccupations.load(person.id);
    if (rows.length > 0) noteRead(ctx, person.id, 'OCCUPATION');
    return rows.map(toOccupation);
  }

  @ResolveField(() => [Occupation], { description: 'Every recorded occupation, newest first.' })
  @FieldPolicy('read', 'Occupation')
  async occupationHistory(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): Promise<Occupation[]> {
    const rows = await this.repository.occupationHistory(ctx.ability, person.id);
    if (rows.length > 0) noteRead(ctx, person.id, 'OCCUPATION');
    return rows.map(toOccupation);
  }

  @ResolveField(() => ContactAttempt, { nullable: true })
  @FieldPolicy('read', 'ContactAttempt')
  latestContact(person: YoungPerson, _args: NoArgs, ctx: GraphqlContext): MaybePromise<ContactAttempt | null> {
    return whenLoaded(this.loaders(ctx).latestContact.loadNow(person.id), (row) => {
      if (row) noteRead(ctx, person.id, 'CONTACTS');
      return row ? toContactAttempt(row) : null;
    });
  }

  @ResolveField('contactAttempts', () => ContactAttemptConnection, { description: 'Contact attempts, newest first.' })
  @FieldPolicy('read', 'ContactAttempt')
  async contactAttemptsOf(
    @Parent() person: YoungPerson,
    @Args() args: PageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<ContactAttemptConnection> {
    const page = await this.service.contactAttempts(callerOf(ctx), { ...args, youngPersonId: person.id });
    if (page.totalCount > 0) noteRead(ctx, person.id, 'CONTACTS');
    return { ...page, nodes: page.nodes.map(toContactAttempt) };
  }

  // --- Mutations ---

  @Mutation(() => YoungPerson, {
    description: 'Register a young person in the KAA register; the target-group rules are checked.',
  })
  @Policy('create', 'YoungPerson')
  async registerYoungPerson(
    @Args('input') input: RegisterYoungPersonInput,
    @Context() ctx: GraphqlContext,
  ): Promise<YoungPerson> {
    const caller = callerOf(ctx);
    return this.shown(ctx, toYoungPerson(await this.service.register(caller, input), caller));
  }

  @Mutation(() => KaaEnrollment, { description: 'Register a known young person again after an ended registration.' })
  @Policy('update', 'YoungPerson')
  async reEnrollYoungPerson(
    @Args('input') input: ReEnrollInput,
    @Context() ctx: GraphqlContext,
  ): Promise<KaaEnrollment> {
    const row = await this.service.reEnroll(callerOf(ctx), input);
    noteRead(ctx, row.youngPersonId, 'OCCUPATION');
    return toEnrollment(row);
  }

  @Mutation(() => YoungPerson, { description: 'Change name, contact details or guardians; needs the current version.' })
  @Policy('update', 'YoungPerson')
  async updateYoungPerson(
    @Args('input') input: UpdateYoungPersonInput,
    @Context() ctx: GraphqlContext,
  ): Promise<YoungPerson> {
    const caller = callerOf(ctx);
    return this.shown(ctx, toYoungPerson(await this.service.update(caller, input), caller));
  }

  @Mutation(() => YoungPerson, { description: 'Set or lift protected identity and who is named on the record.' })
  @Policy('update', 'YoungPerson')
  async setProtectedIdentity(
    @Args('input') input: SetProtectedIdentityInput,
    @Context() ctx: GraphqlContext,
  ): Promise<YoungPerson> {
    const caller = callerOf(ctx);
    return this.shown(ctx, toYoungPerson(await this.service.setProtectedIdentity(caller, input), caller));
  }

  @Mutation(() => YoungPerson, { description: 'Team lead: make a coordinator of the unit responsible.' })
  @Policy('assign', 'YoungPerson')
  async assignCoordinator(
    @Args('input') input: AssignCoordinatorInput,
    @Context() ctx: GraphqlContext,
  ): Promise<YoungPerson> {
    const caller = callerOf(ctx);
    return this.shown(ctx, toYoungPerson(await this.service.assignCoordinator(caller, input), caller));
  }

  @Mutation(() => KaaEnrollment, {
    description: 'Change the status of an open registration; needs the current version.',
  })
  @Policy('update', 'YoungPerson')
  async changeEnrollmentStatus(
    @Args('input') input: ChangeEnrollmentStatusInput,
    @Context() ctx: GraphqlContext,
  ): Promise<KaaEnrollment> {
    const row = await this.service.changeStatus(callerOf(ctx), input);
    noteRead(ctx, row.youngPersonId, 'OCCUPATION');
    return toEnrollment(row);
  }

  @Mutation(() => KaaEnrollment, { description: 'End a registration with a date and reason.' })
  @Policy('update', 'YoungPerson')
  async endEnrollment(
    @Args('input') input: EndEnrollmentInput,
    @Context() ctx: GraphqlContext,
  ): Promise<KaaEnrollment> {
    const row = await this.service.end(callerOf(ctx), input);
    noteRead(ctx, row.youngPersonId, 'OCCUPATION');
    return toEnrollment(row);
  }

  @Mutation(() => KaaEnrollment, {
    description:
      'Correct the reason an open or ended registration was made for (e.g. "other", which SCB has no code for); needs the current version.',
  })
  @Policy('update', 'YoungPerson')
  async correctRegistrationReason(
    @Args('input') input: CorrectRegistrationReasonInput,
    @Context() ctx: GraphqlContext,
  ): Promise<KaaEnrollment> {
    const row = await this.service.correctRegistrationReason(callerOf(ctx), input);
    noteRead(ctx, row.youngPersonId, 'OCCUPATION');
    return toEnrollment(row);
  }

  @Mutation(() => KaaEnrollment, {
    description:
      'Correct the reason an ended registration ended for (e.g. "other", which SCB has no code for); the end date stays; needs the current version.',
  })
  @Policy('update', 'YoungPerson')
  async correctEndReason(
    @Args('input') input: CorrectEndReasonInput,
    @Context() ctx: GraphqlContext,
  ): Promise<KaaEnrollment> {
    const row = await this.service.correctEndReason(callerOf(ctx), input);
    noteRead(ctx, row.youngPersonId, 'OCCUPATION');
    return toEnrollment(row);
  }

  @Mutation(() => Occupation, { description: 'Record a previous, current or planned occupation.' })
  @Policy('update', 'YoungPerson')
  async recordOccupation(
    @Args('input') input: RecordOccupationInput,
    @Context() ctx: GraphqlContext,
  ): Promise<Occupation> {
    const row = await this.service.recordOccupation(callerOf(ctx), input);
    noteRead(ctx, row.youngPersonId, 'OCCUPATION');
    return toOccupation(row);
  }

  @Mutation(() => ContactAttempt, { description: 'Log a contact attempt; moves the registration status forward.' })
  @Policy('update', 'YoungPerson')
  async logContactAttempt(
    @Args('input') input: LogContactAttemptInput,
    @Context() ctx: GraphqlContext,
  ): Promise<ContactAttempt> {
    const row = await this.service.logContactAttempt(callerOf(ctx), input);
    noteRead(ctx, row.youngPersonId, 'CONTACTS');
    return toContactAttempt(row);
  }

  // --- Subscriptions ---

  @Subscription(() => YoungPerson, {
    description: 'Young people the caller may read as they change (the caseload), or one of them when `id` is given.',
    resolve: (value: YoungPerson) => value,
  })
  @Policy('read', 'YoungPerson')
  youngPersonChanged(
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Context() ctx: GraphqlContext,
  ): AsyncIterableIterator<YoungPerson> {
    const { principal } = callerOf(ctx);
    return eventIterator(
      this.pubsub,
      YOUNG_PERSON_CHANGED,
      (event) => event.municipalityId === principal.municipalityId && (!id || event.id === id),
      // Access is decided again at every event with a freshly read principal and ability, and
      // the hidden details of a protected record follow the same rule as a query.
      async (event) => {
        const ability = await refreshForEvent(ctx, event);
        if (!ability) return undefined;
        // The caller as read for this event (its emergency accesses, its day, its ability).
        const current = callerOf(ctx);
        // Subscribers that are the same caller (the same principal object, perEvent) read the row
        // and its visible categories once per event; each one's read is still logged below.
        const { row, categories } = await perEvent(event, current.principal, async () => {
          const found = await this.repository.findOne(ability, event.id);
          return {
            row: found,
            categories: found ? await this.service.visibleCategories(current.principal, [found.id]) : undefined,
          };
        });
        if (!row) return undefined;
        return this.noteShown(ctx, row, toYoungPerson(row, current, categories?.get(row.id)));
      },
    );
  }
}

@Resolver(() => KaaEnrollment)
export class KaaEnrollmentResolver {
  constructor(private readonly repository: YoungPeopleRepository) {}

  @ResolveField(() => [EnrollmentStatusChange], { description: 'Status history, oldest first.' })
  @FieldPolicy('read', 'KaaEnrollment')
  async statusHistory(
    enrollment: KaaEnrollment,
    _args: NoArgs,
    ctx: GraphqlContext,
  ): Promise<EnrollmentStatusChange[]> {
    const loaders = new YoungPeopleLoaders(ctx.loaders, ctx.ability, this.repository);
    // The registration itself was noted when it was shown.
    return (await loaders.statusChanges.load(enrollment.id)).map(toStatusChange);
  }
}
