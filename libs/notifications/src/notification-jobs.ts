import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';

import { AlertEvaluationService } from '@app/alerts';
import { AppConfig } from '@app/core/config';
import { EarlyWarningEvaluationService } from '@app/early-warning';

import { DigestService } from './digest.service';
import { EmailDeliveryService } from './email-delivery.service';
import { NotificationsService } from './notifications.service';

// Wires notifications to the alert and early-warning evaluations' hooks and runs the digest and the delivery on
// a timer (EMAIL_INTERVAL_SECONDS; 0: off, tests run them by hand).
@Injectable()
export class NotificationJobs implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly evaluation: AlertEvaluationService,
    private readonly earlyWarning: EarlyWarningEvaluationService,
    private readonly notifications: NotificationsService,
    private readonly digest: DigestService,
    private readonly delivery: EmailDeliveryService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.evaluation.onEvaluated(async (now, changes) => {
      await this.notifications.recordAlertChanges(now, changes);
    });
    this.earlyWarning.onEvaluated(async (now, changes) => {
      await this.notifications.recordEarlyWarningChanges(now, changes);
    });
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.scheduleSeconds('EMAIL_INTERVAL_SECONDS');
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.tick()
        .catch(() => undefined)
        .finally(() => (this.running = undefined));
    }, seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  // The digest first, so the day's digest goes out in the same tick it is written.
  async tick(): Promise<void> {
    await this.digest.runOnce();
    await this.delivery.runOnce();
  }
}
