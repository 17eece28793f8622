import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { AuditService } from '@app/core/audit';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { JobRunner } from '@app/core/jobs';
import { PgPubSub } from '@app/core/pubsub';

import { YOUNG_PERSON_CHANGED } from './young-people.events';

export interface KaaJobResult {
  // False when another instance held the job lock and this run did nothing.
  ran: boolean;
  endedAtTwenty: number;
  remindersCreated: number;
}

export const KAA_JOB = 'kaa-daily';

// The 20th birthday in SQL, for a row aliased yp (29 February: the last day of February, as
// date + interval gives).
const TWENTIETH_BIRTHDAY = `(yp.date_of_birth + interval '20 years')::date`;
// The municipality's current day for a row aliased mu, from the job's instant ($1): the day the
// municipality's own calendar shows, never PostgreSQL's CURRENT_DATE (the server's, in UTC).
const MUNICIPALITY_TODAY = `($1::timestamptz AT TIME ZONE mu.time_zone)::date`;

// Scheduled KAA work, set-based over every municipality: a registration ends on the 20th
// birthday (turned 20, SCB block 5), and the coordinator is reminded before it to plan the
// hand-over. Runs on a timer in the api process (the embedded default needs no separate worker)
// and by hand from tests, through the JobRunner (once across instances, every run recorded,
// failures logged and shown in readiness); every run is idempotent.
@Injectable()
export class KaaJobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<KaaJobResult>;

  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly pubsub: PgPubSub,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.scheduleSeconds('KAA_JOBS_INTERVAL_SECONDS');
    if (seconds === 0) return;
    // The runner has logged and recorded a failure; the timer only keeps going.
    this.timer = setInterval(() => void this.runOnce().catch(() => undefined), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  runOnce(): Promise<KaaJobResult> {
    this.running = this.jobs
      .run(KAA_JOB, (now) => this.work(now))
      .then(({ ran, counts }) => ({
        ran,
        endedAtTwenty: counts?.endedAtTwenty ?? 0,
        remindersCreated: counts?.remindersCreated ?? 0,
      }));
    return this.running;
  }

  private async work(now: Date): Promise<{ endedAtTwenty: number; remindersCreated: number }> {
    const manager = this.tx.manager;
    // The responsibility ends on the 20th birthday itself, as the municipality counts days.
    const ended = await manager.query<
      [Array<{ id: string; municipality_id: string; young_person_id: string; ended_on: string }>, number]
    >(
      `UPDATE kaa_enrollment e
          SET ended_on = ${TWENTIETH_BIRTHDAY}, end_reason = 'TURNED_20',
              version = e.version + 1, updated_at = now()
         FROM young_person yp
         JOIN municipality mu ON mu.id = yp.municipality_id
        WHERE yp.id = e.young_person_id AND e.ended_on IS NULL
          AND ${TWENTIETH_BIRTHDAY} <= ${MUNICIPALITY_TODAY}
        RETURNING e.id, e.municipality_id, e.young_person_id, e.ended_on`,
      [now],
    );
    for (const row of ended[0]) {
      await this.audit.record(system(row.municipality_id), {
        action: 'kaa_enrollment.end',
        subjectType: 'KaaEnrollment',
        subjectId: row.id,
        summary: { reason: 'TURNED_20', scheduled: true, youngPersonId: row.young_person_id },
      });
      await this.pubsub.publish({
        topic: YOUNG_PERSON_CHANGED,
        municipalityId: row.municipality_id,
        id: row.young_person_id,
      });
    }

    const reminders = await manager.query<Array<{ municipality_id: string; young_person_id: string }>>(
      `INSERT INTO kaa_reminder (municipality_id, young_person_id, kind, due_on)
       SELECT yp.municipality_id, yp.id, 'TURNING_20', ${TWENTIETH_BIRTHDAY}
         FROM young_person yp
         JOIN municipality mu ON mu.id = yp.municipality_id
         JOIN kaa_enrollment e ON e.young_person_id = yp.id AND e.ended_on IS NULL
        WHERE ${TWENTIETH_BIRTHDAY} <= ${MUNICIPALITY_TODAY} + $2::int
       ON CONFLICT (young_person_id, kind, due_on) DO NOTHING
       RETURNING municipality_id, young_person_id`,
      [now, this.config.env.TURNING_20_REMINDER_DAYS],
    );
    const perMunicipality = new Map<string, number>();
    for (const row of reminders) {
      perMunicipality.set(row.municipality_id, (perMunicipality.get(row.municipality_id) ?? 0) + 1);
      await this.pubsub.publish({
        topic: YOUNG_PERSON_CHANGED,
        municipalityId: row.municipality_id,
        id: row.young_person_id,
      });
    }
    for (const [municipalityId, count] of perMunicipality) {
      await this.audit.record(system(municipalityId), {
        action: 'kaa_reminder.create',
        subjectType: 'Reminder',
        subjectId: null,
        summary: { kind: 'TURNING_20', count },
      });
    }
    return { endedAtTwenty: ended[0].length, remindersCreated: reminders.length };
  }
}

function system(municipalityId: string) {
  return { userId: null, role: 'SYSTEM', organizationId: null, municipalityId };
}
