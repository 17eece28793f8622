import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { AuditService } from '@app/core/audit';
import { addDays, dayIn } from '@app/core/clock';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { JobRunner } from '@app/core/jobs';

import { calendarArrays, type CalendarArrays } from './calendar/swedish-calendar';
import { type AlertEvaluationListener, ownerChanges } from './alert-owner-counts';
import {
  CHANGED_IDS_LIMIT,
  ESCALATE_SQL,
  EVALUATE_SQL,
  EVALUATED_RULES,
  EVALUATION_SETTINGS_SQL,
  type EvaluationChangeRow,
} from './alert-rules.sql';

export const ALERTS_JOB = 'alerts-evaluate';

export interface AlertEvaluation {
  // False when another instance held the job's lock and this run did nothing.
  ran: boolean;
  opened: number;
  updated: number;
  ended: number;
  escalated: number;
}

type Counts = Omit<AlertEvaluation, 'ran'>;

// The calendar the timers join: six years back (the oldest registration still open is one made
// at 16 of someone turning 20 now) and one ahead, around the job's UTC day.
function calendarAround(now: Date): CalendarArrays {
  const today = dayIn('UTC', now);
  return calendarArrays(addDays(today, -6 * 366), addDays(today, 366));
}

// The gap rules' evaluation job (issue 17): set-based over every municipality, on a timer in
// the api process and on demand, through the JobRunner (once across instances, every run
// recorded). Idempotent: a second run at the same instant changes nothing; a condition that
// holds keeps its one alert, one that ends resolves it.
@Injectable()
export class AlertEvaluationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<AlertEvaluation>;
  private calendarCache?: { key: string; arrays: CalendarArrays };
  private readonly listeners: AlertEvaluationListener[] = [];

  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.scheduleSeconds('KAA_JOBS_INTERVAL_SECONDS');
    if (seconds === 0) return;
    this.timer = setInterval(() => void this.runOnce().catch(() => undefined), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  // The hook for notifications: after each run, in its transaction, what it opened and
  // escalated per person (counts only).
  onEvaluated(listener: AlertEvaluationListener): void {
    this.listeners.push(listener);
  }

  runOnce(): Promise<AlertEvaluation> {
    this.running = this.jobs
      .run(ALERTS_JOB, (now) => this.evaluate(now))
      .then(({ ran, counts }) => ({
        ran,
        opened: counts?.opened ?? 0,
        updated: counts?.updated ?? 0,
        ended: counts?.ended ?? 0,
        escalated: counts?.escalated ?? 0,
      }));
    return this.running;
  }

  // An on-demand run for one municipality (the evaluateAlerts mutation), through the same job
  // lock as the schedule: inside the mutation's transaction the runner's transaction is that
  // one, so the lock is held until the mutation commits, and a run while the schedule (or
  // another on-demand run) holds it does nothing and says so (`ran: false`).
  async runFor(municipalityId: string): Promise<AlertEvaluation> {
    const { ran, counts } = await this.jobs.run(ALERTS_JOB, (now) => this.evaluate(now, municipalityId));
    return {
      ran,
      opened: counts?.opened ?? 0,
      updated: counts?.updated ?? 0,
      ended: counts?.ended ?? 0,
      escalated: counts?.escalated ?? 0,
    };
  }

  // One evaluation at `now`, in the caller's transaction (the runner's, holding the job lock),
  // of every municipality or only `municipalityId`.
  async evaluate(now: Date, municipalityId: string | null = null): Promise<Counts> {
    const manager = this.tx.manager;
    // Every municipality gets its settings row (the defaults) before its first evaluation.
    await manager.query(
      `INSERT INTO alert_settings (municipality_id) SELECT id FROM municipality ON CONFLICT (municipality_id) DO NOTHING`,
    );
    // The rules' hashes and sorts in memory, and no JIT (EVALUATION_SETTINGS_SQL); for this
    // transaction only, which the job lock keeps to one at a time.
    await manager.query(EVALUATION_SETTINGS_SQL);
    const cal = this.calendar(now);
    const changes = await manager.query<EvaluationChangeRow[]>(EVALUATE_SQL, [
      now,
      cal.days,
      cal.ordinals,
      cal.working,
      [...EVALUATED_RULES],
      municipalityId,
    ]);
    const [escalatedRows] = await manager.query<
      [Array<{ id: string; municipality_id: string; young_person_id: string; escalated_to_id: string }>, number]
    >(ESCALATE_SQL, [now, municipalityId]);

    // Per municipality: the counts, and the first ids of each change (the statement sends at most
    // CHANGED_IDS_LIMIT of them) for its audit event.
    const perMunicipality = new Map<
      string,
      { opened: number; updated: number; ended: number; openedIds: string[]; endedIds: string[]; escalated: string[] }
    >();
    const entry = (id: string) => {
      let found = perMunicipality.get(id);
      if (!found) {
        found = { opened: 0, updated: 0, ended: 0, openedIds: [], endedIds: [], escalated: [] };
        perMunicipality.set(id, found);
      }
      return found;
    };
    const totals: Counts = { opened: 0, updated: 0, ended: 0, escalated: escalatedRows.length };
    const openedPerOwner: Array<{ municipality_id: string; owner_user_id: string; n: number }> = [];
    for (const row of changes) {
      if (row.change === 'owner') {
        if (row.owner_user_id) openedPerOwner.push({ ...row, owner_user_id: row.owner_user_id });
        continue;
      }
      const e = entry(row.municipality_id);
      e[row.change] += row.n;
      totals[row.change] += row.n;
      if (row.change === 'opened') e.openedIds = row.ids ?? [];
      else if (row.change === 'ended') e.endedIds = row.ids ?? [];
    }
    for (const row of escalatedRows) entry(row.municipality_id).escalated.push(row.id);
    for (const [municipalityId, e] of perMunicipality) {
      await this.audit.record(
        { userId: null, role: 'SYSTEM', organizationId: null, municipalityId },
        {
          action: 'alert.evaluate',
          subjectType: 'Alert',
          subjectId: null,
          summary: {
            opened: e.opened,
            updated: e.updated,
            ended: e.ended,
            escalated: e.escalated.length,
            openedIds: e.openedIds,
            endedIds: e.endedIds,
            escalatedIds: e.escalated.slice(0, CHANGED_IDS_LIMIT),
          },
        },
      );
    }
    if (this.listeners.length > 0) {
      const perOwner = ownerChanges(openedPerOwner, escalatedRows);
      for (const listener of this.listeners) await listener(now, perOwner);
    }
    return totals;
  }

  // The calendar arrays around `now`, kept for the day (the settings preview uses them too).
  calendar(now: Date): CalendarArrays {
    const key = dayIn('UTC', now);
    if (this.calendarCache?.key !== key) this.calendarCache = { key, arrays: calendarAround(now) };
    return this.calendarCache.arrays;
  }
}
