// The gap rules at scale (issue 17's budget: every rule over 20,000 young people in under 2 s,
// over 200,000 in under 15 s, with the same statements whatever the size). For each size a
// municipality of its own is seeded through the case generator (contacts, measures, plans,
// referrals, consents), plus a school's unhandled signals (a tenth of the young people, half of
// them about someone not registered) and a "to check" queue of a twentieth, all spread over the
// last 60 days, so every rule finds something. The rules then run for that municipality through
// the job's code path, twice: the first run opens every alert (the worst case, once in a
// municipality's life), the second finds them held (every later run). Each run is timed, with
// its count of SQL statements.
import { Writable } from 'node:stream';

import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { AlertEvaluationService } from '@app/alerts';
import { AuditService } from '@app/core/audit';
import { SystemClock } from '@app/core/clock';
import type { AppConfig } from '@app/core/config';
import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { JobRunEntity, JobRunner } from '@app/core/jobs';
import { createLogger } from '@app/core/logging';
import { silentTypeOrmLogger } from '@app/core/testing';
import { makeIdentityNumber } from '@app/young-people';

export interface GapRulesRun {
  ms: number;
  sqlStatements: number | null;
  opened: number;
  updated: number;
  resolved: number;
}

export interface GapRulesBenchResult {
  youngPeople: number;
  signals: number;
  toCheck: number;
  seedMs: number;
  first: GapRulesRun;
  second: GapRulesRun;
  error: string | null;
}

// A school's signals and a "to check" queue in the seeded municipality (one statement each).
export async function seedGapRuleRecords(
  url: string,
  code: string,
  youngPeople: number,
): Promise<{ signals: number; toCheck: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ municipality_id: string; kaa_unit_id: string }>(
      `SELECT m.id AS municipality_id, o.id AS kaa_unit_id FROM municipality m
         JOIN organization o ON o.municipality_id = m.id AND o.kind = 'KAA_UNIT' WHERE m.code = $1`,
      [code],
    );
    const { municipality_id: municipalityId, kaa_unit_id: kaaUnitId } = rows[0];
    const school = await client.query<{ id: string }>(
      `INSERT INTO organization (municipality_id, name, kind, secrecy_domain)
       VALUES ($1, 'Benchgymnasiet', 'SCHOOL', 'SCHOOL') RETURNING id`,
      [municipalityId],
    );
    const unregistered = (count: number, offset: number) =>
      Array.from({ length: count }, (_, i) => {
        const birth = new Date(Date.UTC(2008, 0, 1 + ((offset + i) % 700)));
        return makeIdentityNumber(birth.toISOString().slice(0, 10), 900 + Math.floor((offset + i) / 700));
      });
    const half = Math.ceil(youngPeople / 20);
    // Half the signals about registered young people (every tenth), half about no one registered.
    const registered = await client.query(
      `INSERT INTO signal (municipality_id, school_id, kind, personal_identity_number, coordination_number, young_person_id,
                           occurred_on, hash, created_at)
       SELECT $1, $2, 'UNEXCUSED_ABSENCE', yp.personal_identity_number, false, yp.id, current_date - 3,
              md5(yp.id::text) || md5(yp.id::text || 's'), now() - (row_number() OVER (ORDER BY yp.id) % 60) * interval '1 day'
         FROM (SELECT id, personal_identity_number FROM young_person WHERE municipality_id = $1 ORDER BY id LIMIT $3) yp`,
      [municipalityId, school.rows[0].id, half],
    );
    const others = unregistered(half, 0);
    const unregisteredSignals = await client.query(
      `INSERT INTO signal (municipality_id, school_id, kind, personal_identity_number, coordination_number,
                           occurred_on, hash, created_at)
       SELECT $1, $2, 'LEFT_UPPER_SECONDARY', n, false, current_date - 3, md5(n) || md5(n || 's'),
              now() - (o % 60) * interval '1 day'
         FROM unnest($3::text[]) WITH ORDINALITY AS u(n, o)`,
      [municipalityId, school.rows[0].id, others],
    );
    const queue = unregistered(Math.ceil(youngPeople / 20), half);
    const checks = await client.query(
      `INSERT INTO target_group_check (municipality_id, kaa_unit_id, personal_identity_number, coordination_number,
                                       date_of_birth, status, lists_date, opened_at)
       SELECT $1, $2, n, false, to_date(substr(n, 1, 8), 'YYYYMMDD'), 'TO_CHECK', current_date - 30,
              now() - (o % 60) * interval '1 day'
         FROM unnest($3::text[]) WITH ORDINALITY AS u(n, o)`,
      [municipalityId, kaaUnitId, queue],
    );
    await client.query('ANALYZE signal; ANALYZE target_group_check');
    return { signals: (registered.rowCount ?? 0) + (unregisteredSignals.rowCount ?? 0), toCheck: checks.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}

// One evaluation of the municipality through the job's own code path (the JobRunner, its
// advisory lock and job_run row, the audit event): what the schedule and `evaluateAlerts` run,
// timed here in the bench's process because a request would be cut off by the api's request
// timeout long before a first run over 200,000 young people is done. The statements are counted
// through TypeORM's logger.
async function evaluate(
  service: AlertEvaluationService,
  municipalityId: string,
  statements: { count: number },
): Promise<GapRulesRun & { error: string | null }> {
  statements.count = 0;
  const started = Date.now();
  try {
    const result = await service.runFor(municipalityId);
    return {
      ms: Date.now() - started,
      sqlStatements: statements.count,
      opened: result.opened,
      updated: result.updated,
      resolved: result.ended,
      error: result.ran ? null : 'a run already held the lock',
    };
  } catch (error) {
    return {
      ms: Date.now() - started,
      sqlStatements: null,
      opened: 0,
      updated: 0,
      resolved: 0,
      error: error instanceof Error ? error.message.slice(0, 400) : String(error),
    };
  }
}

// Both runs of one size over the municipality seeded with `code` (seedCaseData, then
// seedGapRuleRecords), connected as the api connects (the app role).
export async function runGapRulesBench(input: {
  databaseUrl: string;
  code: string;
  youngPeople: number;
  signals: number;
  toCheck: number;
  seedMs: number;
}): Promise<GapRulesBenchResult> {
  const statements = { count: 0 };
  const dataSource = new DataSource(
    dataSourceOptions(
      {
        url: input.databaseUrl,
        role: 'brygga_app',
        poolSize: 2,
        statementTimeoutMs: 120_000,
        applicationName: 'bench-gap-rules',
      },
      [JobRunEntity],
      { ...silentTypeOrmLogger, logQuery: () => void (statements.count += 1) },
      true,
    ),
  );
  await dataSource.initialize();
  try {
    const [{ id: municipalityId }] = await dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM municipality WHERE code = $1',
      [input.code],
    );
    const tx = new TransactionHost(dataSource);
    const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
    const clock = new SystemClock();
    const service = new AlertEvaluationService(
      tx,
      new AuditService(tx, clock),
      { env: { KAA_JOBS_INTERVAL_SECONDS: 0 } } as unknown as AppConfig,
      new JobRunner(tx, clock, createLogger('warn', {}, quiet)),
    );
    const first = await evaluate(service, municipalityId, statements);
    const second = await evaluate(service, municipalityId, statements);
    const { error: firstError, ...firstRun } = first;
    const { error: secondError, ...secondRun } = second;
    return {
      youngPeople: input.youngPeople,
      signals: input.signals,
      toCheck: input.toCheck,
      seedMs: input.seedMs,
      first: firstRun,
      second: secondRun,
      error: firstError ?? secondError,
    };
  } finally {
    await dataSource.destroy();
  }
}

// The budget of one size: 2 s at 20,000, 15 s at 200,000, scaled linearly in between (and
// 2 s below 20,000).
export function gapRulesBudgetMs(youngPeople: number): number {
  if (youngPeople <= 20_000) return 2_000;
  return 2_000 + ((15_000 - 2_000) * (Math.min(youngPeople, 200_000) - 20_000)) / 180_000;
}
