import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { Clock, SystemClock } from '@app/core/clock';
import { isUniqueViolation, preparedQuery, TransactionHost } from '@app/core/database';
import { RequestContext } from '@app/core/logging';

import { AccessChainFields, accessChainHash } from './access-chain';
import {
  AccessEntry,
  AccessReader,
  decideGrounds,
  groupEntries,
  MAX_YOUNG_PEOPLE_PER_ROW,
  SubjectFacts,
} from './access-grounds';
import { AccessGround, AccessSubjectKind } from './access-log.entity';
import { GENESIS_HASH } from './audit-chain';

// What a resolver already knows of a young person it showed: whether the reader is their
// coordinator, and whether they belong to the reader's unit.
export interface KnownCase {
  ownCase: boolean;
  unitCase: boolean;
  // The reader works this case today as the stand-in of its absent coordinator (issue 17).
  coveredCase: boolean;
}

type PendingRow = Omit<AccessChainFields, 'seq'>;

interface PendingWrite {
  rows: PendingRow[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

const COLUMNS = [
  'municipality_id',
  'seq',
  'occurred_at',
  'user_id',
  'role',
  'organization_id',
  'young_person_ids',
  'subject_kind',
  'school_pupil_ids',
  'categories',
  'ground',
  'consent_ids',
  'emergency_access_id',
  'disclosure_id',
  'operation',
  'request_id',
  'prev_hash',
  'hash',
] as const;

// One array parameter per column, unnested into rows: one statement text whatever the batch
// size, and 18 parameters to bind instead of 18 per row.
const INSERT_ROWS = `INSERT INTO access_log (${COLUMNS.join(', ')})
  SELECT t.municipality_id, t.seq, t.occurred_at, t.user_id, t.role, t.organization_id,
         string_to_array(t.young_person_ids, ',')::uuid[], t.subject_kind::access_subject_kind,
         string_to_array(t.school_pupil_ids, ',')::uuid[], string_to_array(t.categories, ','),
         t.ground::access_ground, string_to_array(t.consent_ids, ',')::uuid[],
         t.emergency_access_id, t.disclosure_id, t.operation, t.request_id, t.prev_hash, t.hash
    FROM unnest($1::uuid[], $2::bigint[], $3::timestamptz[], $4::uuid[], $5::text[], $6::uuid[], $7::text[],
                $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::uuid[], $14::uuid[], $15::text[],
                $16::text[], $17::text[], $18::text[])
      AS t(${COLUMNS.join(', ')})`;

// Rows per INSERT statement: bounds the size of one statement's arrays.
const ROWS_PER_STATEMENT = 200;

// Tries per chunk when other writers keep extending the chain first.
const MAX_ATTEMPTS = 10;

interface FactsRow {
  young_person_id: string;
  own_case: boolean;
  unit_case: boolean;
  covered_case: boolean;
  grants: Array<{ category: string; consentId: string }>;
  emergency_access_id: string | null;
  assigned_action: boolean;
  disclosure_id: string | null;
}

function afterThisTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

// Writes the access log (issue 5): every response that shows a young person's data first
// writes who read which categories of whom and on which ground, and fails if it cannot.
//
// One row per response and ground names every young person read on it (groupEntries): a
// caseload page of 50 was 50 rows and is now one, and rows were what the log cost (each about
// 28 µs of PostgreSQL time, index upkeep included; docs/TESTING.md).
//
// Rows are chained per municipality like the audit trail. Taking a chain lock in every request
// would serialise all reads of a municipality, so writes are group-committed: requests hand
// their rows to this process's single writer and wait; the writer, from the event loop's next
// turn on, takes everything queued, writes it with one INSERT per municipality (and 200 rows),
// and releases every waiting request at once. Several api instances each run a writer; the
// unique seq orders them (appendToChain).
@Injectable()
export class AccessLogService implements OnApplicationShutdown {
  private queue: PendingWrite[] = [];
  private draining: Promise<void> | undefined;
  // The last row this process wrote or read per municipality's chain (a hint, checked by the
  // unique seq on every insert).
  private readonly tails = new Map<string, { seq: bigint; hash: string }>();
  // Subscription deliveries' ground lookups waiting for the next shared statement (sharedFacts).
  private factsQueue: FactsLookup[] = [];
  private factsDraining: Promise<void> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionHost,
    // The api's clock (a test's moved clock in e2e), so a read is logged at the instant every
    // rule of the request saw; the default serves the specs that build the writer by hand.
    private readonly clock: Clock = new SystemClock(),
  ) {}

  // Decides the ground of every read and waits until the rows are committed. `known` holds what
  // the resolvers already read about a young person (their coordinator and unit); reads that
  // these decide (the KAA unit's own cases) need no statement, the rest one for all of them.
  async record(
    reader: AccessReader,
    reads: ReadonlyMap<string, ReadonlySet<string>>,
    operation: string,
    known: ReadonlyMap<string, KnownCase> = new Map(),
    // A subscription's delivery: its ground lookup is shared with the other deliveries waiting
    // then (sharedFacts). A response keeps its own, in its request (and transaction, if any).
    options: { delivery?: boolean } = {},
  ): Promise<void> {
    if (reads.size === 0) return;
    // First from what is known; whatever that leaves without a ground is looked up.
    const facts = new Map<string, SubjectFacts>();
    for (const [id, own] of known) {
      facts.set(id, { ...own, grants: [], emergencyAccessId: null, assignedAction: false, disclosureId: null });
    }
    let entries = decideGrounds(reader, reads, facts);
    const unknown = [...new Set(entries.filter((e) => e.ground === AccessGround.NONE).map((e) => e.youngPersonId))];
    if (unknown.length > 0) {
      const found = options.delivery ? await this.sharedFacts(reader, unknown) : await this.facts(reader, unknown);
      for (const [id, row] of found) facts.set(id, row);
      entries = decideGrounds(reader, reads, facts);
    }
    await this.append(reader, entries, operation);
  }

  // `occurredAt` is the time of the read (now, except where a test places reads in time).
  append(
    reader: AccessReader,
    entries: readonly AccessEntry[],
    operation: string,
    occurredAt: Date = this.clock.now(),
  ): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const requestId = RequestContext.requestId() ?? null;
    const rows = groupEntries(entries).map((entry): PendingRow => ({
      municipalityId: reader.municipalityId,
      occurredAt,
      userId: reader.userId,
      role: reader.role,
      organizationId: reader.organizationId,
      youngPersonIds: entry.youngPersonIds,
      subjectKind: AccessSubjectKind.YOUNG_PERSON,
      schoolPupilIds: [],
      categories: entry.categories,
      ground: entry.ground,
      consentIds: entry.consentIds,
      emergencyAccessId: entry.emergencyAccessId,
      disclosureId: entry.disclosureId,
      operation: operation.slice(0, 200),
      requestId,
    }));
    return this.enqueue(rows);
  }

  // A school's staff reading their school's early-warning data about pupils (ground SCHOOL): the
  // subjects are school_pupil ids, written as such (subject kind SCHOOL_PUPIL, school_pupil_ids),
  // never in young_person_ids, so that neither the reviewer nor a young person's own view takes a
  // pupil for a registered young person.
  appendSchoolPupilReads(
    reader: AccessReader,
    pupilIds: readonly string[],
    categories: readonly string[],
    operation: string,
    occurredAt: Date = this.clock.now(),
  ): Promise<void> {
    const ids = [...new Set(pupilIds)].sort();
    if (ids.length === 0) return Promise.resolve();
    const requestId = RequestContext.requestId() ?? null;
    const rows: PendingRow[] = [];
    for (let start = 0; start < ids.length; start += MAX_YOUNG_PEOPLE_PER_ROW) {
      rows.push({
        municipalityId: reader.municipalityId,
        occurredAt,
        userId: reader.userId,
        role: reader.role,
        organizationId: reader.organizationId,
        youngPersonIds: [],
        subjectKind: AccessSubjectKind.SCHOOL_PUPIL,
        schoolPupilIds: ids.slice(start, start + MAX_YOUNG_PEOPLE_PER_ROW),
        categories: [...new Set(categories)].sort(),
        ground: AccessGround.SCHOOL,
        consentIds: [],
        emergencyAccessId: null,
        disclosureId: null,
        operation: operation.slice(0, 200),
        requestId,
      });
    }
    return this.enqueue(rows);
  }

  private enqueue(rows: PendingRow[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      // The writer starts after the event loop's current turn, so every response that finished
      // in that turn joins the first batch: a caseworker's single reads under load went from
      // about 2 rows per INSERT to more, and +9-17% req/s in an A/B.
      this.draining ??= RequestContext.detached(() => afterThisTurn().then(() => this.drain()));
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.factsDraining;
    await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        try {
          await this.write(batch.flatMap((pending) => pending.rows));
          for (const pending of batch) pending.resolve();
        } catch (error) {
          for (const pending of batch) pending.reject(error);
        }
      }
    } finally {
      this.draining = undefined;
    }
  }

  private async write(rows: PendingRow[]): Promise<void> {
    const byMunicipality = new Map<string, PendingRow[]>();
    for (const row of rows) {
      const list = byMunicipality.get(row.municipalityId) ?? [];
      list.push(row);
      byMunicipality.set(row.municipalityId, list);
    }
    for (const [municipalityId, list] of byMunicipality) {
      for (let start = 0; start < list.length; start += ROWS_PER_STATEMENT) {
        await this.appendToChain(municipalityId, list.slice(start, start + ROWS_PER_STATEMENT));
      }
    }
  }

  // One INSERT statement per chunk, with no lock and no transaction: the rows extend the chain
  // from the tail this process last wrote or read. If another process (another api instance)
  // extended the chain meanwhile, our first seq already exists, the unique index on
  // (municipality_id, seq) refuses the whole statement, and we read the tail and hash again. So
  // every row links to the row before it in seq order, with one round trip per batch in the
  // usual case instead of a locked read-then-write transaction.
  private async appendToChain(municipalityId: string, rows: PendingRow[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      const tail = this.tails.get(municipalityId) ?? (await this.readTail(municipalityId));
      let prevHash = tail.hash;
      let seq = tail.seq;
      const columns: unknown[][] = COLUMNS.map(() => []);
      for (const row of rows) {
        seq += 1n;
        const fields: AccessChainFields = { ...row, seq: seq.toString() };
        const hash = accessChainHash(prevHash, fields);
        const values = [
          fields.municipalityId,
          fields.seq,
          fields.occurredAt,
          fields.userId,
          fields.role,
          fields.organizationId,
          // Lists travel joined (unnest cannot take ragged arrays); codes and uuids hold no comma.
          fields.youngPersonIds.join(','),
          fields.subjectKind,
          fields.schoolPupilIds.join(','),
          fields.categories.join(','),
          fields.ground,
          fields.consentIds.join(','),
          fields.emergencyAccessId,
          fields.disclosureId,
          fields.operation,
          fields.requestId,
          prevHash,
          hash,
        ];
        values.forEach((value, index) => columns[index]?.push(value));
        prevHash = hash;
      }
      try {
        // Outside any transaction of the request that queued the rows (the writer is shared).
        await preparedQuery(this.dataSource.manager, 'brygga_access_log_insert', INSERT_ROWS, columns);
        this.tails.set(municipalityId, { seq, hash: prevHash });
        return;
      } catch (error) {
        this.tails.delete(municipalityId);
        if (!isUniqueViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async readTail(municipalityId: string): Promise<{ seq: bigint; hash: string }> {
    const last = await this.dataSource.query<Array<{ seq: string; hash: string }>>(
      'SELECT seq, hash FROM access_log WHERE municipality_id = $1 ORDER BY seq DESC LIMIT 1',
      [municipalityId],
    );
    return { seq: BigInt(last[0]?.seq ?? '0'), hash: last[0]?.hash ?? GENESIS_HASH };
  }

  // What the database says about each young person and the reader now. Raw SQL over the tables
  // of several features (young_person, consent_grant, emergency_access, action_plan_action,
  // disclosure): the log must name the ground the access rules used, and these are their inputs.
  private async facts(reader: AccessReader, youngPersonIds: string[]): Promise<Map<string, SubjectFacts>> {
    const rows = await this.tx.prepared<FactsRow>('brygga_access_log_facts', FACTS_ONE, [
      reader.municipalityId,
      reader.userId,
      reader.organizationId,
      youngPersonIds,
      reader.today,
      reader.membershipId,
      reader.emergencyYoungPersonIds,
      reader.standInForUserIds,
    ]);
    return factsOf(rows);
  }

  // The same facts for a subscription's delivery, looked up together with every other delivery
  // waiting at that moment: one statement for all of them instead of one each (issue 19). An
  // event to 500 partner subscribers cost 500 consent-ground statements; the deliveries of one
  // event reach this point within a few turns of the event loop, so they now share one or a few.
  // Like the log writer: the first delivery starts a lookup after the current turn; deliveries
  // arriving while one runs wait for the next, which takes all of them. Each delivery still gets
  // its own reader's facts as the database has them when the statement runs (after its access
  // was decided), so no access is weakened and no ground is guessed.
  private sharedFacts(reader: AccessReader, youngPersonIds: string[]): Promise<Map<string, SubjectFacts>> {
    return new Promise((resolve, reject) => {
      this.factsQueue.push({ reader, youngPersonIds, resolve, reject });
      this.factsDraining ??= RequestContext.detached(() => afterThisTurn().then(() => this.drainFacts()));
    });
  }

  private async drainFacts(): Promise<void> {
    try {
      while (this.factsQueue.length > 0) {
        const batch = this.factsQueue.splice(0, MAX_FACTS_LOOKUPS);
        try {
          const rows = await preparedQuery<FactsRow & { k: number }>(
            this.dataSource.manager,
            'brygga_access_log_facts_many',
            FACTS_MANY,
            [
              JSON.stringify(
                batch.map(({ reader, youngPersonIds }, k) => ({
                  k,
                  municipality_id: reader.municipalityId,
                  user_id: reader.userId,
                  organization_id: reader.organizationId,
                  young_person_ids: youngPersonIds,
                  today: reader.today,
                  membership_id: reader.membershipId,
                  emergency_young_person_ids: reader.emergencyYoungPersonIds,
                  stand_in_for_user_ids: reader.standInForUserIds,
                })),
              ),
            ],
          );
          // The answer's rows grouped by lookup once (not filtered per lookup: 500 × its rows).
          const byLookup = batch.map((): FactsRow[] => []);
          for (const row of rows) byLookup[row.k]?.push(row);
          batch.forEach((lookup, k) => lookup.resolve(factsOf(byLookup[k])));
        } catch (error) {
          for (const lookup of batch) lookup.reject(error);
        }
      }
    } finally {
      this.factsDraining = undefined;
    }
  }
}

interface FactsLookup {
  reader: AccessReader;
  youngPersonIds: string[];
  resolve: (facts: Map<string, SubjectFacts>) => void;
  reject: (error: unknown) => void;
}

// Lookups per shared statement: bounds its parameter and result.
const MAX_FACTS_LOOKUPS = 500;

// The facts' SELECT over young_person `yp`, with the reader's values as SQL expressions: bound
// parameters for one reader, a row of the lookups for many. One text, so both say the same.
function factsSelect(r: {
  municipalityId: string;
  userId: string;
  organizationId: string;
  today: string;
  membershipId: string;
  emergencyYoungPersonIds: string;
  standInForUserIds: string;
}): string {
  return `yp.id AS young_person_id,
              yp.coordinator_id IS NOT DISTINCT FROM ${r.userId} AS own_case,
              yp.kaa_unit_id = ${r.organizationId} AS unit_case,
              -- As the stand-in rules read it: the absent coordinator's case in the reader's unit.
              (yp.kaa_unit_id = ${r.organizationId} AND yp.coordinator_id = ANY(${r.standInForUserIds})) IS TRUE AS covered_case,
              COALESCE((SELECT json_agg(json_build_object('category', g.category, 'consentId', g.consent_id))
                          FROM consent_grant g
                         WHERE g.young_person_id = yp.id AND g.organization_id = ${r.organizationId} AND g.revoked_at IS NULL
                           AND g.valid_from <= ${r.today} AND g.valid_to >= ${r.today}), '[]'::json) AS grants,
              -- Only an access the request's rules counted as running (the principal's list).
              (SELECT e.id FROM emergency_access e
                WHERE e.young_person_id = yp.id AND e.membership_id = ${r.membershipId} AND e.ended_at IS NULL
                  AND e.young_person_id = ANY(${r.emergencyYoungPersonIds})
                ORDER BY e.started_at DESC LIMIT 1) AS emergency_access_id,
              -- The municipality conditions let both lookups use their (municipality_id, ...) indexes;
              -- without them PostgreSQL hashed every action of the organisation for each request.
              EXISTS (SELECT 1 FROM action_plan p
                        JOIN action_plan_action a ON a.municipality_id = p.municipality_id AND a.plan_id = p.id
                       WHERE p.municipality_id = yp.municipality_id AND p.young_person_id = yp.id
                         AND a.responsible_organization_id = ${r.organizationId}) AS assigned_action,
              (SELECT d.id FROM disclosure d
                WHERE d.young_person_id = yp.id AND d.recipient_organization_id = ${r.organizationId} AND d.legal_ground <> 'CONSENT'
                ORDER BY d.disclosed_at DESC LIMIT 1) AS disclosure_id`;
}

const FACTS_ONE = `SELECT ${factsSelect({
  municipalityId: '$1::uuid',
  userId: '$2::uuid',
  organizationId: '$3::uuid',
  today: '$5::date',
  membershipId: '$6::uuid',
  emergencyYoungPersonIds: '$7::uuid[]',
  standInForUserIds: '$8::uuid[]',
})}
         FROM young_person yp
        WHERE yp.municipality_id = $1::uuid AND yp.id = ANY($4::uuid[])`;

// Many readers' lookups in one statement: the lookups travel as one JSON array (their lists are
// ragged), each row of the answer tagged with its lookup's index k.
const FACTS_MANY = `SELECT r.k, ${factsSelect({
  municipalityId: 'r.municipality_id',
  userId: 'r.user_id',
  organizationId: 'r.organization_id',
  today: 'r.today',
  membershipId: 'r.membership_id',
  emergencyYoungPersonIds: 'r.emergency_young_person_ids',
  standInForUserIds: 'r.stand_in_for_user_ids',
})}
         FROM jsonb_to_recordset($1::jsonb) AS r(k int, municipality_id uuid, user_id uuid, organization_id uuid,
                young_person_ids uuid[], today date, membership_id uuid, emergency_young_person_ids uuid[],
                stand_in_for_user_ids uuid[])
         JOIN young_person yp ON yp.municipality_id = r.municipality_id AND yp.id = ANY(r.young_person_ids)`;

function factsOf(rows: FactsRow[]): Map<string, SubjectFacts> {
  return new Map(
    rows.map((row) => [
      row.young_person_id,
      {
        ownCase: row.own_case,
        unitCase: row.unit_case,
        coveredCase: row.covered_case,
        grants: row.grants,
        emergencyAccessId: row.emergency_access_id,
        disclosureId: row.disclosure_id,
        assignedAction: row.assigned_action,
      },
    ]),
  );
}
