import { Injectable } from '@nestjs/common';

import type { AlertOwnerChanges } from '@app/alerts';
import { actorOf, AuditService } from '@app/core/audit';
import { AppConfig } from '@app/core/config';
import { DomainError, ErrorCode } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';

import { notificationEmail } from './email-text';
import type { NotificationEntity } from './entities/notification.entity';
import { EmailKind, NOTIFICATION_LINKS, NotificationKind } from './notifications.enums';
import { type NewNotification, NotificationsRepository } from './notifications.repository';

// Turns what the alert evaluation opened and escalated into one notification per person, run
// and kind (with the count), each with its e-mail in the outbox; and people's own reading of
// their notifications.
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  // In the evaluation's transaction: nothing is told of a run that rolls back.
  async recordAlertChanges(now: Date, changes: readonly AlertOwnerChanges[]): Promise<NotificationEntity[]> {
    const rows: NewNotification[] = [];
    for (const change of changes) {
      const base = { municipalityId: change.municipalityId, userId: change.userId };
      if (change.opened > 0) {
        const kind = NotificationKind.ALERTS_OPENED;
        rows.push({ ...base, kind, count: change.opened, link: NOTIFICATION_LINKS[kind] });
      }
      if (change.escalated > 0) {
        const kind = NotificationKind.ALERTS_ESCALATED;
        rows.push({ ...base, kind, count: change.escalated, link: NOTIFICATION_LINKS[kind] });
      }
    }
    const baseUrl = this.config.env.PUBLIC_BASE_URL;
    return this.repository.add(
      rows,
      (row) => ({
        municipalityId: row.municipalityId,
        userId: row.userId,
        kind: EmailKind.NOTIFICATION,
        ...notificationEmail(row.kind as NotificationKind, row.count, row.link, baseUrl),
      }),
      now,
    );
  }

  list(
    caller: Caller,
    args: { unreadOnly: boolean; first?: number; after?: string },
  ): Promise<Page<NotificationEntity>> {
    return this.repository.page(caller.ability, args.unreadOnly, args);
  }

  async markRead(
    { principal, ability }: Caller,
    input: { ids?: string[]; all?: boolean },
  ): Promise<{ marked: number; unreadCount: number }> {
    const all = input.all === true;
    if (all === (input.ids !== undefined && input.ids.length > 0)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Give either ids or all', { field: 'ids' });
    }
    const marked = await this.repository.markRead(ability, all ? 'all' : (input.ids ?? []), new Date());
    await this.audit.record(actorOf(principal), {
      action: 'notification.mark_read',
      subjectType: 'Notification',
      subjectId: null,
      summary: { all, marked: marked.length, ids: marked.slice(0, 100) },
    });
    return { marked: marked.length, unreadCount: await this.repository.unreadCount(ability) };
  }
}
