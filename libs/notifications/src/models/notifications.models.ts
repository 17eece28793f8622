import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { EmailKind, EmailStatus, NotificationKind } from '../notifications.enums';

@ObjectType({ description: 'Something to tell the caller: a kind, a count and a link, never a name.' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => Int, { description: 'How many (alerts) the notification is about.' })
  count!: number;

  @Field({ description: 'A path of the web app to open.' })
  link!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'Notifications marked read by this call.' })
  marked!: number;

  @Field(() => Int, { description: 'The caller’s unread notifications left.' })
  unreadCount!: number;
}

@ObjectType({ description: 'An e-mail Brygga wrote (counts and links only) and its delivery.' })
export class OutboxEmail {
  @Field(() => ID)
  id!: string;

  @Field(() => EmailKind)
  kind!: EmailKind;

  @Field()
  toAddress!: string;

  @Field()
  subject!: string;

  @Field()
  body!: string;

  @Field(() => EmailStatus)
  status!: EmailStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'The SMTP server’s answer to the last failed attempt.' })
  lastError!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}
