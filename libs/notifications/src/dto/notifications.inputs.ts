import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';

import { PageArgs } from '@app/core/graphql';

import { EmailStatus } from '../notifications.enums';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only those not read yet.' })
  @IsBoolean()
  unreadOnly: boolean = false;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'These notifications (the caller’s own; others are ignored).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[];

  @Field({ nullable: true, description: 'All the caller’s unread notifications (instead of ids).' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

@ArgsType()
export class EmailOutboxArgs extends PageArgs {
  @Field(() => EmailStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EmailStatus)
  status?: EmailStatus;
}
