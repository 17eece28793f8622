import type { EntityManager } from 'typeorm';

// What one evaluation run opened and escalated for one person, as counts only: the hook other
// libraries (notifications) use to tell people, without reading the alert table themselves and
// without ever seeing which young people the alerts are about.
export interface AlertOwnerChanges {
  municipalityId: string;
  userId: string;
  opened: number;
  escalated: number;
}

// Called inside the evaluation's transaction (what a listener writes commits or rolls back with
// the run); `now` is the run's instant.
export type AlertEvaluationListener = (now: Date, changes: readonly AlertOwnerChanges[]) => Promise<void>;

// Opened alerts count for their owner (null owners, the organisation's queue, for nobody: the
// evaluation counts them per owner in its statement); escalated ones for the team lead they went to.
export function ownerChanges(
  opened: ReadonlyArray<{ municipality_id: string; owner_user_id: string; n: number }>,
  escalated: ReadonlyArray<{ municipality_id: string; escalated_to_id: string }>,
): AlertOwnerChanges[] {
  const byUser = new Map<string, AlertOwnerChanges>();
  const entry = (municipalityId: string, userId: string) => {
    const key = `${municipalityId}:${userId}`;
    let found = byUser.get(key);
    if (!found) {
      found = { municipalityId, userId, opened: 0, escalated: 0 };
      byUser.set(key, found);
    }
    return found;
  };
  for (const row of opened) entry(row.municipality_id, row.owner_user_id).opened += row.n;
  for (const row of escalated) entry(row.municipality_id, row.escalated_to_id).escalated += 1;
  return [...byUser.values()];
}

export interface OpenAlertCount {
  municipalityId: string;
  userId: string;
  open: number;
}

// Per person, the unresolved alerts they own or that were escalated to them and are not hidden
// (snoozed) on the municipality's day at `now`: the daily digest's counts. One statement.
export async function openAlertCountsPerUser(manager: EntityManager, now: Date): Promise<OpenAlertCount[]> {
  const rows = await manager.query<Array<{ municipality_id: string; user_id: string; n: number }>>(
    `WITH visible AS (
       SELECT a.municipality_id, a.owner_user_id, a.escalated_to_id
         FROM alert a JOIN municipality m ON m.id = a.municipality_id
        WHERE a.resolved_at IS NULL
          AND (a.snoozed_until IS NULL OR a.snoozed_until < ($1::timestamptz AT TIME ZONE m.time_zone)::date)
     )
     SELECT municipality_id, user_id, count(*)::int AS n FROM (
       SELECT municipality_id, owner_user_id AS user_id FROM visible WHERE owner_user_id IS NOT NULL
       UNION ALL
       SELECT municipality_id, escalated_to_id FROM visible
        WHERE escalated_to_id IS NOT NULL AND escalated_to_id IS DISTINCT FROM owner_user_id
     ) x GROUP BY municipality_id, user_id`,
    [now],
  );
  return rows.map((row) => ({ municipalityId: row.municipality_id, userId: row.user_id, open: row.n }));
}
