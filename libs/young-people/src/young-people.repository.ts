import { Injectable } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import {
  accessibleRows,
  accessPredicate,
  whereAccessible,
  type AppAbility,
  type SqlFragment,
  type SubjectMapping,
} from '@app/core/authz';
import { addOrder, jsonHydrator, orderSql, TransactionHost, type SqlOrder } from '@app/core/database';
import {
  decodeTypedCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  keysetPage,
  onePassRows,
  type Page,
} from '@app/core/graphql';

import { ContactAttemptEntity } from './entities/contact-attempt.entity';
import { EnrollmentStatusChangeEntity } from './entities/enrollment-status-change.entity';
import { GuardianEntity } from './entities/guardian.entity';
import { KaaEnrollmentEntity } from './entities/kaa-enrollment.entity';
import { OccupationEntity } from './entities/occupation.entity';
import { ReminderEntity } from './entities/reminder.entity';
import { YoungPersonEntity } from './entities/young-person.entity';
import { EnrollmentStatus } from './young-people.enums';
import {
  CONTACT_ATTEMPT_MAPPING,
  GUARDIAN_MAPPING,
  KAA_ENROLLMENT_MAPPING,
  OCCUPATION_MAPPING,
  REMINDER_MAPPING,
  YOUNG_PERSON_MAPPING,
} from './young-people.sql-mapping';

export interface ImportSnapshotRow {
  personalIdentityNumber: string;
  youngPersonId: string | null;
  youngPersonVersion: number | null;
  kaaUnitId: string | null;
  givenName: string | null;
  familyName: string | null;
  coordinatorId: string | null;
  enrollmentId: string | null;
  enrollmentVersion: number | null;
  status: string | null;
  elsewhere: boolean;
}

export enum CaseloadSort {
  NAME = 'NAME',
  LAST_CONTACT = 'LAST_CONTACT',
  TWENTIETH_BIRTHDAY = 'TWENTIETH_BIRTHDAY',
  REGISTERED_ON = 'REGISTERED_ON',
}

// The direction a caseload is sorted in. Descending is the ascending order reversed exactly
// (the id tie-break too), so keyset paging stays exact either way.
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export interface ConsentUse {
  grants: Array<{ consentId: string; category: string; validFrom: string; validTo: string }>;
  withheld: string[];
}

// Who a search or caseload filter is for, to decide whose protection marking they may know.
export interface MarkingViewer {
  userId: string;
  emergencyYoungPersonIds: readonly string[];
}

export interface CaseloadQuery {
  // The caller's day (Principal.today): ages and due follow-ups are judged on it, never on the
  // database server's CURRENT_DATE (a UTC day, and outside the api's clock).
  today: string;
  viewer: MarkingViewer;
  statuses?: EnrollmentStatus[];
  minAge?: number;
  maxAge?: number;
  noContactSince?: Date;
  protectedIdentity?: boolean;
  hasOpenMeasure?: boolean;
  followUpDue?: boolean;
  coordinatorId?: string;
  unassigned?: boolean;
  sort?: CaseloadSort;
  direction?: SortDirection;
  first?: number;
  after?: string;
}

// Sort keys as SQL expressions with the type their cursor value is read back as. Every key is
// followed by the id, so the order is total and the keyset is exact.
const SORT_KEYS: Readonly<Record<CaseloadSort, { sql: string; type: 'text' | 'date' | 'numeric' }>> = {
  [CaseloadSort.NAME]: { sql: `(yp.family_name || ' ' || yp.given_name)`, type: 'text' },
  // Never contacted first, then the longest since.
  [CaseloadSort.LAST_CONTACT]: { sql: `COALESCE(EXTRACT(EPOCH FROM yp.last_contact_at), 0)`, type: 'numeric' },
  [CaseloadSort.TWENTIETH_BIRTHDAY]: { sql: 'yp.date_of_birth', type: 'date' },
  [CaseloadSort.REGISTERED_ON]: { sql: 'e.registered_on', type: 'date' },
};

type CaseloadRaw = { sort_key: string } & Record<`pf_${number}`, unknown>;

// Parts of its rows that a caseload page statement carries (CaseloadPrefetch), by field.
export type CaseloadExtras = ReadonlyArray<{ field: string; select: SqlFragment }>;

// A caseload page with each carried part's JSON value per listed young person, by field.
export interface CaseloadPage extends Page<YoungPersonEntity> {
  prefetched: ReadonlyMap<string, ReadonlyMap<string, unknown>>;
}

export interface CoordinatorLoadRow {
  coordinatorId: string | null;
  youngPeople: number;
  notContacted: number;
  withoutRecentContact: number;
}

// Which contact attempt is a young person's latest: the one that happened last, the greater id
// breaking a tie. For the caseload page's subquery and the loader's DISTINCT ON alike.
const latestContactFirst = (alias: string): SqlOrder => [
  [`${alias}.occurred_at`, 'DESC'],
  [`${alias}.id`, 'DESC'],
];

// All SQL for young people and the facts on them. Every read ANDs the caller's compiled access
// predicate into the statement (lists, counts, loader batches and single rows alike).
@Injectable()
export class YoungPeopleRepository {
  constructor(private readonly tx: TransactionHost) {}

  private people(ability: AppAbility, action: 'read' | 'update' | 'assign' = 'read') {
    const qb = this.tx.manager.getRepository(YoungPersonEntity).createQueryBuilder('yp');
    return whereAccessible(qb, ability, action, YOUNG_PERSON_MAPPING);
  }

  // Rows (alias yp) whose protection marking the reader may know, as the mapper decides it
  // (viewerAccess): those the reader may change (the KAA unit working the case), those naming the
  // reader, and those under the reader's emergency access. Searches find a protected record only
  // here, and the caseload's protectedIdentity filter looks only here, so neither tells anyone
  // else who is protected.
  private markingKnown(ability: AppAbility, viewer: MarkingViewer): { sql: string; params: Record<string, unknown> } {
    const update = accessPredicate(ability, 'update', YOUNG_PERSON_MAPPING, 'yp');
    return {
      sql: `(${update.sql} OR CAST(:markingViewer AS uuid) = ANY(yp.protected_named_user_ids) OR yp.id = ANY(CAST(:markingEmergency AS uuid[])))`,
      params: {
        ...update.params,
        markingViewer: viewer.userId,
        markingEmergency: [...viewer.emergencyYoungPersonIds],
      },
    };
  }

  private facts<T extends ObjectLiteral>(
    entity: new () => T,
    alias: string,
    ability: AppAbility,
    mapping: SubjectMapping,
  ): SelectQueryBuilder<T> {
    return whereAccessible(this.tx.manager.getRepository(entity).createQueryBuilder(alias), ability, 'read', mapping);
  }

  private rows(
    ability: AppAbility,
    action: 'read' | 'update' | 'assign',
    condition: string,
    params: Record<string, unknown>,
  ): Promise<YoungPersonEntity[]> {
    const access = { ability, action, mapping: YOUNG_PERSON_MAPPING };
    return accessibleRows(this.tx.manager, YoungPersonEntity, 'yp', access, condition, params);
  }

  async findOne(
    ability: AppAbility,
    id: string,
    action: 'read' | 'update' | 'assign' = 'read',
  ): Promise<YoungPersonEntity | null> {
    const [row] = await this.rows(ability, action, 'yp.id = :id', { id });
    return row ?? null;
  }

  findMany(ability: AppAbility, ids: readonly string[]): Promise<YoungPersonEntity[]> {
    return this.rows(ability, 'read', 'yp.id = ANY(CAST(:ids AS uuid[]))', { ids });
  }

  // Existence within the municipality regardless of who may read the record: duplicate
  // detection must see records of other caseloads. Only a boolean leaves this method.
  async identityNumberTaken(municipalityId: string, personalIdentityNumber: string): Promise<boolean> {
    const count = await this.tx.manager
      .getRepository(YoungPersonEntity)
      .count({ where: { municipalityId, personalIdentityNumber } });
    return count > 0;
  }

  // The register as an import compares it (libs/register-import): for each identity number of
  // the municipality, the young person's unit, names, coordinator and versions and their open
  // registration. It reads regardless of access because the import's caller (a team lead) is
  // told only what would change, never the values; `elsewhere` marks numbers with an open
  // registration in another municipality (a hand-over, not a second registration).
  async importSnapshot(
    municipalityId: string,
    personalIdentityNumbers: readonly string[],
  ): Promise<ImportSnapshotRow[]> {
    if (personalIdentityNumbers.length === 0) return [];
    return this.tx.manager.query<ImportSnapshotRow[]>(
      `SELECT p.pnr AS "personalIdentityNumber", yp.id AS "youngPersonId", yp.version AS "youngPersonVersion",
              yp.kaa_unit_id AS "kaaUnitId", yp.given_name AS "givenName", yp.family_name AS "familyName",
              yp.coordinator_id AS "coordinatorId", e.id AS "enrollmentId", e.version AS "enrollmentVersion",
              e.status::text AS "status",
              EXISTS (SELECT 1 FROM young_person o JOIN kaa_enrollment oe ON oe.young_person_id = o.id AND oe.ended_on IS NULL
                       WHERE o.personal_identity_number = p.pnr AND o.municipality_id <> $1) AS "elsewhere"
         FROM unnest($2::bpchar[]) AS p(pnr)
         LEFT JOIN young_person yp ON yp.municipality_id = $1 AND yp.personal_identity_number = p.pnr
         LEFT JOIN kaa_enrollment e ON e.young_person_id = yp.id AND e.ended_on IS NULL`,
      [municipalityId, personalIdentityNumbers],
    );
  }

  // Existence within the municipality regardless of access, for opening an emergency access
  // (whose point is to reach a record the user cannot otherwise read). Only a boolean leaves.
  async existsInMunicipality(municipalityId: string, id: string): Promise<boolean> {
    const count = await this.tx.manager.getRepository(YoungPersonEntity).count({ where: { municipalityId, id } });
    return count > 0;
  }

  // Search by identity number (exact) or name (prefix of given or family name). Records with
  // protected identity appear only for the users named on them.
  search(
    ability: AppAbility,
    viewer: MarkingViewer,
    args: { personalIdentityNumber?: string; name?: string; first?: number; after?: string },
  ): Promise<Page<YoungPersonEntity>> {
    const marking = this.markingKnown(ability, viewer);
    const query = this.people(ability).andWhere(`(NOT yp.protected_identity OR ${marking.sql})`, marking.params);
    if (args.personalIdentityNumber) {
      query.andWhere('yp.personal_identity_number = :pin', { pin: args.personalIdentityNumber });
    }
    if (args.name) {
      const prefix = `${args.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere(
        "(yp.family_name ILIKE :prefix OR yp.given_name ILIKE :prefix OR (yp.given_name || ' ' || yp.family_name) ILIKE :prefix)",
        { prefix },
      );
    }
    return keysetPage(query, args, {
      column: `(yp.family_name || ' ' || yp.given_name)`,
      value: (row) => `${row.familyName} ${row.givenName}`,
    });
  }

  // The caller's caseload: young people with an open registration that the caller may read,
  // filtered and sorted in SQL and paged by keyset.
  async caseload(ability: AppAbility, args: CaseloadQuery, extras: CaseloadExtras = []): Promise<CaseloadPage> {
    const query = this.caseloadQuery(ability, args);
    const sort = SORT_KEYS[args.sort ?? CaseloadSort.NAME];
    const first = args.first ?? DEFAULT_PAGE_SIZE;
    const descending = args.direction === SortDirection.DESC;
    const order = descending ? 'DESC' : 'ASC';
    const page = query.clone().orderBy(sort.sql, order).addOrderBy('yp.id', order);
    if (args.after) {
      // A cursor is the last row's (key, id): the next page lies past it in the page's direction.
      const [key, lastId] = decodeTypedCursor(args.after, sort.type);
      const past = descending ? '<' : '>';
      page.andWhere(`(${sort.sql}, yp.id) ${past} (CAST(:cursorKey AS ${sort.type}), CAST(:cursorId AS uuid))`, {
        cursorKey: key,
        cursorId: lastId,
      });
    }
    // The coordinator opens this page dozens of times a day, so it is one statement with its
    // total (onePassRows). The parts of the rows that the query shows travel beside them as JSON,
    // each under its own access predicate, exactly what the loaders would return, so a page
    // costs the same statements whatever its rows show (docs/PERFORMANCE.md). The join to the
    // open registration is one-to-one (a unique index), so the page's LIMIT counts young people.
    const { raw, totalCount } = await onePassRows<YoungPersonEntity, CaseloadRaw>(query, page, {
      first,
      afterCursor: Boolean(args.after),
      counted: true,
      extraSelects: [
        { sql: `(${sort.sql})::text`, alias: 'sort_key' },
        ...extras.map((extra, index) => ({ sql: extra.select.sql, alias: `pf_${index}`, params: extra.select.params })),
      ],
    });
    const hydrate = jsonHydrator(this.tx.manager, YoungPersonEntity);
    const rows = raw.slice(0, first);
    const nodes = rows.map((row) => hydrate(row.page_row));
    const last = rows[rows.length - 1];
    const lastNode = nodes[nodes.length - 1];
    const prefetched = new Map(extras.map((extra) => [extra.field, new Map<string, unknown>()]));
    nodes.forEach((node, index) => {
      extras.forEach((extra, i) => prefetched.get(extra.field)?.set(node.id, rows[index]?.[`pf_${i}`] ?? null));
    });
    return {
      nodes,
      totalCount,
      pageInfo: {
        hasNextPage: raw.length > first,
        endCursor: last && lastNode ? encodeCursor([last.sort_key, lastNode.id]) : null,
      },
      prefetched,
    };
  }

  // The open registration of a caseload page's row (the page joins it as `e`), as to_json or
  // NULL where the caller may not read it: what openEnrollments returns for it.
  openEnrollmentOfPageRow(ability: AppAbility): SqlFragment {
    const rule = accessPredicate(ability, 'read', KAA_ENROLLMENT_MAPPING, 'e');
    return { sql: `CASE WHEN ${rule.sql} THEN to_json(e) END`, params: rule.params };
  }

  // The latest contact attempt of a caseload page's row (its young person is `yp`), as to_json
  // or NULL: what latestContacts returns for it.
  latestContactOfPageRow(ability: AppAbility): SqlFragment {
    const rule = accessPredicate(ability, 'read', CONTACT_ATTEMPT_MAPPING, 'pf_c');
    return {
      sql: `(SELECT to_json(pf_c) FROM contact_attempt pf_c
              WHERE pf_c.municipality_id = yp.municipality_id AND pf_c.young_person_id = yp.id AND ${rule.sql}
              ORDER BY ${orderSql(latestContactFirst('pf_c'))} LIMIT 1)`,
      params: rule.params,
    };
  }

  async caseloadStatusCounts(
    ability: AppAbility,
    args: CaseloadQuery,
  ): Promise<Array<{ status: EnrollmentStatus; count: number }>> {
    const rows = await this.caseloadQuery(ability, { ...args, statuses: undefined })
      .select('e.status', 'status')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('e.status')
      .orderBy('e.status')
      .getRawMany<{ status: EnrollmentStatus; count: number }>();
    return rows;
  }

  // Load per coordinator over everything the caller may read (the team lead: the unit).
  coordinatorLoad(
    ability: AppAbility,
    viewer: MarkingViewer & { today: string },
    contactedSince: Date,
  ): Promise<CoordinatorLoadRow[]> {
    return this.caseloadQuery(ability, { today: viewer.today, viewer })
      .select('yp.coordinator_id', 'coordinatorId')
      .addSelect('COUNT(*)::int', 'youngPeople')
      .addSelect(`COUNT(*) FILTER (WHERE e.status = :notContacted)::int`, 'notContacted')
      .addSelect(
        `COUNT(*) FILTER (WHERE yp.last_contact_at IS NULL OR yp.last_contact_at < :since)::int`,
        'withoutRecentContact',
      )
      .setParameters({ notContacted: EnrollmentStatus.NOT_CONTACTED, since: contactedSince })
      .groupBy('yp.coordinator_id')
      .orderBy('"youngPeople"', 'DESC')
      .getRawMany<CoordinatorLoadRow>();
  }

  private caseloadQuery(ability: AppAbility, args: CaseloadQuery): SelectQueryBuilder<YoungPersonEntity> {
    const query = this.people(ability).innerJoin(
      KaaEnrollmentEntity,
      'e',
      'e.young_person_id = yp.id AND e.ended_on IS NULL',
    );
    if (args.statuses?.length) query.andWhere('e.status IN (:...statuses)', { statuses: args.statuses });
    // Age in whole years today: born on or before today minus N years means at least N.
    if (args.minAge !== undefined) {
      query.andWhere(`yp.date_of_birth <= (:today::date - make_interval(years => :minAge))::date`, {
        minAge: args.minAge,
        today: args.today,
      });
    }
    if (args.maxAge !== undefined) {
      query.andWhere(`yp.date_of_birth > (:today::date - make_interval(years => :maxAgePlusOne))::date`, {
        maxAgePlusOne: args.maxAge + 1,
        today: args.today,
      });
    }
    if (args.noContactSince) {
      query.andWhere('(yp.last_contact_at IS NULL OR yp.last_contact_at < :noContactSince)', {
        noContactSince: args.noContactSince,
      });
    }
    if (args.protectedIdentity !== undefined) {
      const marking = this.markingKnown(ability, args.viewer);
      query.andWhere(`(yp.protected_identity = :protectedIdentity AND ${marking.sql})`, {
        protectedIdentity: args.protectedIdentity,
        ...marking.params,
      });
    }
    // Measures and plans live in their own libraries, which build on this one; the caseload
    // names their tables here (a read across the case) rather than depending on them.
    if (args.hasOpenMeasure !== undefined) {
      query.andWhere(
        `${args.hasOpenMeasure ? '' : 'NOT '}EXISTS (SELECT 1 FROM measure ms WHERE ms.young_person_id = yp.id AND ms.municipality_id = yp.municipality_id AND ms.status IN ('OFFERED', 'ACCEPTED', 'STARTED'))`,
      );
    }
    if (args.followUpDue) {
      query.andWhere(
        `(EXISTS (SELECT 1 FROM measure ms WHERE ms.young_person_id = yp.id AND ms.municipality_id = yp.municipality_id AND ms.status IN ('OFFERED', 'ACCEPTED', 'STARTED') AND ms.follow_up_on <= :today::date)
          OR EXISTS (SELECT 1 FROM action_plan ap JOIN action_plan_follow_up fu ON fu.plan_id = ap.id WHERE ap.young_person_id = yp.id AND ap.municipality_id = yp.municipality_id AND ap.status = 'ACTIVE' AND fu.held_on IS NULL AND fu.planned_on <= :today::date))`,
        { today: args.today },
      );
    }
    if (args.coordinatorId) query.andWhere('yp.coordinator_id = :coordinatorId', { coordinatorId: args.coordinatorId });
    if (args.unassigned) query.andWhere('yp.coordinator_id IS NULL');
    return query;
  }

  // --- Case facts, batched for DataLoaders; each batch carries the access predicate. ---

  openEnrollments(ability: AppAbility, youngPersonIds: readonly string[]): Promise<KaaEnrollmentEntity[]> {
    return this.facts(KaaEnrollmentEntity, 'e', ability, KAA_ENROLLMENT_MAPPING)
      .andWhere('e.young_person_id IN (:...ids) AND e.ended_on IS NULL', { ids: youngPersonIds })
      .getMany();
  }

  latestContacts(ability: AppAbility, youngPersonIds: readonly string[]): Promise<ContactAttemptEntity[]> {
    const query = this.facts(ContactAttemptEntity, 'c', ability, CONTACT_ATTEMPT_MAPPING)
      .andWhere('c.young_person_id IN (:...ids)', { ids: youngPersonIds })
      .distinctOn(['c.young_person_id'])
      .orderBy('c.young_person_id');
    return addOrder(query, latestContactFirst('c')).getMany();
  }

  guardians(ability: AppAbility, youngPersonIds: readonly string[]): Promise<GuardianEntity[]> {
    return this.facts(GuardianEntity, 'g', ability, GUARDIAN_MAPPING)
      .andWhere('g.young_person_id IN (:...ids)', { ids: youngPersonIds })
      .orderBy('g.created_at')
      .addOrderBy('g.id')
      .getMany();
  }

  // The latest occupation of each kind (previous, current, planned) per young person.
  currentOccupations(ability: AppAbility, youngPersonIds: readonly string[]): Promise<OccupationEntity[]> {
    return this.facts(OccupationEntity, 'o', ability, OCCUPATION_MAPPING)
      .andWhere('o.young_person_id IN (:...ids)', { ids: youngPersonIds })
      .distinctOn(['o.young_person_id', 'o.kind'])
      .orderBy('o.young_person_id')
      .addOrderBy('o.kind')
      .addOrderBy('o.valid_from', 'DESC')
      .addOrderBy('o.created_at', 'DESC')
      .getMany();
  }

  // --- Histories of one young person (a single parent: no batching needed). ---

  enrollmentHistory(ability: AppAbility, youngPersonId: string): Promise<KaaEnrollmentEntity[]> {
    return this.facts(KaaEnrollmentEntity, 'e', ability, KAA_ENROLLMENT_MAPPING)
      .andWhere('e.young_person_id = :youngPersonId', { youngPersonId })
      .orderBy('e.registered_on', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .getMany();
  }

  findEnrollment(ability: AppAbility, id: string): Promise<KaaEnrollmentEntity | null> {
    return this.facts(KaaEnrollmentEntity, 'e', ability, KAA_ENROLLMENT_MAPPING)
      .andWhere('e.id = :id', { id })
      .getOne();
  }

  // Status history of registrations the caller may read.
  async statusChanges(ability: AppAbility, enrollmentIds: readonly string[]): Promise<EnrollmentStatusChangeEntity[]> {
    if (enrollmentIds.length === 0) return [];
    const readable = this.facts(KaaEnrollmentEntity, 'e', ability, KAA_ENROLLMENT_MAPPING)
      .select('e.id')
      .andWhere('e.id IN (:...enrollmentIds)', { enrollmentIds });
    return this.tx.manager
      .getRepository(EnrollmentStatusChangeEntity)
      .createQueryBuilder('s')
      .where(`s.enrollment_id IN (${readable.getQuery()})`)
      .setParameters(readable.getParameters())
      .orderBy('s.changed_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  occupationHistory(ability: AppAbility, youngPersonId: string): Promise<OccupationEntity[]> {
    return this.facts(OccupationEntity, 'o', ability, OCCUPATION_MAPPING)
      .andWhere('o.young_person_id = :youngPersonId', { youngPersonId })
      .orderBy('o.valid_from', 'DESC')
      .addOrderBy('o.created_at', 'DESC')
      .getMany();
  }

  // Every contact attempt of one young person, oldest first (a bounded set: one person's case).
  allContactAttempts(ability: AppAbility, youngPersonId: string): Promise<ContactAttemptEntity[]> {
    return this.facts(ContactAttemptEntity, 'c', ability, CONTACT_ATTEMPT_MAPPING)
      .andWhere('c.young_person_id = :youngPersonId', { youngPersonId })
      .orderBy('c.occurred_at')
      .addOrderBy('c.id')
      .getMany();
  }

  contactAttempts(
    ability: AppAbility,
    args: { youngPersonId?: string; performedById?: string; first?: number; after?: string },
  ): Promise<Page<ContactAttemptEntity>> {
    const query = this.facts(ContactAttemptEntity, 'c', ability, CONTACT_ATTEMPT_MAPPING);
    if (args.youngPersonId) query.andWhere('c.young_person_id = :youngPersonId', { youngPersonId: args.youngPersonId });
    if (args.performedById) query.andWhere('c.performed_by_id = :performedById', { performedById: args.performedById });
    // Newest first.
    return keysetPage(query, args, {
      column: 'c.occurred_at',
      type: 'timestamptz',
      value: (row) => row.occurredAt.toISOString(),
      descending: true,
    });
  }

  // Reminders on young people the caller may read, the earliest due first.
  reminders(
    ability: AppAbility,
    args: { includeAcknowledged?: boolean; first?: number; after?: string },
  ): Promise<Page<ReminderEntity>> {
    const query = this.facts(ReminderEntity, 'r', ability, REMINDER_MAPPING);
    if (!args.includeAcknowledged) query.andWhere('r.acknowledged_at IS NULL');
    return keysetPage(query, args, { column: 'r.due_on', type: 'date', value: (row) => row.dueOn });
  }

  findReminder(ability: AppAbility, id: string): Promise<ReminderEntity | null> {
    return this.facts(ReminderEntity, 'r', ability, REMINDER_MAPPING).andWhere('r.id = :id', { id }).getOne();
  }

  // Only an open reminder is acknowledged; false when someone else already did.
  async acknowledgeReminder(
    municipalityId: string,
    id: string,
    userId: string,
    acknowledgedAt: Date,
  ): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(ReminderEntity)
      .set({ acknowledgedAt, acknowledgedById: userId })
      .where('id = :id AND municipality_id = :municipalityId AND acknowledged_at IS NULL', { id, municipalityId })
      .execute();
    return result.affected === 1;
  }

  // The categories each young person's active consents grant the organisation (consent_grant
  // belongs to the consents library, which builds on this one).
  async grantedCategories(
    organizationId: string,
    youngPersonIds: readonly string[],
    today: string,
  ): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>(youngPersonIds.map((id) => [id, new Set<string>()]));
    if (youngPersonIds.length === 0) return result;
    const rows = await this.tx.manager.query<Array<{ young_person_id: string; category: string }>>(
      `SELECT DISTINCT young_person_id, category::text AS category FROM consent_grant
        WHERE organization_id = $1 AND young_person_id = ANY($2::uuid[]) AND revoked_at IS NULL
          AND valid_from <= $3::date AND valid_to >= $3::date`,
      [organizationId, [...youngPersonIds], today],
    );
    for (const row of rows) result.get(row.young_person_id)?.add(row.category);
    return result;
  }

  // What the organisation reads each young person under, for YoungPerson.readAccess: its consent
  // grants in force on `today` (by consent) and the categories the young person withholds from it.
  // One statement for a page of young people.
  async consentUse(
    organizationId: string,
    youngPersonIds: readonly string[],
    today: string,
  ): Promise<Map<string, ConsentUse>> {
    const result = new Map<string, ConsentUse>(youngPersonIds.map((id) => [id, { grants: [], withheld: [] }]));
    if (youngPersonIds.length === 0) return result;
    const rows = await this.tx.manager.query<
      Array<{
        young_person_id: string;
        kind: 'GRANT' | 'REFUSAL';
        consent_id: string | null;
        category: string;
        valid_from: string | null;
        valid_to: string | null;
      }>
    >(
      `SELECT young_person_id, 'GRANT' AS kind, consent_id, category::text AS category,
              valid_from::text AS valid_from, valid_to::text AS valid_to
         FROM consent_grant
        WHERE organization_id = $1 AND young_person_id = ANY($2::uuid[]) AND revoked_at IS NULL
          AND valid_from <= $3::date AND valid_to >= $3::date
       UNION ALL
       SELECT young_person_id, 'REFUSAL', NULL, category::text, NULL, NULL
         FROM consent_refusal
        WHERE organization_id = $1 AND young_person_id = ANY($2::uuid[]) AND lifted_at IS NULL
        ORDER BY 1, 3, 4`,
      [organizationId, [...youngPersonIds], today],
    );
    for (const row of rows) {
      const use = result.get(row.young_person_id);
      if (!use) continue;
      if (row.kind === 'REFUSAL') use.withheld.push(row.category);
      else if (row.consent_id && row.valid_from && row.valid_to) {
        use.grants.push({
          consentId: row.consent_id,
          category: row.category,
          validFrom: row.valid_from,
          validTo: row.valid_to,
        });
      }
    }
    return result;
  }

  // --- Writes (inside the mutation's transaction). ---

  async insertYoungPerson(
    values: Omit<YoungPersonEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'> & { id?: string },
  ) {
    const repo = this.tx.manager.getRepository(YoungPersonEntity);
    return repo.save(repo.create(values));
  }

  // Explicit optimistic lock (TypeORM's save() would overwrite a newer row, perf-security T19).
  async updateYoungPersonIfVersion(
    municipalityId: string,
    id: string,
    version: number,
    patch: Partial<
      Pick<
        YoungPersonEntity,
        | 'givenName'
        | 'familyName'
        | 'phone'
        | 'email'
        | 'streetAddress'
        | 'postalCode'
        | 'city'
        | 'protectedIdentity'
        | 'protectedNamedUserIds'
        | 'kaaUnitId'
        | 'coordinatorId'
      >
    >,
  ): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(YoungPersonEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND municipality_id = :municipalityId AND version = :version', { id, municipalityId, version })
      .execute();
    return result.affected === 1;
  }

  async touchLastContact(municipalityId: string, id: string, occurredAt: Date): Promise<void> {
    await this.tx.manager
      .createQueryBuilder()
      .update(YoungPersonEntity)
      .set({ lastContactAt: () => 'GREATEST(last_contact_at, :occurredAt)' })
      .setParameter('occurredAt', occurredAt)
      .where('id = :id AND municipality_id = :municipalityId', { id, municipalityId })
      .execute();
  }

  // The guardians recorded now, with their personnummer (for the update to keep them).
  guardiansOf(
    municipalityId: string,
    youngPersonId: string,
  ): Promise<Array<Pick<GuardianEntity, 'name' | 'relation' | 'personalIdentityNumber'>>> {
    return this.tx.manager.getRepository(GuardianEntity).find({
      select: { name: true, relation: true, personalIdentityNumber: true },
      where: { municipalityId, youngPersonId },
    });
  }

  async replaceGuardians(
    municipalityId: string,
    youngPersonId: string,
    // A hand-over's package carries no guardian identity number (issue 19 added it later).
    guardians: Array<
      Pick<GuardianEntity, 'name' | 'relation' | 'phone' | 'email'> & { personalIdentityNumber?: string | null }
    >,
  ): Promise<void> {
    const repo = this.tx.manager.getRepository(GuardianEntity);
    await repo.delete({ municipalityId, youngPersonId });
    if (guardians.length > 0) {
      await repo.insert(guardians.map((g) => ({ ...g, municipalityId, youngPersonId })));
    }
  }

  async insertEnrollment(
    values: Pick<
      KaaEnrollmentEntity,
      'municipalityId' | 'youngPersonId' | 'registeredOn' | 'registrationReason' | 'status'
    >,
  ): Promise<KaaEnrollmentEntity> {
    const repo = this.tx.manager.getRepository(KaaEnrollmentEntity);
    return repo.save(repo.create({ ...values, endedOn: null, endReason: null }));
  }

  // Locks the open registration for the rest of the transaction, so two concurrent status
  // changes (a contact logged while someone ends the registration) are applied one after the
  // other and each sees the other's result.
  openEnrollmentForUpdate(municipalityId: string, youngPersonId: string): Promise<KaaEnrollmentEntity | null> {
    return this.tx.manager
      .getRepository(KaaEnrollmentEntity)
      .createQueryBuilder('e')
      .where('e.municipality_id = :municipalityId AND e.young_person_id = :youngPersonId AND e.ended_on IS NULL', {
        municipalityId,
        youngPersonId,
      })
      .setLock('pessimistic_write')
      .getOne();
  }

  // A change of an open registration (its status, its end), when the caller's version is current.
  updateEnrollmentIfVersion(
    municipalityId: string,
    id: string,
    version: number,
    patch: Partial<Pick<KaaEnrollmentEntity, 'status' | 'endedOn' | 'endReason'>>,
  ): Promise<KaaEnrollmentEntity | null> {
    return this.enrollmentIfVersion(municipalityId, id, version, patch, 'ended_on IS NULL');
  }

  // A correction of what was recorded about a registration, never a change of what happened, when
  // the caller's version is current: the reason it was made for (open or ended), or the reason an
  // ended one ended (only an ended registration has one to correct).
  correctEnrollmentIfVersion(
    municipalityId: string,
    id: string,
    version: number,
    patch: Pick<KaaEnrollmentEntity, 'registrationReason'> | Pick<KaaEnrollmentEntity, 'endReason'>,
  ): Promise<KaaEnrollmentEntity | null> {
    return this.enrollmentIfVersion(
      municipalityId,
      id,
      version,
      patch,
      'endReason' in patch ? 'ended_on IS NOT NULL' : 'TRUE',
    );
  }

  private async enrollmentIfVersion(
    municipalityId: string,
    id: string,
    version: number,
    patch: Partial<Pick<KaaEnrollmentEntity, 'status' | 'endedOn' | 'endReason' | 'registrationReason'>>,
    state: 'ended_on IS NULL' | 'ended_on IS NOT NULL' | 'TRUE',
  ): Promise<KaaEnrollmentEntity | null> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(KaaEnrollmentEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where(`id = :id AND municipality_id = :municipalityId AND version = :version AND ${state}`, {
        id,
        municipalityId,
        version,
      })
      .returning('id')
      .execute();
    if (result.affected !== 1) return null;
    return this.tx.manager.getRepository(KaaEnrollmentEntity).findOneByOrFail({ id, municipalityId });
  }

  async insertStatusChange(
    values: Pick<
      EnrollmentStatusChangeEntity,
      'municipalityId' | 'enrollmentId' | 'fromStatus' | 'toStatus' | 'cause' | 'changedById'
    >,
  ): Promise<void> {
    await this.tx.manager.getRepository(EnrollmentStatusChangeEntity).insert(values);
  }

  async insertOccupation(
    values: Pick<
      OccupationEntity,
      | 'municipalityId'
      | 'youngPersonId'
      | 'kind'
      | 'category'
      | 'validFrom'
      | 'source'
      | 'contactAttemptId'
      | 'recordedById'
    >,
  ): Promise<OccupationEntity> {
    const repo = this.tx.manager.getRepository(OccupationEntity);
    return repo.save(repo.create(values));
  }

  async insertContactAttempt(
    values: Pick<
      ContactAttemptEntity,
      'municipalityId' | 'youngPersonId' | 'channel' | 'occurredAt' | 'performedById' | 'outcome' | 'occupationLearned'
    >,
  ): Promise<ContactAttemptEntity> {
    const repo = this.tx.manager.getRepository(ContactAttemptEntity);
    return repo.save(repo.create(values));
  }
}
