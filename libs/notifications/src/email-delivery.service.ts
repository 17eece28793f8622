import { Injectable } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { JobRunner } from '@app/core/jobs';

export const EMAIL_JOB = 'email-deliver';

// E-mails one run sends at most: the run holds its transaction (and the job lock) while it
// talks to the SMTP server, so it is kept short; the rest go on the next run.
const BATCH = 25;
// The wait before attempt n+1 grows: 1, 2, 4, 8 … minutes, at most six hours.
const MAX_BACKOFF_MINUTES = 360;

export function backoffMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_MINUTES);
}

export interface Delivery {
  ran: boolean;
  sent: number;
  retried: number;
  failed: number;
}

interface Pending {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

// Sends the outbox's pending e-mails through SMTP_URL, once across instances (JobRunner), with
// retries at growing intervals and FAILED after EMAIL_MAX_ATTEMPTS. Without SMTP_URL it does
// nothing: the e-mails stay in the outbox for the admin to read.
@Injectable()
export class EmailDeliveryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly config: AppConfig,
    private readonly jobs: JobRunner,
  ) {}

  get configured(): boolean {
    return this.config.env.SMTP_URL !== undefined;
  }

  async runOnce(): Promise<Delivery> {
    const url = this.config.env.SMTP_URL;
    if (!url) return { ran: false, sent: 0, retried: 0, failed: 0 };
    const { ran, counts } = await this.jobs.run(EMAIL_JOB, (now) => this.deliver(url, now));
    return { ran, sent: counts?.sent ?? 0, retried: counts?.retried ?? 0, failed: counts?.failed ?? 0 };
  }

  private async deliver(url: string, now: Date): Promise<{ sent: number; retried: number; failed: number }> {
    const manager = this.tx.manager;
    const pending = await manager.query<Pending[]>(
      `SELECT id, to_address, subject, body, attempts FROM email_outbox
        WHERE status = 'PENDING' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2
        FOR UPDATE SKIP LOCKED`,
      [now, BATCH],
    );
    const counts = { sent: 0, retried: 0, failed: 0 };
    if (pending.length === 0) return counts;
    const transport: Transporter = createTransport({
      url,
      // A server that does not answer must not hold the run's transaction for minutes.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    const maxAttempts = this.config.env.EMAIL_MAX_ATTEMPTS;
    try {
      for (const mail of pending) {
        const attempts = mail.attempts + 1;
        try {
          await transport.sendMail({
            from: this.config.env.SMTP_FROM,
            to: mail.to_address,
            subject: mail.subject,
            text: mail.body,
          });
          await manager.query(
            `UPDATE email_outbox SET status = 'SENT', attempts = $2, sent_at = $3, last_error = NULL WHERE id = $1`,
            [mail.id, attempts, now],
          );
          counts.sent += 1;
        } catch (error) {
          // The server's words only (never the message's text): an address may appear, a name cannot.
          const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
          const gaveUp = attempts >= maxAttempts;
          await manager.query(
            `UPDATE email_outbox SET attempts = $2, last_error = $3, status = $4,
                    next_attempt_at = $5::timestamptz + make_interval(mins => $6) WHERE id = $1`,
            [mail.id, attempts, message, gaveUp ? 'FAILED' : 'PENDING', now, backoffMinutes(attempts)],
          );
          if (gaveUp) counts.failed += 1;
          else counts.retried += 1;
        }
      }
    } finally {
      transport.close();
    }
    return counts;
  }
}
