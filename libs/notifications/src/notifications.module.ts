import { Module } from '@nestjs/common';

import { AlertsModule } from '@app/alerts';
import { EarlyWarningModule } from '@app/early-warning';

import { DigestService } from './digest.service';
import { EmailDeliveryService } from './email-delivery.service';
import { NotificationJobs } from './notification-jobs';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [AlertsModule, EarlyWarningModule],
  providers: [
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    EmailDeliveryService,
    DigestService,
    NotificationJobs,
  ],
  exports: [NotificationsService, EmailDeliveryService, DigestService, NotificationJobs],
})
export class NotificationsModule {}
