import { ESCALATE_SQL } from './alert-rules.sql';

// Anything that runs SQL with parameters: a TypeORM EntityManager or a pg Client.
interface SqlExecutor {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

// The evaluation job's escalation step alone, as a run at `now` would take it: every alert left
// unacknowledged for the municipality's days goes to its unit's team lead. The demo replays the
// job's past morning runs through it, so its escalated alerts are the ones the job would have
// escalated (same team lead, same rule for who is exempt), not rows made up beside the rule.
// No audit, no notifications: the caller writes its own audit row (the demo seed does).
export async function escalateAlertsAt(
  executor: SqlExecutor,
  now: Date,
  municipalityId: string | null = null,
): Promise<void> {
  // The job gives every municipality its settings row (the defaults) before its first run.
  await executor.query(
    `INSERT INTO alert_settings (municipality_id) SELECT id FROM municipality
      WHERE $1::uuid IS NULL OR id = $1::uuid ON CONFLICT (municipality_id) DO NOTHING`,
    [municipalityId],
  );
  await executor.query(ESCALATE_SQL, [now, municipalityId]);
}
