import { Injectable } from '@nestjs/common';

import { Clock } from '@app/core/clock';
import type { AlertOwnerChanges } from '@app/alerts';
import type { EarlyWarningAddresseeChanges } from '@app/early-warning';
import { actorOf, AuditService } from '@app/core/audit';
import { AppConfig } from '@app/core/config';
import { DomainError, ErrorCode } from '@app/core/errors';
import type { Caller, Page } from '@app/core/graphql';

import { notificationEmail } from './email-text';
import type { NotificationEntity } from './entities/notification.entity';
import { EmailKind, NOTIFICATION_LINKS, NotificationKind } from './notifications.enums';
import { type NewNotification, NotificationsRepository } from './notifications.repository';

// Turns what the alert and early-warning evaluations opened and escalated into one notification
// per person, run and kind (with the count), each with its e-mail in the outbox; and people's
// own reading of their notifications.
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  // In the evaluation's transaction: nothing is told of a run that rolls back.
  recordAlertChanges(now: Date, changes: readonly AlertOwnerChanges[]): Promise<NotificationEntity[]> {
    return this.record(now, changes, NotificationKind.ALERTS_OPENED, NotificationKind.ALERTS_ESCALATED);
  }

  // New early-warning suggestions tell the mentor (or student health when the pupil has no
  // mentor); escalated ones tell student health. Counts only, as for alerts.
  recordEarlyWarningChanges(
    now: Date,
    changes: readonly EarlyWarningAddresseeChanges[],
  ): Promise<NotificationEntity[]> {
    return this.record(
      now,
      changes,
      NotificationKind.EARLY_WARNING_SUGGESTED,
      NotificationKind.EARLY_WARNING_ESCALATED,
    );
  }

  private async record(
    now: Date,
    changes: ReadonlyArray<{ municipalityId: string; userId: string; opened: number; escalated: number }>,
    openedKind: NotificationKind,
    escalatedKind: NotificationKind,
  ): Promise<NotificationEntity[]> {
    const rows: NewNotification[] = [];
    for (const change of changes) {
      const base = { municipalityId: change.municipalityId, userId: change.userId };
      if (change.opened > 0) {
        rows.push({ ...base, kind: openedKind, count: change.opened, link: NOTIFICATION_LINKS[openedKind] });
      }
      if (change.escalated > 0) {
        rows.push({ ...base, kind: escalatedKind, count: change.escalated, link: NOTIFICATION_LINKS[escalatedKind] });
      }
    }
    if (rows.length === 0) return [];
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
    const marked = await this.repository.markRead(ability, all ? 'all' : (input.ids ?? []), this.clock.now());
    await this.audit.record(actorOf(principal), {
      action: 'notification.mark_read',
      subjectType: 'Notification',
      subjectId: null,
      summary: { all, marked: marked.length, ids: marked.slice(0, 100) },
    });
    return { marked: marked.length, unreadCount: await this.repository.unreadCount(ability) };
  }
}
