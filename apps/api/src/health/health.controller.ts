import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '@app/core/authz';
import { JobRunner } from '@app/core/jobs';

import { Lifecycle } from './lifecycle';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: Lifecycle,
    private readonly jobs: JobRunner,
  ) {}

  // Liveness: the process answers. Never touches the database, so a database outage does
  // not get healthy instances restarted.
  @Get('live')
  @Public()
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  // Readiness: not shutting down, the database answers and no migration is pending. The
  // scheduled jobs' state is reported beside the checks ("failing" when a job's latest run
  // failed) without making the instance unready: it still serves requests, and taking every
  // instance out of the load balancer for a failing background job would be worse.
  @Get('ready')
  @Public()
  async ready(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: string; checks: Record<string, string>; jobs: Record<string, string> }> {
    const checks: Record<string, string> = { shutdown: this.lifecycle.shuttingDown ? 'draining' : 'ok' };
    let jobs: Record<string, string> = {};
    try {
      const [pending, jobHealth] = await withTimeout(
        Promise.all([this.dataSource.showMigrations(), this.jobs.health()]),
        2000,
      );
      checks.database = 'ok';
      checks.migrations = pending ? 'pending' : 'ok';
      jobs = jobHealth;
    } catch {
      checks.database = 'unavailable';
    }
    const ok = Object.values(checks).every((v) => v === 'ok');
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks, jobs };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);
}
