import { Injectable } from '@nestjs/common';

import { openAlertCountsPerUser } from '@app/alerts';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { JobRunner } from '@app/core/jobs';

import { digestEmail } from './email-text';
import { EmailKind, NOTIFICATION_LINKS, NotificationKind } from './notifications.enums';
import { NotificationsRepository } from './notifications.repository';

export const DIGEST_JOB = 'notifications-digest';

// The daily digest: from DIGEST_HOUR on the municipality's own day (its time zone), one e-mail
// per person with open alerts, with their count. Once per person and day however often it runs
// and on however many instances: the job lock keeps runs apart, the dedupe key (person and
// day) makes a second run write nothing.
@Injectable()
export class DigestService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
    private readonly repository: NotificationsRepository,
  ) {}

  async runOnce(): Promise<{ ran: boolean; written: number }> {
    const { ran, counts } = await this.jobs.run(DIGEST_JOB, async (now) => ({ written: await this.write(now) }));
    return { ran, written: counts?.written ?? 0 };
  }

  private async write(now: Date): Promise<number> {
    const manager = this.tx.manager;
    const due = await manager.query<Array<{ id: string; day: string }>>(
      `SELECT id, to_char($1::timestamptz AT TIME ZONE time_zone, 'YYYY-MM-DD') AS day FROM municipality
        WHERE extract(hour FROM $1::timestamptz AT TIME ZONE time_zone) >= $2`,
      [now, this.config.env.DIGEST_HOUR],
    );
    if (due.length === 0) return 0;
    const dayOf = new Map(due.map((m) => [m.id, m.day]));
    const counts = (await openAlertCountsPerUser(manager, now)).filter((c) => dayOf.has(c.municipalityId));
    const baseUrl = this.config.env.PUBLIC_BASE_URL;
    const link = NOTIFICATION_LINKS[NotificationKind.ALERTS_OPENED];
    return this.repository.addEmails(
      counts.map((c) => {
        const day = dayOf.get(c.municipalityId) ?? '';
        return {
          municipalityId: c.municipalityId,
          userId: c.userId,
          kind: EmailKind.DIGEST,
          dedupeKey: `digest:${c.userId}:${day}`,
          ...digestEmail(c.open, day, link, baseUrl),
        };
      }),
      now,
    );
  }
}
