import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { AuditService } from '@app/core/audit';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { PgPubSub } from '@app/core/pubsub';

import { YOUNG_PERSON_CHANGED } from './young-people.events';

export interface KaaJobResult {
  // False when another instance held the job lock and this run did nothing.
  ran: boolean;
  endedAtTwenty: number;
  remindersCreated: number;
}

// Scheduled KAA work, set-based over every municipality: a registration ends on the 20th
// birthday (turned 20, SCB block 5), and the coordinator is reminded before it to plan the
// hand-over. Runs on a timer in the api process (the embedded default needs no separate worker)
// and by hand from tests; a transaction-scoped advisory lock lets only one instance run at a
// time, and every run is idempotent.
@Injectable()
export class KaaJobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<KaaJobResult>;

  constructor(
    private readonly tx: TransactionHost,
    private readonly audit: AuditService,
    private readonly pubsub: PgPubSub,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.env.KAA_JOBS_INTERVAL_SECONDS;
    if (seconds === 0) return;
    this.timer = setInterval(() => void this.runOnce().catch(() => undefined), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  runOnce(): Promise<KaaJobResult> {
    this.running = this.tx.run(() => this.work(), { requireAudit: false });
    return this.running;
  }

  private async work(): Promise<KaaJobResult> {
    const manager = this.tx.manager;
    const [lock] = await manager.query<Array<{ ok: boolean }>>(
      `SELECT pg_try_advisory_xact_lock(hashtext('brygga.kaa-jobs')) AS ok`,
    );
    if (!lock?.ok) return { ran: false, endedAtTwenty: 0, remindersCreated: 0 };

    // The responsibility ends on the 20th birthday itself (29 February: the last day of
    // February, as date + interval gives).
    const ended = await manager.query<
      [Array<{ id: string; municipality_id: string; young_person_id: string; ended_on: string }>, number]
    >(
      `UPDATE kaa_enrollment e
          SET ended_on = (yp.date_of_birth + interval '20 years')::date, end_reason = 'TURNED_20',
              version = e.version + 1, updated_at = now()
         FROM young_person yp
        WHERE yp.id = e.young_person_id AND e.ended_on IS NULL
          AND (yp.date_of_birth + interval '20 years')::date <= CURRENT_DATE
        RETURNING e.id, e.municipality_id, e.young_person_id, e.ended_on`,
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
       SELECT yp.municipality_id, yp.id, 'TURNING_20', (yp.date_of_birth + interval '20 years')::date
         FROM young_person yp
         JOIN kaa_enrollment e ON e.young_person_id = yp.id AND e.ended_on IS NULL
        WHERE (yp.date_of_birth + interval '20 years')::date <= CURRENT_DATE + $1::int
       ON CONFLICT (young_person_id, kind, due_on) DO NOTHING
       RETURNING municipality_id, young_person_id`,
      [this.config.env.TURNING_20_REMINDER_DAYS],
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
    return { ran: true, endedAtTwenty: ended[0].length, remindersCreated: reminders.length };
  }
}

function system(municipalityId: string) {
  return { userId: null, role: 'SYSTEM', organizationId: null, municipalityId };
}
