import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { actorOf, AuditService, type AccessLogEntryEntity } from '@app/core/audit';
import { EMERGENCY_ACCESS_ROLES, type AppAbility } from '@app/core/authz';
import { Clock } from '@app/core/clock';
import { AppConfig } from '@app/core/config';
import { DomainError, ErrorCode, forbidden, notFound } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';
import { PgPubSub } from '@app/core/pubsub';
import { YoungPeopleRepository } from '@app/young-people';

import type {
  CloseAccessReviewInput,
  RecordAccessReviewInput,
  StartEmergencyAccessInput,
} from './dto/oversight.inputs';
import type { AccessReviewEntity } from './entities/access-review.entity';
import type { EmergencyAccessEntity } from './entities/emergency-access.entity';
import { AccessReviewKind, AccessReviewStatus } from './oversight.enums';
import { OversightRepository, type AccessLogFilter, type AnomalyRow } from './oversight.repository';

// Topic for "a review was opened" (the log reviewer's notification).
export const ACCESS_REVIEW_OPENED = 'access-review.opened';

// The longest period one anomaly scan or review covers.
const MAX_PERIOD_DAYS = 31;

function periodInvalid(message: string): DomainError {
  return new DomainError(ErrorCode.ACCESS_REVIEW_PERIOD_INVALID, message, { field: 'period' });
}

function checkPeriod(from: Date, to: Date): void {
  if (from.getTime() >= to.getTime()) throw periodInvalid('The period must end after it starts');
  if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
    throw periodInvalid(`The period may cover at most ${MAX_PERIOD_DAYS} days`);
  }
}

// Does a recorded review cover the flagged reads? Reads outside the ordinary grounds of one
// young person are also covered by the review of the emergency access that allowed them.
function covers(review: AccessReviewEntity, row: AnomalyRow): boolean {
  const kindMatches =
    review.kind === row.rule ||
    (row.rule === AccessReviewKind.OUTSIDE_GROUNDS && review.kind === AccessReviewKind.EMERGENCY_ACCESS);
  return (
    kindMatches &&
    review.userId === row.userId &&
    (row.youngPersonId === null || review.youngPersonId === row.youngPersonId) &&
    review.periodFrom.getTime() <= new Date(row.periodFrom).getTime() &&
    review.periodTo.getTime() >= new Date(row.periodTo).getTime()
  );
}

// Emergency access and log review (issue 5, DESIGN.md §4): an emergency access is opened with
// a reason for a short time box and always lands in the review queue, with a notification to
// the municipality's log reviewers; the reviewer reads the access log, runs the anomaly rules
// and a monthly sample, and records an outcome for each review.
@Injectable()
export class OversightService {
  constructor(
    private readonly repository: OversightRepository,
    private readonly people: YoungPeopleRepository,
    private readonly audit: AuditService,
    private readonly pubsub: PgPubSub,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  // --- Emergency access ---

  async startEmergencyAccess({ principal, ability }: Caller, input: StartEmergencyAccessInput) {
    if (!EMERGENCY_ACCESS_ROLES.includes(principal.role)) {
      throw new DomainError(ErrorCode.EMERGENCY_ACCESS_ROLE_INVALID, 'This role cannot open an emergency access');
    }
    if (!ability.can('create', subject('EmergencyAccess', { municipalityId: principal.municipalityId }))) {
      throw forbidden();
    }
    if (!(await this.people.existsInMunicipality(principal.municipalityId, input.youngPersonId))) {
      throw notFound('YoungPerson');
    }
    // One running access per membership and young person, also under concurrent requests.
    await this.repository.lockEmergencyStart(principal.membershipId, input.youngPersonId);
    const startedAt = this.clock.now();
    const running = await this.repository.activeEmergencyAccess(principal.membershipId, input.youngPersonId, startedAt);
    if (running) {
      throw new DomainError(ErrorCode.EMERGENCY_ACCESS_ACTIVE, 'An emergency access to this young person is running', {
        emergencyAccessId: running.id,
        expiresAt: running.expiresAt.toISOString(),
      });
    }
    const minutes = this.config.env.EMERGENCY_ACCESS_MINUTES;
    const access = await this.repository.insertEmergencyAccess({
      municipalityId: principal.municipalityId,
      youngPersonId: input.youngPersonId,
      userId: principal.userId,
      membershipId: principal.membershipId,
      organizationId: principal.organizationId,
      role: principal.role,
      reason: input.reason.trim(),
      startedAt,
      expiresAt: new Date(startedAt.getTime() + minutes * 60_000),
      endedAt: null,
    });
    const review = await this.repository.insertReview({
      municipalityId: principal.municipalityId,
      kind: AccessReviewKind.EMERGENCY_ACCESS,
      userId: principal.userId,
      youngPersonId: access.youngPersonId,
      emergencyAccessId: access.id,
      accessLogId: null,
      periodFrom: access.startedAt,
      periodTo: access.expiresAt,
      openedAt: startedAt,
      status: AccessReviewStatus.OPEN,
      outcome: null,
      outcomeNote: null,
      reviewedById: null,
      reviewedAt: null,
    });
    await this.audit.record(actorOf(principal), {
      action: 'emergency_access.start',
      subjectType: 'EmergencyAccess',
      subjectId: access.id,
      summary: { youngPersonId: access.youngPersonId, minutes, reviewId: review.id },
    });
    await this.pubsub.publish({ topic: ACCESS_REVIEW_OPENED, municipalityId: principal.municipalityId, id: review.id });
    return access;
  }

  async endEmergencyAccess({ principal, ability }: Caller, id: string): Promise<EmergencyAccessEntity> {
    const access = await this.repository.findEmergencyAccess(ability, id, 'update');
    if (!access) throw notFound('EmergencyAccess');
    const endedAt = this.clock.now();
    if (!(await this.repository.endEmergencyAccess(id, endedAt))) {
      throw new DomainError(ErrorCode.EMERGENCY_ACCESS_ENDED, 'The emergency access has already ended');
    }
    await this.audit.record(actorOf(principal), {
      action: 'emergency_access.end',
      subjectType: 'EmergencyAccess',
      subjectId: id,
      summary: { youngPersonId: access.youngPersonId },
    });
    return { ...access, endedAt };
  }

  async emergencyAccess(ability: AppAbility, id: string): Promise<EmergencyAccessEntity> {
    const access = await this.repository.findEmergencyAccess(ability, id);
    if (!access) throw notFound('EmergencyAccess');
    return access;
  }

  // --- Log review ---

  accessLog(ability: AppAbility, filter: AccessLogFilter, page: { first?: number; after?: string }) {
    if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) {
      throw periodInvalid('The period must end after it starts');
    }
    return this.repository.accessLogPage(ability, filter, page);
  }

  async anomalies(
    ability: AppAbility,
    from: Date,
    to: Date,
  ): Promise<Array<{ row: AnomalyRow; reviewId: string | null }>> {
    checkPeriod(from, to);
    const rows = await this.repository.anomalies(ability, from, to, this.config.env.ACCESS_BULK_READ_THRESHOLD);
    const reviews = await this.repository.reviewsOverlapping(ability, from, to);
    return rows.map((row) => ({ row, reviewId: reviews.find((review) => covers(review, row))?.id ?? null }));
  }

  sample(ability: AppAbility, month: string, size: number): Promise<AccessLogEntryEntity[]> {
    return this.repository.sample(ability, month, size);
  }

  reviews(
    ability: AppAbility,
    filter: { status?: AccessReviewStatus; kind?: AccessReviewKind; accessLogIds?: string[] },
    page: { first?: number; after?: string },
  ): Promise<Page<AccessReviewEntity>> {
    return this.repository.reviewPage(ability, filter, page);
  }

  // A review of flagged or sampled reads, recorded with its outcome at once.
  async recordReview({ principal, ability }: Caller, input: RecordAccessReviewInput): Promise<AccessReviewEntity> {
    if (input.kind === AccessReviewKind.EMERGENCY_ACCESS) {
      throw periodInvalid('Emergency accesses are reviewed through the review queue');
    }
    checkPeriod(input.periodFrom, input.periodTo);
    if (!ability.can('create', subject('AccessReview', { municipalityId: principal.municipalityId }))) {
      throw forbidden();
    }
    const now = this.clock.now();
    const review = await this.repository.insertReview({
      municipalityId: principal.municipalityId,
      kind: input.kind,
      userId: input.userId,
      youngPersonId: input.youngPersonId ?? null,
      emergencyAccessId: null,
      accessLogId: input.accessLogId ?? null,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      openedAt: now,
      status: AccessReviewStatus.CLOSED,
      outcome: input.outcome,
      outcomeNote: input.note?.trim() ?? null,
      reviewedById: principal.userId,
      reviewedAt: now,
    });
    await this.audit.record(actorOf(principal), {
      action: 'access_review.record',
      subjectType: 'AccessReview',
      subjectId: review.id,
      summary: { kind: review.kind, outcome: input.outcome, userId: input.userId },
    });
    return review;
  }

  async closeReview({ principal, ability }: Caller, input: CloseAccessReviewInput): Promise<AccessReviewEntity> {
    const review = await this.repository.findReview(ability, input.id, 'update');
    if (!review) throw notFound('AccessReview');
    const values = {
      outcome: input.outcome,
      outcomeNote: input.note?.trim() ?? null,
      reviewedById: principal.userId,
      reviewedAt: this.clock.now(),
    };
    if (!(await this.repository.closeReview(review.id, values))) {
      throw new DomainError(ErrorCode.ACCESS_REVIEW_CLOSED, 'The review already has an outcome');
    }
    await this.audit.record(actorOf(principal), {
      action: 'access_review.close',
      subjectType: 'AccessReview',
      subjectId: review.id,
      summary: { kind: review.kind, outcome: input.outcome },
    });
    return { ...review, ...values, status: AccessReviewStatus.CLOSED };
  }
}
