import { Args, Context, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';

import { Policy } from '@app/core/authz';
import { callerOf, Connection, type GraphqlContext, refreshForEvent } from '@app/core/graphql';
import { eventIterator, PgPubSub } from '@app/core/pubsub';

import { EmailOutboxArgs, MarkNotificationsReadInput, NotificationsArgs } from './dto/notifications.inputs';
import { toNotification, toOutboxEmail } from './models/notifications.mapper';
import { MarkNotificationsReadPayload, Notification, OutboxEmail } from './models/notifications.models';
import { NOTIFICATION_ADDED, NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

const NotificationConnection = Connection(Notification, 'NotificationConnection');
type NotificationConnection = InstanceType<typeof NotificationConnection>;
const OutboxEmailConnection = Connection(OutboxEmail, 'OutboxEmailConnection');
type OutboxEmailConnection = InstanceType<typeof OutboxEmailConnection>;

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly repository: NotificationsRepository,
    private readonly pubsub: PgPubSub,
  ) {}

  @Query(() => NotificationConnection, {
    description: 'The caller’s own notifications, newest first; totalCount with unreadOnly is the unread count.',
  })
  @Policy('read', 'Notification')
  async notifications(
    @Args() args: NotificationsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<NotificationConnection> {
    const page = await this.service.list(callerOf(ctx), args);
    return { ...page, nodes: page.nodes.map(toNotification) };
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Mark the caller’s notifications read: some, or all.' })
  @Policy('update', 'Notification')
  markNotificationsRead(
    @Args('input') input: MarkNotificationsReadInput,
    @Context() ctx: GraphqlContext,
  ): Promise<MarkNotificationsReadPayload> {
    return this.service.markRead(callerOf(ctx), input);
  }

  @Query(() => OutboxEmailConnection, {
    description: 'E-mails written to the municipality’s staff, newest first, sent or not (admin).',
  })
  @Policy('read', 'EmailOutbox')
  async emailOutbox(@Args() args: EmailOutboxArgs, @Context() ctx: GraphqlContext): Promise<OutboxEmailConnection> {
    const page = await this.repository.outboxPage(callerOf(ctx).ability, args.status, args);
    return { ...page, nodes: page.nodes.map(toOutboxEmail) };
  }

  @Subscription(() => Notification, {
    description: 'The caller’s own new notifications as they are written.',
    resolve: (value: Notification) => value,
  })
  @Policy('read', 'Notification')
  notificationAdded(@Context() ctx: GraphqlContext): AsyncIterableIterator<Notification> {
    const { principal } = callerOf(ctx);
    return eventIterator(
      this.pubsub,
      NOTIFICATION_ADDED,
      (event) => event.municipalityId === principal.municipalityId,
      // Re-read through the recipient-only rule with a fresh principal: another person's
      // notification is never found, and a membership that ended stops delivery.
      async (event) => {
        const ability = await refreshForEvent(ctx, event);
        if (!ability) return undefined;
        const row = await this.repository.find(ability, event.id);
        return row ? toNotification(row) : undefined;
      },
    );
  }
}
