import type { EmailOutboxEntity } from '../entities/email-outbox.entity';
import type { NotificationEntity } from '../entities/notification.entity';
import type { EmailKind, EmailStatus, NotificationKind } from '../notifications.enums';
import type { Notification, OutboxEmail } from './notifications.models';

export function toNotification(row: NotificationEntity): Notification {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    count: row.count,
    link: row.link,
    createdAt: row.createdAt,
    readAt: row.readAt,
  };
}

export function toOutboxEmail(row: EmailOutboxEntity): OutboxEmail {
  return {
    id: row.id,
    kind: row.kind as EmailKind,
    toAddress: row.toAddress,
    subject: row.subject,
    body: row.body,
    status: row.status as EmailStatus,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}
