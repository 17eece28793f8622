import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService } from '@app/core/audit';
import type { Principal } from '@app/core/auth';
import { InformationCategory, Role, type AppAbility } from '@app/core/authz';
import { Clock, dayIn } from '@app/core/clock';
import { isUniqueViolation } from '@app/core/database';
import { conflict, DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';
import { PgPubSub } from '@app/core/pubsub';
import { IdentityRepository } from '@app/identity';

import type {
  AssignCoordinatorInput,
  CaseloadFilter,
  ChangeEnrollmentStatusInput,
  CorrectEndReasonInput,
  CorrectRegistrationReasonInput,
  ContactDetailsInput,
  EndEnrollmentInput,
  EnrollmentInput,
  GuardianInput,
  LogContactAttemptInput,
  ReEnrollInput,
  RecordOccupationInput,
  RegisterYoungPersonInput,
  SetProtectedIdentityInput,
  UpdateYoungPersonInput,
} from './dto/young-people.inputs';
import { assertEligible } from './eligibility';
import type { ContactAttemptEntity } from './entities/contact-attempt.entity';
import type { KaaEnrollmentEntity } from './entities/kaa-enrollment.entity';
import type { OccupationEntity } from './entities/occupation.entity';
import type { ReminderEntity } from './entities/reminder.entity';
import type { YoungPersonEntity } from './entities/young-person.entity';
import { isIdentityNumberQuery, parseIdentityNumber } from './identity-number';
import { maySeeProtectedDetails } from './models/young-person.mapper';
import {
  ContactOutcome,
  EnrollmentStatus,
  OccupationCategory,
  OccupationKind,
  OccupationSource,
  StatusChangeCause,
} from './young-people.enums';
import { YOUNG_PERSON_CHANGED } from './young-people.events';
import {
  CaseloadSort,
  SortDirection,
  YoungPeopleRepository,
  type CaseloadExtras,
  type CaseloadPage,
  type CoordinatorLoadRow,
} from './young-people.repository';

export { YOUNG_PERSON_CHANGED } from './young-people.events';

// A contact logged a few minutes "in the future" is clock skew between devices, not an error.
const CLOCK_SKEW_MS = 5 * 60 * 1000;

// Statuses a contact attempt moves forward automatically; anything later in the work (a
// measure, education, work, a refusal) is left for a person to change.
const BEFORE_DIALOGUE = new Set([
  EnrollmentStatus.NOT_CONTACTED,
  EnrollmentStatus.CONTACT_ATTEMPTED,
  EnrollmentStatus.UNKNOWN,
]);

function statusAfterContact(
  current: EnrollmentStatus,
  outcome: ContactOutcome,
  learned: OccupationCategory | undefined,
): EnrollmentStatus {
  if (outcome === ContactOutcome.DECLINED) return EnrollmentStatus.DECLINED;
  if (outcome === ContactOutcome.NOT_REACHED) {
    return current === EnrollmentStatus.NOT_CONTACTED ? EnrollmentStatus.CONTACT_ATTEMPTED : current;
  }
  if (learned === OccupationCategory.EDUCATION) return EnrollmentStatus.IN_EDUCATION;
  if (learned === OccupationCategory.WORK) return EnrollmentStatus.IN_WORK;
  return BEFORE_DIALOGUE.has(current) ? EnrollmentStatus.IN_DIALOGUE : current;
}

// The caseload includes what the caller covers as a stand-in (the access rules let it through);
// `includeCovered: false` narrows a coordinator's list to their own young people.
function coveredOrNot(
  principal: Pick<Principal, 'role' | 'userId'>,
  filter: CaseloadFilter | undefined,
): Omit<CaseloadFilter, 'includeCovered'> {
  const { includeCovered, ...rest } = filter ?? {};
  if (includeCovered === false && principal.role === Role.COORDINATOR)
    return { ...rest, coordinatorId: principal.userId };
  return rest;
}

@Injectable()
export class YoungPeopleService {
  constructor(
    private readonly repository: YoungPeopleRepository,
    private readonly identity: IdentityRepository,
    private readonly audit: AuditService,
    private readonly pubsub: PgPubSub,
    private readonly clock: Clock,
  ) {}

  // --- Reads ---

  async get(ability: AppAbility, id: string): Promise<YoungPersonEntity> {
    const found = await this.repository.findOne(ability, id);
    if (!found) throw notFound('YoungPerson');
    return found;
  }

  search(
    { principal, ability }: Caller,
    args: { query: string; first?: number; after?: string },
  ): Promise<Page<YoungPersonEntity>> {
    const text = args.query.trim();
    if (isIdentityNumberQuery(text)) {
      // Exact match on a valid number. One that is not valid is refused as at registration
      // (the same code, naming `query`), rather than finding nothing: "no one" would read as
      // "not registered" when the number was mistyped.
      const pin = parseIdentityNumber(text, principal.today, 'query');
      return this.repository.search(ability, principal, { ...args, personalIdentityNumber: pin.normalized });
    }
    if (text.length < 2) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Search needs at least 2 characters');
    return this.repository.search(ability, principal, { ...args, name: text });
  }

  caseload(
    { principal, ability }: Caller,
    args: { filter?: CaseloadFilter; sort?: CaseloadSort; direction?: SortDirection; first?: number; after?: string },
    extras?: CaseloadExtras,
  ): Promise<CaseloadPage> {
    const query = {
      ...coveredOrNot(principal, args.filter),
      today: principal.today,
      viewer: principal,
      sort: args.sort,
      direction: args.direction,
      first: args.first,
      after: args.after,
    };
    return this.repository.caseload(ability, query, extras);
  }

  caseloadStatusCounts({ principal, ability }: Caller, filter: CaseloadFilter | undefined) {
    return this.repository.caseloadStatusCounts(ability, {
      ...coveredOrNot(principal, filter),
      today: principal.today,
      viewer: principal,
    });
  }

  coordinatorLoad({ principal, ability }: Caller, contactWithinDays: number): Promise<CoordinatorLoadRow[]> {
    const since = new Date(this.clock.now().getTime() - contactWithinDays * 86_400_000);
    return this.repository.coordinatorLoad(ability, principal, since);
  }

  async enrollment(ability: AppAbility, id: string): Promise<KaaEnrollmentEntity> {
    const found = await this.repository.findEnrollment(ability, id);
    if (!found) throw notFound('KaaEnrollment');
    return found;
  }

  contactAttempts(
    { principal, ability }: Caller,
    args: { youngPersonId?: string; performedById?: string; first?: number; after?: string },
  ): Promise<Page<ContactAttemptEntity>> {
    // Without a young person the list is "my contacts" unless another performer is named.
    const performedById = args.performedById ?? (args.youngPersonId ? undefined : principal.userId);
    return this.repository.contactAttempts(ability, { ...args, performedById });
  }

  reminders(
    ability: AppAbility,
    args: { includeAcknowledged?: boolean; first?: number; after?: string },
  ): Promise<Page<ReminderEntity>> {
    return this.repository.reminders(ability, args);
  }

  async acknowledgeReminder({ principal, ability }: Caller, id: string): Promise<ReminderEntity> {
    const reminder = await this.repository.findReminder(ability, id);
    // Acting on a reminder is work on the young person: the same access as changing them.
    if (!reminder || !(await this.repository.findOne(ability, reminder.youngPersonId, 'update'))) {
      throw notFound('Reminder');
    }
    if (
      !(await this.repository.acknowledgeReminder(principal.municipalityId, id, principal.userId, this.clock.now()))
    ) {
      throw new DomainError(ErrorCode.CONFLICT, 'The reminder is already acknowledged');
    }
    await this.audit.record(actorOf(principal), {
      action: 'kaa_reminder.acknowledge',
      subjectType: 'Reminder',
      subjectId: id,
      summary: { kind: reminder.kind, youngPersonId: reminder.youngPersonId },
    });
    const updated = await this.repository.findReminder(ability, id);
    if (!updated) throw notFound('Reminder');
    return updated;
  }

  // What of each young person the caller may see: everything for the KAA unit working the case
  // (undefined), the consented categories for anyone else.
  async visibleCategories(
    principal: Principal,
    youngPersonIds: readonly string[],
  ): Promise<Map<string, Set<string>> | undefined> {
    if (principal.secrecyDomain === 'KAA') return undefined;
    const granted = await this.repository.grantedCategories(principal.organizationId, youngPersonIds, principal.today);
    // An emergency access shows the whole record for its time box.
    for (const id of principal.emergencyYoungPersonIds) {
      if (youngPersonIds.includes(id)) granted.set(id, new Set(Object.values(InformationCategory)));
    }
    return granted;
  }

  // --- Registration ---

  // `options.id`: the id the new record takes (a target-group entry's, so that the reads of the
  // entry before registration stay in the young person's access log).
  async register(
    { principal, ability }: Caller,
    input: RegisterYoungPersonInput,
    options: { id?: string } = {},
  ): Promise<YoungPersonEntity> {
    const pin = parseIdentityNumber(input.personalIdentityNumber, principal.today);
    const registeredOn = this.checkRegistrationDate(input.enrollment, pin.dateOfBirth, principal.today);
    assertEligible({ dateOfBirth: pin.dateOfBirth, registeredOn, ...input.enrollment.eligibility });

    const coordinatorId = await this.coordinatorForRegistration(principal, input.coordinatorId);
    const scope = { municipalityId: principal.municipalityId, kaaUnitId: principal.organizationId, coordinatorId };
    if (!ability.can('create', subject('YoungPerson', scope))) throw forbidden();
    if (await this.repository.identityNumberTaken(principal.municipalityId, pin.normalized)) throw duplicate();

    const protectedIdentity = input.protectedIdentity === true;
    const person = await this.repository
      .insertYoungPerson({
        ...(options.id ? { id: options.id } : {}),
        ...scope,
        personalIdentityNumber: pin.normalized,
        coordinationNumber: pin.coordinationNumber,
        dateOfBirth: pin.dateOfBirth,
        givenName: input.givenName.trim(),
        familyName: input.familyName.trim(),
        ...contactColumns(input.contact),
        protectedIdentity,
        protectedNamedUserIds: protectedIdentity ? unique([principal.userId, coordinatorId]) : [],
        lastContactAt: null,
      })
      .catch((error: unknown) => {
        // Two registrations of one number at once: the unique index decides, same error.
        if (isUniqueViolation(error, 'uq_young_person_identity_number')) throw duplicate();
        throw error;
      });
    await this.repository.replaceGuardians(
      principal.municipalityId,
      person.id,
      guardianColumns(input.guardians, principal.today),
    );
    const enrollment = await this.openEnrollment(principal, person.id, registeredOn, input.enrollment);
    await this.audit.record(actorOf(principal), {
      action: 'young_person.register',
      subjectType: 'YoungPerson',
      subjectId: person.id,
      summary: {
        enrollmentId: enrollment.id,
        reason: enrollment.registrationReason,
        protectedIdentity,
        coordinatorId,
        guardians: input.guardians?.length ?? 0,
      },
    });
    await this.changed(principal, person.id);
    return person;
  }

  // A young person already known (an earlier registration ended) is registered again.
  async reEnroll({ principal, ability }: Caller, input: ReEnrollInput): Promise<KaaEnrollmentEntity> {
    const person = await this.forUpdate(ability, input.youngPersonId);
    const registeredOn = this.checkRegistrationDate(input.enrollment, person.dateOfBirth, principal.today);
    assertEligible({ dateOfBirth: person.dateOfBirth, registeredOn, ...input.enrollment.eligibility });
    if (await this.repository.openEnrollmentForUpdate(principal.municipalityId, person.id)) {
      throw new DomainError(ErrorCode.KAA_ALREADY_ENROLLED, 'The young person already has an open registration');
    }
    const enrollment = await this.openEnrollment(principal, person.id, registeredOn, input.enrollment).catch(
      (error: unknown) => {
        if (isUniqueViolation(error, 'uq_kaa_enrollment_open')) {
          throw new DomainError(ErrorCode.KAA_ALREADY_ENROLLED, 'The young person already has an open registration');
        }
        throw error;
      },
    );
    await this.audit.record(actorOf(principal), {
      action: 'kaa_enrollment.register',
      subjectType: 'KaaEnrollment',
      subjectId: enrollment.id,
      summary: { youngPersonId: person.id, reason: enrollment.registrationReason },
    });
    await this.changed(principal, person.id);
    return enrollment;
  }

  // --- Changes to the young person ---

  async update({ principal, ability }: Caller, input: UpdateYoungPersonInput): Promise<YoungPersonEntity> {
    const person = await this.forUpdate(ability, input.id);
    const touchesHidden = input.contact !== undefined || input.guardians !== undefined;
    // Details a caller may not see are not theirs to overwrite either.
    if (touchesHidden && !maySeeProtectedDetails(person, principal.userId)) throw forbidden();
    const patch = {
      ...(input.givenName !== undefined ? { givenName: input.givenName.trim() } : {}),
      ...(input.familyName !== undefined ? { familyName: input.familyName.trim() } : {}),
      ...(input.contact !== undefined ? contactColumns(input.contact) : {}),
    };
    await this.bumpVersion(principal, person.id, input.version, patch);
    if (input.guardians !== undefined) {
      const stored = await this.repository.guardiansOf(principal.municipalityId, person.id);
      await this.repository.replaceGuardians(
        principal.municipalityId,
        person.id,
        keepGuardianNumbers(input.guardians, guardianColumns(input.guardians, principal.today), stored),
      );
    }
    await this.audit.record(actorOf(principal), {
      action: 'young_person.update',
      subjectType: 'YoungPerson',
      subjectId: person.id,
      summary: { changed: [...Object.keys(patch), ...(input.guardians ? ['guardians'] : [])] },
    });
    await this.changed(principal, person.id);
    return this.get(ability, person.id);
  }

  async setProtectedIdentity(
    { principal, ability }: Caller,
    input: SetProtectedIdentityInput,
  ): Promise<YoungPersonEntity> {
    const person = await this.forUpdate(ability, input.id);
    // Only someone who may see the hidden details may lift or change the protection.
    if (!maySeeProtectedDetails(person, principal.userId)) throw forbidden();
    let named: string[] = [];
    if (input.protectedIdentity) {
      named = unique(input.namedUserIds.length > 0 ? input.namedUserIds : [principal.userId]);
      const unit = person.kaaUnitId ?? principal.organizationId;
      const members = await this.identity.activeMembers(unit, named);
      if (members.length !== named.length) {
        throw new DomainError(
          ErrorCode.YOUNG_PERSON_NAMED_USER_INVALID,
          'Every named user must be an active member of the KAA unit',
          { field: 'namedUserIds' },
        );
      }
    }
    await this.bumpVersion(principal, person.id, input.version, {
      protectedIdentity: input.protectedIdentity,
      protectedNamedUserIds: named,
    });
    await this.audit.record(actorOf(principal), {
      action: 'young_person.protected_identity',
      subjectType: 'YoungPerson',
      subjectId: person.id,
      summary: { protectedIdentity: input.protectedIdentity, namedUserIds: named },
    });
    await this.changed(principal, person.id);
    return this.get(ability, person.id);
  }

  async assignCoordinator({ principal, ability }: Caller, input: AssignCoordinatorInput): Promise<YoungPersonEntity> {
    const person = await this.repository.findOne(ability, input.youngPersonId, 'assign');
    if (!person) throw notFound('YoungPerson');
    await this.requireCoordinatorOf(person.kaaUnitId ?? principal.organizationId, input.coordinatorId);
    await this.bumpVersion(principal, person.id, input.version, { coordinatorId: input.coordinatorId });
    await this.audit.record(actorOf(principal), {
      action: 'young_person.assign',
      subjectType: 'YoungPerson',
      subjectId: person.id,
      summary: { coordinatorId: input.coordinatorId, previousCoordinatorId: person.coordinatorId },
    });
    await this.changed(principal, person.id);
    return this.get(ability, person.id);
  }

  // --- The register record ---

  async changeStatus({ principal, ability }: Caller, input: ChangeEnrollmentStatusInput): Promise<KaaEnrollmentEntity> {
    const enrollment = await this.enrollmentForUpdate(ability, input.enrollmentId);
    if (enrollment.status === input.status) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The registration already has this status', { field: 'status' });
    }
    const updated = await this.repository.updateEnrollmentIfVersion(
      principal.municipalityId,
      enrollment.id,
      input.version,
      { status: input.status },
    );
    if (!updated) throw conflict();
    await this.repository.insertStatusChange({
      municipalityId: principal.municipalityId,
      enrollmentId: enrollment.id,
      fromStatus: enrollment.status,
      toStatus: input.status,
      cause: StatusChangeCause.MANUAL,
      changedById: principal.userId,
    });
    await this.audit.record(actorOf(principal), {
      action: 'kaa_enrollment.status',
      subjectType: 'KaaEnrollment',
      subjectId: enrollment.id,
      summary: { from: enrollment.status, to: input.status },
    });
    await this.changed(principal, enrollment.youngPersonId);
    return updated;
  }

  async end({ principal, ability }: Caller, input: EndEnrollmentInput): Promise<KaaEnrollmentEntity> {
    const enrollment = await this.enrollmentForUpdate(ability, input.enrollmentId);
    if (input.endedOn < enrollment.registeredOn || input.endedOn > principal.today) {
      throw new DomainError(ErrorCode.KAA_DATE_INVALID, 'The end date must be between registration and today', {
        field: 'endedOn',
      });
    }
    const updated = await this.repository.updateEnrollmentIfVersion(
      principal.municipalityId,
      enrollment.id,
      input.version,
      { endedOn: input.endedOn, endReason: input.reason },
    );
    if (!updated) throw conflict();
    await this.audit.record(actorOf(principal), {
      action: 'kaa_enrollment.end',
      subjectType: 'KaaEnrollment',
      subjectId: enrollment.id,
      summary: { reason: input.reason, endedOn: input.endedOn },
    });
    await this.changed(principal, enrollment.youngPersonId);
    return updated;
  }

  // A registration's reason, corrected (SCB's validation refuses a reason it has no code for,
  // such as "other"): open or ended, by whoever may change the young person; audited with the
  // reason before and after.
  async correctRegistrationReason(
    { principal, ability }: Caller,
    input: CorrectRegistrationReasonInput,
  ): Promise<KaaEnrollmentEntity> {
    const enrollment = await this.enrollmentForCorrection(ability, input.enrollmentId);
    if (enrollment.registrationReason === input.reason) {
      throw new DomainError(ErrorCode.KAA_REASON_UNCHANGED, 'The registration already has this reason', {
        field: 'reason',
      });
    }
    const updated = await this.repository.correctEnrollmentIfVersion(
      principal.municipalityId,
      enrollment.id,
      input.version,
      { registrationReason: input.reason },
    );
    if (!updated) throw conflict();
    await this.audit.record(actorOf(principal), {
      action: 'kaa_enrollment.reason',
      subjectType: 'KaaEnrollment',
      subjectId: enrollment.id,
      summary: { youngPersonId: enrollment.youngPersonId, from: enrollment.registrationReason, to: input.reason },
    });
    await this.changed(principal, enrollment.youngPersonId);
    return updated;
  }

  // An ended registration's end reason, corrected (SCB block 5: "other" has no code, and a
  // registration ended as "moved" for someone who started school is reported wrong); the end
  // date stays, since it is what happened. Audited with the reason before and after.
  async correctEndReason({ principal, ability }: Caller, input: CorrectEndReasonInput): Promise<KaaEnrollmentEntity> {
    const enrollment = await this.enrollmentForCorrection(ability, input.enrollmentId);
    if (!enrollment.endedOn) {
      throw new DomainError(ErrorCode.KAA_ENROLLMENT_OPEN, 'Only an ended registration has an end reason', {
        field: 'enrollmentId',
      });
    }
    if (enrollment.endReason === input.reason) {
      throw new DomainError(ErrorCode.KAA_REASON_UNCHANGED, 'The registration already has this end reason', {
        field: 'reason',
      });
    }
    const updated = await this.repository.correctEnrollmentIfVersion(
      principal.municipalityId,
      enrollment.id,
      input.version,
      { endReason: input.reason },
    );
    if (!updated) throw conflict();
    await this.audit.record(actorOf(principal), {
      action: 'kaa_enrollment.end_reason',
      subjectType: 'KaaEnrollment',
      subjectId: enrollment.id,
      summary: { youngPersonId: enrollment.youngPersonId, from: enrollment.endReason, to: input.reason },
    });
    await this.changed(principal, enrollment.youngPersonId);
    return updated;
  }

  async recordOccupation({ principal, ability }: Caller, input: RecordOccupationInput): Promise<OccupationEntity> {
    const person = await this.forUpdate(ability, input.youngPersonId);
    if (input.validFrom > principal.today && input.kind !== OccupationKind.PLANNED) {
      throw new DomainError(ErrorCode.KAA_DATE_INVALID, 'Only a planned occupation may start in the future', {
        field: 'validFrom',
      });
    }
    const occupation = await this.repository.insertOccupation({
      municipalityId: principal.municipalityId,
      youngPersonId: person.id,
      kind: input.kind,
      category: input.category,
      validFrom: input.validFrom,
      source: input.source,
      contactAttemptId: null,
      recordedById: principal.userId,
    });
    await this.audit.record(actorOf(principal), {
      action: 'occupation.record',
      subjectType: 'Occupation',
      subjectId: occupation.id,
      summary: { youngPersonId: person.id, kind: input.kind, category: input.category, source: input.source },
    });
    await this.changed(principal, person.id);
    return occupation;
  }

  // A contact attempt also moves the registration's status forward (never back) and records
  // the occupation learned, all in the mutation's transaction.
  async logContactAttempt(
    { principal, ability }: Caller,
    input: LogContactAttemptInput,
  ): Promise<ContactAttemptEntity> {
    const person = await this.forUpdate(ability, input.youngPersonId);
    if (input.occurredAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) {
      throw new DomainError(ErrorCode.KAA_DATE_INVALID, 'A contact attempt cannot be in the future', {
        field: 'occurredAt',
      });
    }
    const attempt = await this.repository.insertContactAttempt({
      municipalityId: principal.municipalityId,
      youngPersonId: person.id,
      channel: input.channel,
      occurredAt: input.occurredAt,
      performedById: principal.userId,
      outcome: input.outcome,
      occupationLearned: input.occupationLearned ?? null,
    });
    await this.repository.touchLastContact(principal.municipalityId, person.id, input.occurredAt);
    if (input.occupationLearned) {
      await this.repository.insertOccupation({
        municipalityId: principal.municipalityId,
        youngPersonId: person.id,
        kind: OccupationKind.CURRENT,
        category: input.occupationLearned,
        // The day of the contact as the municipality counts days (23:30 UTC is tomorrow in Sweden).
        validFrom: dayIn(principal.timeZone, input.occurredAt),
        source: OccupationSource.CONTACT_ATTEMPT,
        contactAttemptId: attempt.id,
        recordedById: principal.userId,
      });
    }
    const statusChangedTo = await this.advanceStatusAfterContact(principal, person.id, input);
    await this.audit.record(actorOf(principal), {
      action: 'contact_attempt.log',
      subjectType: 'ContactAttempt',
      subjectId: attempt.id,
      summary: {
        youngPersonId: person.id,
        channel: input.channel,
        outcome: input.outcome,
        occupationLearned: input.occupationLearned ?? null,
        statusChangedTo,
      },
    });
    await this.changed(principal, person.id);
    return attempt;
  }

  // --- Helpers ---

  private advanceStatusAfterContact(
    principal: Principal,
    youngPersonId: string,
    input: LogContactAttemptInput,
  ): Promise<EnrollmentStatus | null> {
    return this.moveStatus(
      principal,
      youngPersonId,
      (current) => statusAfterContact(current, input.outcome, input.occupationLearned),
      StatusChangeCause.CONTACT,
    );
  }

  // For other case features (a measure starting or ending): moves the open registration's
  // status as `decide` says, under a row lock, with a history row. Returns the new status, or
  // null when there is no open registration or nothing changes.
  async moveStatus(
    principal: Principal,
    youngPersonId: string,
    decide: (current: EnrollmentStatus) => EnrollmentStatus,
    cause: StatusChangeCause,
  ): Promise<EnrollmentStatus | null> {
    const open = await this.repository.openEnrollmentForUpdate(principal.municipalityId, youngPersonId);
    if (!open) return null;
    const next = decide(open.status);
    if (next === open.status) return null;
    // The row is locked, so its version is current and this update cannot lose.
    await this.repository.updateEnrollmentIfVersion(principal.municipalityId, open.id, open.version, { status: next });
    await this.repository.insertStatusChange({
      municipalityId: principal.municipalityId,
      enrollmentId: open.id,
      fromStatus: open.status,
      toStatus: next,
      cause,
      changedById: principal.userId,
    });
    return next;
  }

  // The young person the caller may change, with an open registration (for case features
  // that only exist inside the activity responsibility, such as measures).
  async enrolledForUpdate(
    ability: AppAbility,
    principal: Principal,
    youngPersonId: string,
  ): Promise<YoungPersonEntity> {
    const person = await this.forUpdate(ability, youngPersonId);
    if (!(await this.repository.openEnrollmentForUpdate(principal.municipalityId, person.id))) {
      throw new DomainError(ErrorCode.KAA_NOT_ENROLLED, 'The young person has no open registration');
    }
    return person;
  }

  // Tells subscribers that something about the young person changed (caseload, record).
  // Subscribers of the young person hear of a change made elsewhere (a consent, also one withdrawn
  // in the own view, whose actor has no Principal).
  notifyChanged(actor: { municipalityId: string }, youngPersonId: string): Promise<void> {
    return this.pubsub.publish({
      topic: YOUNG_PERSON_CHANGED,
      municipalityId: actor.municipalityId,
      id: youngPersonId,
    });
  }

  private async openEnrollment(
    principal: Principal,
    youngPersonId: string,
    registeredOn: string,
    input: EnrollmentInput,
  ): Promise<KaaEnrollmentEntity> {
    const enrollment = await this.repository.insertEnrollment({
      municipalityId: principal.municipalityId,
      youngPersonId,
      registeredOn,
      registrationReason: input.reason,
      status: EnrollmentStatus.NOT_CONTACTED,
    });
    await this.repository.insertStatusChange({
      municipalityId: principal.municipalityId,
      enrollmentId: enrollment.id,
      fromStatus: null,
      toStatus: EnrollmentStatus.NOT_CONTACTED,
      cause: StatusChangeCause.REGISTRATION,
      changedById: principal.userId,
    });
    return enrollment;
  }

  private checkRegistrationDate(input: EnrollmentInput, dateOfBirth: string, today: string): string {
    if (input.registeredOn > today || input.registeredOn < dateOfBirth) {
      throw new DomainError(ErrorCode.KAA_DATE_INVALID, 'The registration date must be between birth and today', {
        field: 'registeredOn',
      });
    }
    return input.registeredOn;
  }

  private async coordinatorForRegistration(
    principal: Principal,
    requested: string | undefined,
  ): Promise<string | null> {
    if (principal.role === Role.COORDINATOR) {
      // A coordinator registers into their own caseload.
      if (requested && requested !== principal.userId) throw forbidden();
      return principal.userId;
    }
    if (!requested) return null;
    await this.requireCoordinatorOf(principal.organizationId, requested);
    return requested;
  }

  private async requireCoordinatorOf(kaaUnitId: string, userId: string): Promise<void> {
    const members = await this.identity.activeMembers(kaaUnitId, [userId], Role.COORDINATOR);
    if (members.length === 0) {
      throw new DomainError(
        ErrorCode.YOUNG_PERSON_COORDINATOR_INVALID,
        'The coordinator must be an active coordinator of the KAA unit',
        { field: 'coordinatorId' },
      );
    }
  }

  private async forUpdate(ability: AppAbility, id: string): Promise<YoungPersonEntity> {
    const person = await this.repository.findOne(ability, id, 'update');
    if (!person) throw notFound('YoungPerson');
    return person;
  }

  // The registration, provided the caller may change its young person, and still open.
  // A registration, open or ended, whose young person the caller may change.
  private async enrollmentForCorrection(ability: AppAbility, id: string): Promise<KaaEnrollmentEntity> {
    const enrollment = await this.repository.findEnrollment(ability, id);
    if (!enrollment || !(await this.repository.findOne(ability, enrollment.youngPersonId, 'update'))) {
      throw notFound('KaaEnrollment');
    }
    return enrollment;
  }

  private async enrollmentForUpdate(ability: AppAbility, id: string): Promise<KaaEnrollmentEntity> {
    const enrollment = await this.enrollmentForCorrection(ability, id);
    if (enrollment.endedOn) {
      throw new DomainError(ErrorCode.KAA_ENROLLMENT_ENDED, 'The registration has ended; register again instead');
    }
    return enrollment;
  }

  private async bumpVersion(
    principal: Principal,
    id: string,
    version: number,
    patch: Parameters<YoungPeopleRepository['updateYoungPersonIfVersion']>[3],
  ): Promise<void> {
    if (!(await this.repository.updateYoungPersonIfVersion(principal.municipalityId, id, version, patch))) {
      throw conflict();
    }
  }

  private changed(principal: Principal, youngPersonId: string): Promise<void> {
    return this.pubsub.publish({
      topic: YOUNG_PERSON_CHANGED,
      municipalityId: principal.municipalityId,
      id: youngPersonId,
    });
  }
}

function duplicate(): DomainError {
  return new DomainError(
    ErrorCode.YOUNG_PERSON_DUPLICATE,
    'A young person with this identity number is already registered in the municipality',
    { field: 'personalIdentityNumber' },
  );
}

function unique(ids: Array<string | null>): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function contactColumns(contact: ContactDetailsInput | undefined) {
  return {
    phone: contact?.phone?.trim() || null,
    email: contact?.email?.trim().toLowerCase() || null,
    streetAddress: contact?.streetAddress?.trim() || null,
    postalCode: contact?.postalCode?.replace(/\s/g, '') || null,
    city: contact?.city?.trim() || null,
  };
}

function guardianColumns(guardians: GuardianInput[] | undefined, today: string) {
  return (guardians ?? []).map((g, index) => ({
    name: g.name.trim(),
    relation: g.relation,
    phone: g.phone?.trim() || null,
    email: g.email?.trim().toLowerCase() || null,
    personalIdentityNumber: g.personalIdentityNumber
      ? parseIdentityNumber(g.personalIdentityNumber, today, `guardians.${index}.personalIdentityNumber`).normalized
      : null,
  }));
}

// A guardian's personnummer is never shown back, so a form that edits the guardians cannot send
// it again: a guardian given without `personalIdentityNumber` (left out, not null) keeps the stored
// number of the one guardian already recorded under the same name and relation (a renamed
// guardian, or two of one name, keep none). Without this every save of the contact form erased the
// numbers guardians sign in to the own view with. An explicit null clears the number.
function keepGuardianNumbers(
  input: GuardianInput[],
  columns: ReturnType<typeof guardianColumns>,
  stored: ReadonlyArray<{ name: string; relation: string; personalIdentityNumber: string | null }>,
): ReturnType<typeof guardianColumns> {
  const key = (name: string, relation: string) => `${name.trim().toLocaleLowerCase('sv-SE')}\u0000${relation}`;
  const byKey = new Map<string, Array<string | null>>();
  for (const g of stored) {
    const k = key(g.name, g.relation);
    byKey.set(k, [...(byKey.get(k) ?? []), g.personalIdentityNumber]);
  }
  return columns.map((column, index) => {
    if (input[index].personalIdentityNumber !== undefined) return column;
    const same = byKey.get(key(column.name, column.relation)) ?? [];
    return same.length === 1 ? { ...column, personalIdentityNumber: same[0] } : column;
  });
}
