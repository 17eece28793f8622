import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '@app/core/config';

import { RetentionService } from './retention.service';

// Runs the disposal job at RETENTION_INTERVAL_SECONDS (daily by default) through JobRunner: one
// instance at a time, every run in job_run (failures are logged there by JobRunner), a failing one
// shown in the readiness details.
@Injectable()
export class RetentionJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly service: RetentionService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.scheduleSeconds('RETENTION_INTERVAL_SECONDS');
    if (seconds === 0) return;
    this.timer = setInterval(() => void this.service.runScheduled().catch(() => undefined), seconds * 1000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
