import { Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

import { ChainAnchorService } from '@app/core/audit';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { FileStore } from '@app/core/files';
import { JobQueue, JobRunner } from '@app/core/jobs';

// The api's own background work: the job queue's workers (unless JOBS=off leaves them
// to `npm run worker`) and the scheduled deletion of expired files. Started once every module
// has registered its job handlers, stopped (running jobs finished) before the pool closes.
@Injectable()
export class BackgroundWork implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private anchorTimer?: NodeJS.Timeout;

  constructor(
    private readonly queue: JobQueue,
    private readonly runner: JobRunner,
    private readonly files: FileStore,
    private readonly config: AppConfig,
    private readonly anchors: ChainAnchorService,
    private readonly tx: TransactionHost,
  ) {}

  onApplicationBootstrap(): void {
    this.queue.start();
    const anchorSeconds = this.config.scheduleSeconds('AUDIT_ANCHOR_INTERVAL_SECONDS');
    if (anchorSeconds > 0) {
      this.anchorTimer = setInterval(() => void this.anchorChains().catch(() => undefined), anchorSeconds * 1000);
      this.anchorTimer.unref();
    }
    const seconds = this.config.scheduleSeconds('KAA_JOBS_INTERVAL_SECONDS');
    if (seconds === 0) return;
    this.timer = setInterval(() => void this.expireFiles().catch(() => undefined), seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    if (this.anchorTimer) clearInterval(this.anchorTimer);
    await this.queue.stop();
  }

  // Anchors the audit and access-log chains' heads outside the database (once across instances).
  anchorChains(): Promise<unknown> {
    return this.runner.run('audit-anchor', async () => {
      const anchor = await this.anchors.anchor((sql, params) => this.tx.manager.query(sql, params));
      return { chains: anchor.heads.length };
    });
  }

  // Deletes uploads and reports past their keeping time (once across instances).
  expireFiles(): Promise<unknown> {
    return this.runner.run('files-expiry', async (now) => ({ deleted: await this.files.deleteExpired(now) }));
  }
}
