import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { calendarArrays, swedishHolidays } from '@app/alerts';
import { AuditService } from '@app/core/audit';
import { addDays, dayIn } from '@app/core/clock';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { JobRunner } from '@app/core/jobs';

import { ESCALATE_SQL, EVALUATE_SQL } from './early-warning.sql';

export const EARLY_WARNING_JOB = 'early-warning-evaluate';

export interface EarlyWarningEvaluation {
  // False when another run held the job's lock and this one did nothing.
  ran: boolean;
  opened: number;
  updated: number;
  ended: number;
  escalated: number;
}

type Counts = Omit<EarlyWarningEvaluation, 'ran'>;

interface Change {
  change: 'opened' | 'updated' | 'ended' | 'escalated';
  id: string;
  municipality_id: string;
  school_id: string;
  // Whom an opened or escalated suggestion now goes to (null: the whole school, or no change).
  addressed_to_id: string | null;
}

// What one run opened and escalated for one named staff member, as counts only: the hook
// notifications use to tell the mentor (a new suggestion) and student health (an escalated one)
// without reading the suggestions or learning which pupils they are about.
export interface EarlyWarningAddresseeChanges {
  municipalityId: string;
  userId: string;
  opened: number;
  escalated: number;
}

// Called inside the run's transaction, so what a listener writes commits or rolls back with it.
export type EarlyWarningListener = (now: Date, changes: readonly EarlyWarningAddresseeChanges[]) => Promise<void>;

export function addresseeChanges(
  rows: ReadonlyArray<Pick<Change, 'change' | 'municipality_id' | 'addressed_to_id'>>,
): EarlyWarningAddresseeChanges[] {
  const byUser = new Map<string, EarlyWarningAddresseeChanges>();
  for (const row of rows) {
    if (row.addressed_to_id === null || (row.change !== 'opened' && row.change !== 'escalated')) continue;
    const key = `${row.municipality_id}:${row.addressed_to_id}`;
    let entry = byUser.get(key);
    if (!entry) {
      entry = { municipalityId: row.municipality_id, userId: row.addressed_to_id, opened: 0, escalated: 0 };
      byUser.set(key, entry);
    }
    entry[row.change] += 1;
  }
  return [...byUser.values()];
}

const AUDIT_ID_LIMIT = 100;

// The school days and holidays the patterns look at: the year of absence days they read, a few
// weeks before it (the first day's previous school day, across Christmas) and a few after
// (today's next school day), around the run's UTC day (wide enough for every time zone).
export interface SchoolCalendar {
  days: string[];
  ordinals: number[];
  working: boolean[];
  holidays: string[];
}

export function schoolCalendarAround(now: Date): SchoolCalendar {
  const today = dayIn('UTC', now);
  const from = addDays(today, -400);
  const to = addDays(today, 21);
  const years = Array.from(
    { length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 },
    (_, i) => Number(from.slice(0, 4)) + i,
  );
  const holidays = years.flatMap((year) => swedishHolidays(year).map((h) => h.on)).filter((d) => d >= from && d <= to);
  return { ...calendarArrays(from, to), holidays };
}

// The early-warning indicators' evaluation (issue 17): set-based over the schools' absence data,
// on the job timer (every municipality), when a school sends absence days (that school, in the
// request's transaction) and on demand. Idempotent: a held condition keeps its one suggestion.
@Injectable()
export class EarlyWarningEvaluationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<EarlyWarningEvaluation>;
  private readonly listeners: EarlyWarningListener[] = [];
  private calendarCache?: { key: string; calendar: SchoolCalendar };

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

  // Told, in the run's transaction, what each run opened and escalated per addressee.
  onEvaluated(listener: EarlyWarningListener): void {
    this.listeners.push(listener);
  }

  // Tells the listeners (in the caller's transaction) whom suggestions were addressed to: after
  // each run, and when naming a mentor moves open suggestions to them.
  async notifyAddressees(now: Date, changes: readonly EarlyWarningAddresseeChanges[]): Promise<void> {
    if (changes.length === 0) return;
    for (const listener of this.listeners) await listener(now, changes);
  }

  runOnce(): Promise<EarlyWarningEvaluation> {
    this.running = this.runFor(null, null);
    return this.running;
  }

  // Through the job's lock (inside a mutation, its transaction holds the lock until it commits).
  async runFor(municipalityId: string | null, schoolId: string | null): Promise<EarlyWarningEvaluation> {
    const { ran, counts } = await this.jobs.run(EARLY_WARNING_JOB, (now) =>
      this.evaluate(now, municipalityId, schoolId),
    );
    return {
      ran,
      opened: counts?.opened ?? 0,
      updated: counts?.updated ?? 0,
      ended: counts?.ended ?? 0,
      escalated: counts?.escalated ?? 0,
    };
  }

  // One evaluation at `now` in the caller's transaction.
  async evaluate(now: Date, municipalityId: string | null, schoolId: string | null): Promise<Counts> {
    const manager = this.tx.manager;
    await manager.query(
      `INSERT INTO early_warning_settings (municipality_id)
       SELECT id FROM municipality WHERE ($1::uuid IS NULL OR id = $1::uuid)
       ON CONFLICT (municipality_id) DO NOTHING`,
      [municipalityId],
    );
    const cal = this.calendar(now);
    const changes = await manager.query<Change[]>(EVALUATE_SQL, [
      now,
      municipalityId,
      schoolId,
      cal.days,
      cal.ordinals,
      cal.working,
      cal.holidays,
    ]);
    const [escalated] = await manager.query<[Array<Omit<Change, 'change'>>, number]>(ESCALATE_SQL, [
      now,
      municipalityId,
      schoolId,
    ]);
    const all: Change[] = [...changes, ...escalated.map((row) => ({ ...row, change: 'escalated' as const }))];
    const perMunicipality = new Map<string, Change[]>();
    for (const row of all)
      perMunicipality.set(row.municipality_id, [...(perMunicipality.get(row.municipality_id) ?? []), row]);
    for (const [id, rows] of perMunicipality) {
      const of = (change: Change['change']) => rows.filter((row) => row.change === change).map((row) => row.id);
      await this.audit.record(
        { userId: null, role: 'SYSTEM', organizationId: null, municipalityId: id },
        {
          action: 'early_warning.evaluate',
          subjectType: 'EarlyWarning',
          subjectId: null,
          summary: {
            opened: of('opened').length,
            updated: of('updated').length,
            ended: of('ended').length,
            escalated: of('escalated').length,
            openedIds: of('opened').slice(0, AUDIT_ID_LIMIT),
            endedIds: of('ended').slice(0, AUDIT_ID_LIMIT),
            escalatedIds: of('escalated').slice(0, AUDIT_ID_LIMIT),
          },
        },
      );
    }
    await this.notifyAddressees(now, addresseeChanges(all));
    const count = (change: Change['change']) => all.filter((row) => row.change === change).length;
    return { opened: count('opened'), updated: count('updated'), ended: count('ended'), escalated: count('escalated') };
  }

  // Kept for the run's UTC day.
  private calendar(now: Date): SchoolCalendar {
    const key = dayIn('UTC', now);
    if (this.calendarCache?.key !== key) this.calendarCache = { key, calendar: schoolCalendarAround(now) };
    return this.calendarCache.calendar;
  }
}
