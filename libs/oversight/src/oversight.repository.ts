import { Injectable } from '@nestjs/common';

import {
  AccessLogEntryEntity,
  SecurityEventEntity,
  type AccessGround,
  type AccessSubjectKind,
  type SecurityEventKind,
} from '@app/core/audit';
import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { keysetPage, type Page } from '@app/core/graphql';

import { AccessReviewEntity } from './entities/access-review.entity';
import { EmergencyAccessEntity } from './entities/emergency-access.entity';
import { AccessReviewKind, AccessReviewOutcome, AccessReviewStatus } from './oversight.enums';
import {
  ACCESS_LOG_MAPPING,
  ACCESS_REVIEW_MAPPING,
  EMERGENCY_ACCESS_MAPPING,
  SECURITY_EVENT_MAPPING,
} from './oversight.sql-mapping';

export interface AccessLogFilter {
  youngPersonId?: string;
  userId?: string;
  organizationId?: string;
  ground?: AccessGround;
  subjectKind?: AccessSubjectKind;
  schoolPupilId?: string;
  from?: Date;
  to?: Date;
}

export interface SecurityEventFilter {
  kinds?: SecurityEventKind[];
  userId?: string;
  accountKey?: string;
  clientAddress?: string;
  from?: Date;
  to?: Date;
}

export interface AnomalyRow {
  rule: AccessReviewKind;
  userId: string;
  youngPersonId: string | null;
  periodFrom: Date;
  periodTo: Date;
  reads: number;
  youngPeople: number;
}

interface RawAnomaly {
  user_id: string;
  young_person_id?: string | null;
  period_from: Date;
  period_to: Date;
  reads: string;
  young_people: string;
}

// Working hours for the after-hours rule: weekdays 07:00–19:00 Swedish time.
const LOCAL_TIME = "(al.occurred_at AT TIME ZONE 'Europe/Stockholm')";

// All SQL for emergency accesses, reviews and reading the access log. Every read carries the
// caller's access predicate; writes insert, or close an open row once.
@Injectable()
export class OversightRepository {
  constructor(private readonly tx: TransactionHost) {}

  // One entry per subject (young person or school pupil) of each log row (the access_log_entry view).
  private accessLog(ability: AppAbility, youngPersonId?: string) {
    const qb = this.tx.manager.getRepository(AccessLogEntryEntity).createQueryBuilder('al');
    if (youngPersonId) {
      // Both: the array test lets PostgreSQL use the GIN index on the rows' young_person_ids; the
      // unnested column picks the young person's entry out of each row.
      qb.where('al.young_person_ids @> ARRAY[CAST(:yp AS uuid)] AND al.young_person_id = :yp', { yp: youngPersonId });
    }
    return whereAccessible(qb, ability, 'read', ACCESS_LOG_MAPPING);
  }

  accessLogPage(
    ability: AppAbility,
    filter: AccessLogFilter,
    page: { first?: number; after?: string },
  ): Promise<Page<AccessLogEntryEntity>> {
    const qb = this.accessLog(ability, filter.youngPersonId);
    if (filter.userId) qb.andWhere('al.user_id = :user', { user: filter.userId });
    if (filter.organizationId) qb.andWhere('al.organization_id = :org', { org: filter.organizationId });
    if (filter.ground) qb.andWhere('al.ground = :ground', { ground: filter.ground });
    if (filter.subjectKind) qb.andWhere('al.subject_kind = :kind', { kind: filter.subjectKind });
    if (filter.schoolPupilId) {
      // As for a young person: the array test for the GIN index; the unnested column picks the
      // pupil's entry. A row written before the kind named its pupil in young_person_ids.
      qb.andWhere(
        '(al.school_pupil_ids @> ARRAY[CAST(:pupil AS uuid)] OR al.young_person_ids @> ARRAY[CAST(:pupil AS uuid)]) AND al.school_pupil_id = :pupil',
        { pupil: filter.schoolPupilId },
      );
    }
    if (filter.from) qb.andWhere('al.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('al.occurred_at < :to', { to: filter.to });
    return keysetPage(qb, page, { column: 'al.seq', value: (row) => row.seq, type: 'numeric', descending: true });
  }

  // The municipality's security events, newest first (the log reviewer).
  securityEventPage(
    ability: AppAbility,
    filter: SecurityEventFilter,
    page: { first?: number; after?: string },
  ): Promise<Page<SecurityEventEntity>> {
    const qb = whereAccessible(
      this.tx.manager.getRepository(SecurityEventEntity).createQueryBuilder('se'),
      ability,
      'read',
      SECURITY_EVENT_MAPPING,
    );
    if (filter.kinds && filter.kinds.length > 0) qb.andWhere('se.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.userId) qb.andWhere('se.user_id = :user', { user: filter.userId });
    if (filter.accountKey) qb.andWhere('se.account_key = :account', { account: filter.accountKey });
    if (filter.clientAddress) qb.andWhere('se.client_address = :address', { address: filter.clientAddress });
    if (filter.from) qb.andWhere('se.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('se.occurred_at < :to', { to: filter.to });
    return keysetPage(qb, page, { column: 'se.seq', value: (row) => row.seq, type: 'numeric', descending: true });
  }

  // Every read of one young person, oldest first (for the young person's own export).
  accessLogOfYoungPerson(ability: AppAbility, youngPersonId: string): Promise<AccessLogEntryEntity[]> {
    return this.accessLog(ability, youngPersonId).orderBy('al.seq', 'ASC').getMany();
  }

  // The anomaly rules of log review over one period, each a grouped scan of the period's rows:
  // reads on no ordinary ground (emergency access or none) per user and young person; bulk
  // reads (more distinct young people in one hour than the threshold) per user and hour; and
  // reads outside working hours per user and local day.
  async anomalies(ability: AppAbility, from: Date, to: Date, bulkThreshold: number): Promise<AnomalyRow[]> {
    const period = (qb: ReturnType<OversightRepository['accessLog']>) =>
      qb.andWhere('al.occurred_at >= :from AND al.occurred_at < :to', { from, to });
    const outside = await period(this.accessLog(ability))
      .select('al.user_id', 'user_id')
      .addSelect('al.young_person_id', 'young_person_id')
      .addSelect('min(al.occurred_at)', 'period_from')
      .addSelect('max(al.occurred_at)', 'period_to')
      .addSelect('count(*)', 'reads')
      .addSelect('1', 'young_people')
      .andWhere("al.ground IN ('NONE', 'EMERGENCY_ACCESS')")
      .groupBy('al.user_id')
      .addGroupBy('al.young_person_id')
      .orderBy('period_from')
      .getRawMany<RawAnomaly>();
    const bulk = await period(this.accessLog(ability))
      .select('al.user_id', 'user_id')
      .addSelect("date_trunc('hour', al.occurred_at)", 'period_from')
      .addSelect("date_trunc('hour', al.occurred_at) + interval '1 hour'", 'period_to')
      .addSelect('count(*)', 'reads')
      // Subjects, young people and school pupils alike: a bulk read of pupils is one too.
      .addSelect('count(DISTINCT al.subject_id)', 'young_people')
      .groupBy('al.user_id')
      .addGroupBy("date_trunc('hour', al.occurred_at)")
      .having('count(DISTINCT al.subject_id) > :threshold', { threshold: bulkThreshold })
      .orderBy('period_from')
      .getRawMany<RawAnomaly>();
    const afterHours = await period(this.accessLog(ability))
      .select('al.user_id', 'user_id')
      .addSelect('min(al.occurred_at)', 'period_from')
      .addSelect('max(al.occurred_at)', 'period_to')
      .addSelect('count(*)', 'reads')
      .addSelect('count(DISTINCT al.subject_id)', 'young_people')
      .andWhere(
        `(extract(isodow FROM ${LOCAL_TIME}) >= 6 OR ${LOCAL_TIME}::time < '07:00' OR ${LOCAL_TIME}::time >= '19:00')`,
      )
      .groupBy('al.user_id')
      .addGroupBy(`${LOCAL_TIME}::date`)
      .orderBy('period_from')
      .getRawMany<RawAnomaly>();
    const rows = (rule: AccessReviewKind, raw: RawAnomaly[]): AnomalyRow[] =>
      raw.map((r) => ({
        rule,
        userId: r.user_id,
        youngPersonId: r.young_person_id ?? null,
        periodFrom: r.period_from,
        periodTo: r.period_to,
        reads: Number(r.reads),
        youngPeople: Number(r.young_people),
      }));
    return [
      ...rows(AccessReviewKind.OUTSIDE_GROUNDS, outside),
      ...rows(AccessReviewKind.BULK_READ, bulk),
      ...rows(AccessReviewKind.AFTER_HOURS, afterHours),
    ];
  }

  // A random sample of one month's reads (the month in Swedish time) that stays the same for
  // that month: ordered by a hash of the row's random id and the month, so two reviewers (or one
  // reviewer coming back) see the same sample, and nobody can predict which reads it holds.
  sample(ability: AppAbility, month: string, size: number): Promise<AccessLogEntryEntity[]> {
    const start = 'CAST(:monthStart AS timestamp)';
    return this.accessLog(ability)
      .andWhere(`al.occurred_at >= (${start} AT TIME ZONE 'Europe/Stockholm')`)
      .andWhere(`al.occurred_at < ((${start} + interval '1 month') AT TIME ZONE 'Europe/Stockholm')`)
      .setParameter('monthStart', `${month}-01 00:00:00`)
      .orderBy("md5(al.id::text || ':' || :month)")
      .setParameter('month', month)
      .limit(size)
      .getMany();
  }

  // --- Emergency access ---

  insertEmergencyAccess(values: Omit<EmergencyAccessEntity, 'id' | 'createdAt'>): Promise<EmergencyAccessEntity> {
    const repo = this.tx.manager.getRepository(EmergencyAccessEntity);
    return repo.save(repo.create(values));
  }

  // Serialises starts of an emergency access by one membership to one young person until the
  // transaction ends, so two concurrent starts cannot both find none running.
  async lockEmergencyStart(membershipId: string, youngPersonId: string): Promise<void> {
    await this.tx.manager.query("SELECT pg_advisory_xact_lock(hashtextextended('emergency:' || $1 || $2, 0))", [
      membershipId,
      youngPersonId,
    ]);
  }

  // The membership's access to the young person that is still running, if any (no access
  // predicate: it decides whether a new one may start).
  activeEmergencyAccess(membershipId: string, youngPersonId: string, now: Date): Promise<EmergencyAccessEntity | null> {
    return this.tx.manager
      .getRepository(EmergencyAccessEntity)
      .createQueryBuilder('ea')
      .where('ea.membership_id = :membershipId AND ea.young_person_id = :youngPersonId', {
        membershipId,
        youngPersonId,
      })
      .andWhere('ea.ended_at IS NULL AND ea.expires_at > :now', { now })
      .getOne();
  }

  private emergencyAccesses(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(EmergencyAccessEntity).createQueryBuilder('ea');
    return whereAccessible(qb, ability, action, EMERGENCY_ACCESS_MAPPING);
  }

  findEmergencyAccess(ability: AppAbility, id: string, action: 'read' | 'update' = 'read') {
    return this.emergencyAccesses(ability, action).andWhere('ea.id = :id', { id }).getOne();
  }

  // The emergency accesses of a page of reviews, in one statement under the same predicate.
  emergencyAccessesByIds(ability: AppAbility, ids: readonly string[]): Promise<EmergencyAccessEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.emergencyAccesses(ability)
      .andWhere('ea.id IN (:...ids)', { ids: [...ids] })
      .getMany();
  }

  emergencyAccessPage(
    ability: AppAbility,
    filter: { userId?: string; youngPersonId?: string; activeOnly?: boolean },
    page: { first?: number; after?: string },
    now: Date,
  ): Promise<Page<EmergencyAccessEntity>> {
    const qb = this.emergencyAccesses(ability);
    if (filter.userId) qb.andWhere('ea.user_id = :user', { user: filter.userId });
    if (filter.youngPersonId) qb.andWhere('ea.young_person_id = :yp', { yp: filter.youngPersonId });
    if (filter.activeOnly) qb.andWhere('ea.ended_at IS NULL AND ea.expires_at > :now', { now });
    return keysetPage(qb, page, {
      column: 'ea.started_at',
      value: (row) => row.startedAt.toISOString(),
      type: 'timestamptz',
      descending: true,
    });
  }

  // Ends a running access early: false when it had already ended.
  async endEmergencyAccess(id: string, at: Date): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(EmergencyAccessEntity)
      .set({ endedAt: at })
      .where('id = :id AND ended_at IS NULL AND expires_at > :at', { id, at })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  // --- Reviews ---

  insertReview(values: Omit<AccessReviewEntity, 'id' | 'createdAt'>): Promise<AccessReviewEntity> {
    const repo = this.tx.manager.getRepository(AccessReviewEntity);
    return repo.save(repo.create(values));
  }

  private reviews(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(AccessReviewEntity).createQueryBuilder('rv');
    return whereAccessible(qb, ability, action, ACCESS_REVIEW_MAPPING);
  }

  findReview(ability: AppAbility, id: string, action: 'read' | 'update' = 'read'): Promise<AccessReviewEntity | null> {
    return this.reviews(ability, action).andWhere('rv.id = :id', { id }).getOne();
  }

  reviewPage(
    ability: AppAbility,
    filter: { status?: AccessReviewStatus; kind?: AccessReviewKind; accessLogIds?: string[] },
    page: { first?: number; after?: string },
  ): Promise<Page<AccessReviewEntity>> {
    const qb = this.reviews(ability);
    if (filter.status) qb.andWhere('rv.status = :status', { status: filter.status });
    if (filter.kind) qb.andWhere('rv.kind = :kind', { kind: filter.kind });
    // Still through the access predicate above (`reviews(ability)`); ANY takes an empty list too.
    if (filter.accessLogIds) {
      qb.andWhere('rv.access_log_id = ANY(CAST(:accessLogIds AS uuid[]))', { accessLogIds: filter.accessLogIds });
    }
    return keysetPage(qb, page, {
      column: 'rv.opened_at',
      value: (row) => row.openedAt.toISOString(),
      type: 'timestamptz',
    });
  }

  // Reviews whose period overlaps the given one (to show which anomalies already have one).
  reviewsOverlapping(ability: AppAbility, from: Date, to: Date): Promise<AccessReviewEntity[]> {
    return this.reviews(ability).andWhere('rv.period_from <= :to AND rv.period_to >= :from', { from, to }).getMany();
  }

  // Closes an open review with its outcome: false when it was already closed (one wins).
  async closeReview(
    id: string,
    values: { outcome: AccessReviewOutcome; outcomeNote: string | null; reviewedById: string; reviewedAt: Date },
  ): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(AccessReviewEntity)
      .set({ ...values, status: AccessReviewStatus.CLOSED })
      .where('id = :id AND status = :open', { id, open: AccessReviewStatus.OPEN })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
