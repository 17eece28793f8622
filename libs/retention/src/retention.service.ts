import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';

import { AuditService, type AuditActor } from '@app/core/audit';
import { whereAccessible, type AppAbility } from '@app/core/authz';
import { Clock } from '@app/core/clock';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';
import { FilePurpose, FileStore } from '@app/core/files';
import { JobRunner } from '@app/core/jobs';

import { DisposalEntity } from './entities/disposal.entity';
import { LegalHoldEntity } from './entities/legal-hold.entity';
import { RetentionRuleEntity } from './entities/retention-rule.entity';
import { CHAIN_CLASSES, RETENTION_CLASSES, RETENTION_DEFAULTS, RETENTION_MAX_YEARS } from './retention-defaults';
import { DisposalTrigger, RetentionClass } from './retention.enums';
import { CHAIN_HELD, ROW_CLASSES } from './retention.sql';
import { DISPOSAL_MAPPING, LEGAL_HOLD_MAPPING } from './retention.sql-mapping';

export const RETENTION_JOB = 'retention-disposal';

// Rows per batch: one archive file, one transaction, one proof.
export const DISPOSAL_BATCH = 500;

// Days an archive file is kept in the file store before the expiry job deletes it: long enough for
// the archivist to take it into the municipality's e-archive (docs/RETENTION.md).
export const ARCHIVE_KEEP_DAYS = 90;

const ARCHIVE_MAX_BYTES = 512 * 1024 * 1024;

export interface RetentionRuleView {
  recordClass: RetentionClass;
  enabled: boolean;
  keepYears: number;
  suggestedYears: number;
  minYears: number;
  version: number;
  updatedAt: Date | null;
}

export interface ClassCount {
  recordClass: RetentionClass;
  count: number;
}

// Who runs a disposal: the job (the system) or an admin (their membership is the audit's actor).
export interface RetentionRunner {
  actor: AuditActor;
  trigger: DisposalTrigger;
}

interface Batch {
  ids: string[];
  rows: unknown[];
  oldestAt: Date;
  newestAt: Date;
  throughSeq: string | null;
}

function systemActor(municipalityId: string): AuditActor {
  return { userId: null, role: 'SYSTEM', organizationId: null, municipalityId };
}

// Retention (gallring, issue 19): the municipality's rules, legal holds, the dry run and the
// disposal itself. A disposal goes batch by batch: the batch's rows are written to an archive file
// (committed before anything is deleted), then one transaction writes the proof (no personal
// data), deletes the rows through the database's disposal functions and records the audit event.
// A failed batch leaves nothing of itself (its archive file is removed); earlier batches stay
// done, so a run that stopped is resumed by running it again.
@Injectable()
export class RetentionService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly files: FileStore,
    private readonly clock: Clock,
    private readonly runner: JobRunner,
  ) {}

  // Every class with the municipality's rule, or the default (not enabled) where none is set.
  async rules(municipalityId: string): Promise<RetentionRuleView[]> {
    const rows = await this.tx.manager.getRepository(RetentionRuleEntity).find({ where: { municipalityId } });
    return RETENTION_CLASSES.map((recordClass) => {
      const row = rows.find((rule) => rule.recordClass === recordClass);
      const defaults = RETENTION_DEFAULTS[recordClass];
      return {
        recordClass,
        enabled: row?.enabled ?? false,
        keepYears: row?.keepYears ?? defaults.keepYears,
        suggestedYears: defaults.keepYears,
        minYears: defaults.minYears,
        version: row?.version ?? 0,
        updatedAt: row?.updatedAt ?? null,
      };
    });
  }

  async setRule(
    actor: AuditActor & { userId: string },
    input: { recordClass: RetentionClass; enabled: boolean; keepYears: number; version: number },
  ): Promise<RetentionRuleView> {
    const { minYears } = RETENTION_DEFAULTS[input.recordClass];
    if (!Number.isInteger(input.keepYears) || input.keepYears > RETENTION_MAX_YEARS) {
      throw new DomainError(
        ErrorCode.RETENTION_YEARS_INVALID,
        `keepYears must be a whole number up to ${RETENTION_MAX_YEARS}`,
        {
          field: 'keepYears',
          max: RETENTION_MAX_YEARS,
        },
      );
    }
    if (input.keepYears < minYears) {
      throw new DomainError(ErrorCode.RETENTION_YEARS_BELOW_MINIMUM, `keepYears must be at least ${minYears}`, {
        field: 'keepYears',
        min: minYears,
        recordClass: input.recordClass,
      });
    }
    const now = this.clock.now();
    const manager = this.tx.manager;
    // Version 0: the class has no rule yet; otherwise the version read (optimistic lock).
    const changed =
      input.version === 0
        ? await manager.query<unknown[]>(
            `INSERT INTO retention_rule (municipality_id, record_class, enabled, keep_years, updated_by_id, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING version`,
            [actor.municipalityId, input.recordClass, input.enabled, input.keepYears, actor.userId, now],
          )
        : (
            await manager.query<[unknown[], number]>(
              `UPDATE retention_rule SET enabled = $3, keep_years = $4, updated_by_id = $5, updated_at = $6, version = version + 1
                WHERE municipality_id = $1 AND record_class = $2 AND version = $7 RETURNING version`,
              [
                actor.municipalityId,
                input.recordClass,
                input.enabled,
                input.keepYears,
                actor.userId,
                now,
                input.version,
              ],
            )
          )[0];
    if (changed.length === 0) {
      throw new DomainError(ErrorCode.CONFLICT, 'The rule was changed by someone else; reload it', {
        recordClass: input.recordClass,
      });
    }
    await this.audit.record(actor, {
      action: 'retention.rule.set',
      subjectType: 'RetentionRule',
      subjectId: null,
      summary: { recordClass: input.recordClass, enabled: input.enabled, keepYears: input.keepYears },
    });
    const view = (await this.rules(actor.municipalityId)).find((rule) => rule.recordClass === input.recordClass);
    if (!view) throw new Error('rule vanished');
    return view;
  }

  // The audit row of an admin's run (its batches have their own).
  async recordRun(actor: AuditActor, counts: ClassCount[]): Promise<void> {
    await this.audit.record(actor, {
      action: 'retention.run',
      subjectType: 'Disposal',
      subjectId: null,
      summary: Object.fromEntries(counts.map(({ recordClass, count }) => [recordClass, count])),
    });
  }

  // Lists read through the caller's access predicate (deny by default), never by municipality alone.
  async legalHolds(ability: AppAbility): Promise<LegalHoldEntity[]> {
    const query = this.tx.manager.getRepository(LegalHoldEntity).createQueryBuilder('lh');
    return whereAccessible(query, ability, 'read', LEGAL_HOLD_MAPPING)
      .orderBy('lh.setAt', 'DESC')
      .addOrderBy('lh.id', 'ASC')
      .take(500)
      .getMany();
  }

  async setLegalHold(
    actor: AuditActor & { userId: string },
    ability: AppAbility,
    youngPersonId: string,
    reason: string,
  ): Promise<LegalHoldEntity> {
    const manager = this.tx.manager;
    await this.requirePerson(actor.municipalityId, ability, 'create', youngPersonId);
    const [row] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO legal_hold (municipality_id, young_person_id, reason, set_by_id, set_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
      [actor.municipalityId, youngPersonId, reason, actor.userId, this.clock.now()],
    );
    if (!row) throw new DomainError(ErrorCode.LEGAL_HOLD_EXISTS, 'The young person already has a legal hold');
    await this.audit.record(actor, {
      action: 'retention.legal-hold.set',
      subjectType: 'YoungPerson',
      subjectId: youngPersonId,
      summary: { legalHoldId: row.id },
    });
    return manager.getRepository(LegalHoldEntity).findOneByOrFail({ id: row.id });
  }

  async liftLegalHold(
    actor: AuditActor & { userId: string },
    ability: AppAbility,
    youngPersonId: string,
    reason: string,
  ): Promise<LegalHoldEntity> {
    const manager = this.tx.manager;
    await this.requirePerson(actor.municipalityId, ability, 'update', youngPersonId);
    const [rows] = await manager.query<[Array<{ id: string }>, number]>(
      `UPDATE legal_hold SET lifted_by_id = $3, lifted_at = $4, lift_reason = $5
        WHERE municipality_id = $1 AND young_person_id = $2 AND lifted_at IS NULL RETURNING id`,
      [actor.municipalityId, youngPersonId, actor.userId, this.clock.now(), reason],
    );
    const row = rows[0];
    if (!row) throw new DomainError(ErrorCode.LEGAL_HOLD_NOT_FOUND, 'The young person has no legal hold to lift');
    await this.audit.record(actor, {
      action: 'retention.legal-hold.lift',
      subjectType: 'YoungPerson',
      subjectId: youngPersonId,
      summary: { legalHoldId: row.id },
    });
    return manager.getRepository(LegalHoldEntity).findOneByOrFail({ id: row.id });
  }

  async disposals(ability: AppAbility, first: number): Promise<DisposalEntity[]> {
    const query = this.tx.manager.getRepository(DisposalEntity).createQueryBuilder('d');
    return whereAccessible(query, ability, 'read', DISPOSAL_MAPPING)
      .orderBy('d.disposedAt', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .take(first)
      .getMany();
  }

  // What a run now would dispose, per enabled rule, as counts only.
  async dryRun(municipalityId: string): Promise<ClassCount[]> {
    const now = this.clock.now();
    const held = await this.heldIds(municipalityId);
    const counts: ClassCount[] = [];
    for (const rule of await this.enabledRules(municipalityId)) {
      const cutoff = cutoffOf(now, rule.keepYears);
      const chain = CHAIN_CLASSES[rule.recordClass];
      let count: number;
      if (chain) {
        const range = await this.chainRange(chain, municipalityId, cutoff, held, Number.MAX_SAFE_INTEGER);
        count = range ? Number(BigInt(range.through) - BigInt(range.start)) : 0;
      } else {
        const sql = ROW_CLASSES[rule.recordClass];
        if (!sql) continue;
        const [row] = await this.tx.manager.query<Array<{ n: string }>>(
          `SELECT count(*) AS n FROM ${sql.table} t WHERE t.municipality_id = $1 AND ${sql.reference} < $2 AND ${sql.where}`,
          [municipalityId, cutoff, held],
        );
        count = Number(row?.n ?? 0);
      }
      counts.push({ recordClass: rule.recordClass, count });
    }
    return counts;
  }

  // The scheduled run: every municipality with an enabled rule, once across instances.
  async runScheduled(): Promise<ClassCount[] | undefined> {
    const result = await this.runner.run(RETENTION_JOB, async () => {
      const municipalities = await this.tx.manager.query<Array<{ municipality_id: string }>>(
        'SELECT DISTINCT municipality_id FROM retention_rule WHERE enabled ORDER BY municipality_id',
      );
      const totals: Record<string, number> = {};
      for (const { municipality_id: municipalityId } of municipalities) {
        for (const { recordClass, count } of await this.disposeAll(municipalityId, {
          actor: systemActor(municipalityId),
          trigger: DisposalTrigger.JOB,
        })) {
          totals[recordClass] = (totals[recordClass] ?? 0) + count;
        }
      }
      return totals;
    });
    if (!result.counts) return undefined;
    const counts = result.counts;
    return RETENTION_CLASSES.filter((c) => counts[c] !== undefined).map((c) => ({
      recordClass: c,
      count: counts[c] ?? 0,
    }));
  }

  // A run of one municipality now (an admin's), under the same lock as the scheduled job; undefined
  // when a run holds the lock already.
  async runNow(actor: AuditActor & { userId: string }): Promise<ClassCount[] | undefined> {
    const result = await this.runner.run(RETENTION_JOB, async () => {
      const counts = await this.disposeAll(actor.municipalityId, { actor, trigger: DisposalTrigger.USER });
      return Object.fromEntries(counts.map(({ recordClass, count }) => [recordClass, count]));
    });
    if (!result.counts) return undefined;
    const counts = result.counts;
    return Object.keys(counts).map((c) => ({ recordClass: c as RetentionClass, count: counts[c] ?? 0 }));
  }

  // Disposes everything the municipality's enabled rules allow, batch by batch. Called inside the
  // job's transaction (which holds the job's lock); each batch commits on its own.
  async disposeAll(municipalityId: string, by: RetentionRunner): Promise<ClassCount[]> {
    const now = this.clock.now();
    const counts: ClassCount[] = [];
    for (const rule of await this.enabledRules(municipalityId)) {
      let count = 0;
      // A chain is disposed at most up to the head it had when this rule's turn began: each
      // batch's own audit row (and the access log's new rows) must not feed the loop, also when
      // the clock runs ahead of the rows' time.
      const chain = CHAIN_CLASSES[rule.recordClass];
      const ceiling = chain ? await this.tx.outside(() => this.headOf(chain, municipalityId)) : null;
      for (;;) {
        const disposed = await this.tx.outside(() => this.disposeBatch(municipalityId, rule, now, by, ceiling));
        // Keeps the job's transaction (and its lock) from idling out between batches.
        await this.tx.manager.query('SELECT 1');
        if (disposed === 0) break;
        count += disposed;
      }
      counts.push({ recordClass: rule.recordClass, count });
    }
    return counts;
  }

  private async disposeBatch(
    municipalityId: string,
    rule: RetentionRuleEntity,
    now: Date,
    by: RetentionRunner,
    ceiling: string | null,
  ): Promise<number> {
    const cutoff = cutoffOf(now, rule.keepYears);
    const held = await this.heldIds(municipalityId);
    const batch = await this.readBatch(municipalityId, rule.recordClass, cutoff, held, ceiling);
    if (!batch) return 0;
    // The archive first, committed on its own: nothing is deleted that was not archived.
    const archive = await this.files.write(
      {
        municipalityId,
        createdById: by.actor.userId,
        purpose: FilePurpose.RETENTION_ARCHIVE,
        fileName: `gallring-${rule.recordClass.toLowerCase()}-${now.toISOString().slice(0, 10)}.json`,
        contentType: 'application/json',
        keepDays: ARCHIVE_KEEP_DAYS,
        maxBytes: ARCHIVE_MAX_BYTES,
      },
      archiveContent(municipalityId, rule, cutoff, batch),
    );
    if (!archive.sha256) throw new Error('archive without its hash');
    const sha256 = archive.sha256;
    try {
      await this.tx.run(
        async () => {
          const manager = this.tx.manager;
          const proof = await manager.getRepository(DisposalEntity).save(
            manager.getRepository(DisposalEntity).create({
              municipalityId,
              recordClass: rule.recordClass,
              keepYears: rule.keepYears,
              cutoff,
              disposedCount: batch.ids.length,
              oldestAt: batch.oldestAt,
              newestAt: batch.newestAt,
              throughSeq: batch.throughSeq,
              archiveFileId: archive.id,
              archiveSha256: sha256,
              trigger: by.trigger,
              runById: by.actor.userId,
              disposedAt: this.clock.now(),
            }),
          );
          // Recorded before an audit-trail prefix goes, so the chain's newest row is this one.
          await this.audit.record(by.actor, {
            action: 'retention.dispose',
            subjectType: 'Disposal',
            subjectId: proof.id,
            summary: {
              recordClass: rule.recordClass,
              count: batch.ids.length,
              keepYears: rule.keepYears,
              throughSeq: batch.throughSeq,
            },
          });
          const chain = CHAIN_CLASSES[rule.recordClass];
          const sql = ROW_CLASSES[rule.recordClass];
          if (chain && batch.throughSeq) {
            const [result] = await manager.query<Array<{ disposed: string }>>(
              'SELECT disposed FROM retention_dispose_chain_prefix($1, $2, $3, $4, $5)',
              [chain, municipalityId, batch.throughSeq, proof.id, this.clock.now()],
            );
            if (Number(result?.disposed) !== batch.ids.length) {
              throw new Error(`the chain prefix held ${result?.disposed} rows, the archive ${batch.ids.length}`);
            }
          } else if (sql) {
            await manager.query('SELECT retention_dispose_rows($1, $2, $3::uuid[], $4)', [
              sql.table,
              municipalityId,
              batch.ids,
              proof.id,
            ]);
          }
        },
        { requireAudit: true },
      );
    } catch (error) {
      // Nothing of the batch was deleted: its archive goes too, so nothing is left half-done.
      await this.files.remove(municipalityId, archive.id).catch(() => undefined);
      throw error;
    }
    return batch.ids.length;
  }

  private async readBatch(
    municipalityId: string,
    recordClass: RetentionClass,
    cutoff: Date,
    held: string[],
    ceiling: string | null,
  ): Promise<Batch | undefined> {
    const manager = this.tx.manager;
    const chain = CHAIN_CLASSES[recordClass];
    if (chain) {
      const range = await this.chainRange(chain, municipalityId, cutoff, held, DISPOSAL_BATCH, ceiling);
      if (!range) return undefined;
      const rows = await manager.query<Array<{ id: string; at: Date; row: unknown }>>(
        `SELECT t.id, t.occurred_at AS at, to_jsonb(t) AS row FROM ${chain} t
          WHERE t.municipality_id = $1 AND t.seq > $2 AND t.seq <= $3 ORDER BY t.seq`,
        [municipalityId, range.start, range.through],
      );
      return toBatch(rows, range.through);
    }
    const sql = ROW_CLASSES[recordClass];
    if (!sql) return undefined;
    const rows = await manager.query<Array<{ id: string; at: Date; row: unknown }>>(
      `SELECT t.id, ${sql.reference} AS at, to_jsonb(t) AS row FROM ${sql.table} t
        WHERE t.municipality_id = $1 AND ${sql.reference} < $2 AND ${sql.where}
        ORDER BY ${sql.reference}, t.id LIMIT ${DISPOSAL_BATCH}`,
      [municipalityId, cutoff, held],
    );
    return toBatch(rows, null);
  }

  // The disposable prefix of a chain after its checkpoint: up to the row before the first one that
  // is young enough or about a young person under legal hold, never the newest row, at most
  // `limit` rows. undefined when nothing is disposable.
  private async chainRange(
    chain: 'audit_event' | 'access_log',
    municipalityId: string,
    cutoff: Date,
    held: string[],
    limit: number,
    ceiling: string | null = null,
  ): Promise<{ start: string; through: string } | undefined> {
    const [row] = await this.tx.manager.query<Array<{ start: string; head: string | null; kept: string | null }>>(
      `WITH cp AS (
         SELECT coalesce(max(through_seq), 0) AS start FROM chain_checkpoint
          WHERE municipality_id = $1 AND chain_table = '${chain}')
       SELECT cp.start,
              (SELECT max(seq) FROM ${chain} WHERE municipality_id = $1) AS head,
              (SELECT min(t.seq) FROM ${chain} t WHERE t.municipality_id = $1 AND t.seq > cp.start
                 AND (t.occurred_at >= $2 OR ${CHAIN_HELD[chain]})) AS kept
         FROM cp`,
      [municipalityId, cutoff, held],
    );
    if (!row?.head) return undefined;
    const start = BigInt(row.start);
    let through = BigInt(row.head) - 1n;
    if (row.kept !== null && BigInt(row.kept) - 1n < through) through = BigInt(row.kept) - 1n;
    const cap = start + BigInt(Math.min(limit, Number.MAX_SAFE_INTEGER));
    if (through > cap) through = cap;
    if (ceiling !== null && through > BigInt(ceiling)) through = BigInt(ceiling);
    return through > start ? { start: start.toString(), through: through.toString() } : undefined;
  }

  private async headOf(chain: 'audit_event' | 'access_log', municipalityId: string): Promise<string> {
    const [row] = await this.tx.manager.query<Array<{ head: string | null }>>(
      `SELECT max(seq) AS head FROM ${chain} WHERE municipality_id = $1`,
      [municipalityId],
    );
    return String(row?.head ?? '0');
  }

  private async enabledRules(municipalityId: string): Promise<RetentionRuleEntity[]> {
    const rules = await this.tx.manager
      .getRepository(RetentionRuleEntity)
      .find({ where: { municipalityId, enabled: true } });
    // A stable order: the classes' order (chains last, so their disposal's own audit rows are new).
    return RETENTION_CLASSES.flatMap((c) => rules.filter((rule) => rule.recordClass === c));
  }

  // A young person of the municipality whose hold the caller may set or lift (the admin: any; a
  // team lead: their unit's). One answer, NOT_FOUND, for a missing person and one not the
  // caller's (DESIGN.md §4). A hold names only the id; nothing of theirs is shown.
  private async requirePerson(
    municipalityId: string,
    ability: AppAbility,
    action: 'create' | 'update',
    youngPersonId: string,
  ): Promise<void> {
    const [person] = await this.tx.manager.query<Array<{ kaa_unit_id: string | null }>>(
      'SELECT kaa_unit_id FROM young_person WHERE id = $1 AND municipality_id = $2',
      [youngPersonId, municipalityId],
    );
    const hold = { municipalityId, youngPersonId, youngPerson: { kaaUnitId: person?.kaa_unit_id ?? null } };
    if (!person || !ability.can(action, subject('LegalHold', hold))) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'YoungPerson not found', { subjectType: 'YoungPerson' });
    }
  }

  private async heldIds(municipalityId: string): Promise<string[]> {
    const rows = await this.tx.manager.query<Array<{ young_person_id: string }>>(
      'SELECT young_person_id FROM legal_hold WHERE municipality_id = $1 AND lifted_at IS NULL',
      [municipalityId],
    );
    return rows.map((row) => row.young_person_id);
  }
}

// Records whose reference time is before this are disposable: `now` less the rule's years (the
// same day and time of day, calendar years; 29 February falls back to 28 February).
export function cutoffOf(now: Date, keepYears: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(now.getUTCFullYear() - keepYears);
  if (cutoff.getUTCMonth() !== now.getUTCMonth()) cutoff.setUTCDate(0);
  return cutoff;
}

function toBatch(rows: Array<{ id: string; at: Date; row: unknown }>, throughSeq: string | null): Batch | undefined {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return undefined;
  let oldestAt = first.at;
  let newestAt = first.at;
  for (const { at } of rows) {
    if (at < oldestAt) oldestAt = at;
    if (at > newestAt) newestAt = at;
  }
  return { ids: rows.map((r) => r.id), rows: rows.map((r) => r.row), oldestAt, newestAt, throughSeq };
}

// The archive of one batch: a JSON document with the rule and every row as stored (a chain's rows
// with their hashes, so the archive can itself be verified), written in pieces.
// eslint-disable-next-line @typescript-eslint/require-await -- the file store takes an async iterable
async function* archiveContent(
  municipalityId: string,
  rule: RetentionRuleEntity,
  cutoff: Date,
  batch: Batch,
): AsyncGenerator<string> {
  const head = {
    format: 'brygga-retention-archive/1',
    municipalityId,
    recordClass: rule.recordClass,
    keepYears: rule.keepYears,
    cutoff: cutoff.toISOString(),
    throughSeq: batch.throughSeq,
    count: batch.ids.length,
  };
  yield `${JSON.stringify(head).slice(0, -1)},"rows":[`;
  for (const [i, row] of batch.rows.entries()) yield `${i > 0 ? ',' : ''}\n${JSON.stringify(row)}`;
  yield '\n]}\n';
}
