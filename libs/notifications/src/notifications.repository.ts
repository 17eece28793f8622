import { Injectable } from '@nestjs/common';

import { type AppAbility, whereAccessible } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { keysetPage, type Page } from '@app/core/graphql';
import { EVENTS_CHANNEL } from '@app/core/pubsub';

import { EmailOutboxEntity } from './entities/email-outbox.entity';
import { NotificationEntity } from './entities/notification.entity';
import { EMAIL_OUTBOX_MAPPING, NOTIFICATION_MAPPING } from './notifications.sql-mapping';

export const NOTIFICATION_ADDED = 'notification.added';

export interface NewNotification {
  municipalityId: string;
  userId: string;
  kind: string;
  count: number;
  link: string;
}

export interface NewEmail {
  municipalityId: string;
  userId: string;
  kind: string;
  subject: string;
  body: string;
  dedupeKey: string;
}

// All SQL of notifications and the outbox. People's reads carry their access predicate; the
// jobs' writes are set-based (one statement per run, whatever the number of people).
@Injectable()
export class NotificationsRepository {
  constructor(private readonly tx: TransactionHost) {}

  private notifications(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(NotificationEntity).createQueryBuilder('n');
    return whereAccessible(qb, ability, action, NOTIFICATION_MAPPING);
  }

  page(
    ability: AppAbility,
    unreadOnly: boolean,
    page: { first?: number; after?: string },
  ): Promise<Page<NotificationEntity>> {
    const qb = this.notifications(ability);
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    // Newest first.
    return keysetPage(qb, page, {
      column: 'n.created_at',
      value: (row) => row.createdAt.toISOString(),
      type: 'timestamptz',
      descending: true,
    });
  }

  find(ability: AppAbility, id: string): Promise<NotificationEntity | null> {
    return this.notifications(ability).andWhere('n.id = :id', { id }).getOne();
  }

  unreadCount(ability: AppAbility): Promise<number> {
    return this.notifications(ability).andWhere('n.read_at IS NULL').getCount();
  }

  // Marks the caller's unread notifications read (these ids, or all): the ids marked.
  async markRead(ability: AppAbility, ids: readonly string[] | 'all', at: Date): Promise<string[]> {
    const qb = this.notifications(ability, 'update').select('n.id', 'id').andWhere('n.read_at IS NULL');
    if (ids !== 'all') qb.andWhere('n.id IN (:...ids)', { ids });
    const rows = await qb.getRawMany<{ id: string }>();
    if (rows.length === 0) return [];
    const marked = rows.map((row) => row.id);
    await this.tx.manager.query(`UPDATE notification SET read_at = $1 WHERE id = ANY($2::uuid[]) AND read_at IS NULL`, [
      at,
      marked,
    ]);
    return marked;
  }

  // Writes the notifications, their e-mails (to people whose account is not disabled) and an
  // event for each, all in the caller's transaction: delivered on commit only.
  async add(
    rows: readonly NewNotification[],
    emailOf: (row: NewNotification) => Omit<NewEmail, 'dedupeKey'>,
    now: Date,
  ): Promise<NotificationEntity[]> {
    if (rows.length === 0) return [];
    const inserted = await this.tx.manager.query<
      Array<{ id: string; municipality_id: string; user_id: string; kind: string; count: number; link: string }>
    >(
      `INSERT INTO notification (municipality_id, user_id, kind, count, link, created_at)
       SELECT * , $6::timestamptz FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[])
       RETURNING id, municipality_id, user_id, kind, count, link`,
      [
        rows.map((r) => r.municipalityId),
        rows.map((r) => r.userId),
        rows.map((r) => r.kind),
        rows.map((r) => r.count),
        rows.map((r) => r.link),
        now,
      ],
    );
    const emails = inserted.map((row) => ({
      ...emailOf({
        municipalityId: row.municipality_id,
        userId: row.user_id,
        kind: row.kind,
        count: row.count,
        link: row.link,
      }),
      dedupeKey: `notification:${row.id}`,
    }));
    await this.addEmails(emails, now);
    await this.tx.manager.query(
      `SELECT pg_notify($1, json_build_object('topic', $2::text, 'municipalityId', m, 'id', i)::text)
         FROM unnest($3::uuid[], $4::uuid[]) AS t(m, i)`,
      [EVENTS_CHANNEL, NOTIFICATION_ADDED, inserted.map((r) => r.municipality_id), inserted.map((r) => r.id)],
    );
    return inserted.map((row) =>
      Object.assign(new NotificationEntity(), {
        id: row.id,
        municipalityId: row.municipality_id,
        userId: row.user_id,
        kind: row.kind,
        count: row.count,
        link: row.link,
        createdAt: now,
        readAt: null,
      }),
    );
  }

  // Writes e-mails to the outbox, once per dedupe key; people without an address or with a
  // disabled account get none. Returns how many were written.
  async addEmails(emails: readonly NewEmail[], now: Date): Promise<number> {
    if (emails.length === 0) return 0;
    const rows = await this.tx.manager.query<Array<{ id: string }>>(
      `INSERT INTO email_outbox (municipality_id, user_id, to_address, kind, subject, body, dedupe_key, next_attempt_at, created_at)
       SELECT e.m, e.u, usr.email, e.k, e.s, e.b, e.d, $7::timestamptz, $7::timestamptz
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS e(m, u, k, s, b, d)
         JOIN app_user usr ON usr.id = e.u AND usr.disabled_at IS NULL AND usr.email <> ''
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        emails.map((e) => e.municipalityId),
        emails.map((e) => e.userId),
        emails.map((e) => e.kind),
        emails.map((e) => e.subject),
        emails.map((e) => e.body),
        emails.map((e) => e.dedupeKey),
        now,
      ],
    );
    return rows.length;
  }

  outboxPage(
    ability: AppAbility,
    status: string | undefined,
    page: { first?: number; after?: string },
  ): Promise<Page<EmailOutboxEntity>> {
    const qb = whereAccessible(
      this.tx.manager.getRepository(EmailOutboxEntity).createQueryBuilder('eo'),
      ability,
      'read',
      EMAIL_OUTBOX_MAPPING,
    );
    if (status) qb.andWhere('eo.status = :status', { status });
    return keysetPage(qb, page, {
      column: 'eo.created_at',
      value: (row) => row.createdAt.toISOString(),
      type: 'timestamptz',
      descending: true,
    });
  }
}
