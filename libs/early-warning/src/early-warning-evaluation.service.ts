import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { AuditService } from '@app/core/audit';
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
}

const AUDIT_ID_LIMIT = 100;

// The early-warning indicators' evaluation (issue 17): set-based over the schools' absence data,
// on the job timer (every municipality), when a school sends absence days (that school, in the
// request's transaction) and on demand. Idempotent: a held condition keeps its one suggestion.
@Injectable()
export class EarlyWarningEvaluationService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<EarlyWarningEvaluation>;

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
    const changes = await manager.query<Change[]>(EVALUATE_SQL, [now, municipalityId, schoolId]);
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
    const count = (change: Change['change']) => all.filter((row) => row.change === change).length;
    return { opened: count('opened'), updated: count('updated'), ended: count('ended'), escalated: count('escalated') };
  }
}
