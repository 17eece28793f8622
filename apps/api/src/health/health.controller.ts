import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '@app/core/authz';

import { Lifecycle } from './lifecycle';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: Lifecycle,
  ) {}

  // Liveness: the process answers. Never touches the database, so a database outage does
  // not get healthy instances restarted.
  @Get('live')
  @Public()
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  // Readiness: not shutting down, the database answers and no migration is pending.
  @Get('ready')
  @Public()
  async ready(@Res({ passthrough: true }) res: Response): Promise<{ status: string; checks: Record<string, string> }> {
    const checks: Record<string, string> = { shutdown: this.lifecycle.shuttingDown ? 'draining' : 'ok' };
    try {
      const pending = await Promise.race([
        this.dataSource.showMigrations(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      checks.database = 'ok';
      checks.migrations = pending ? 'pending' : 'ok';
    } catch {
      checks.database = 'unavailable';
    }
    const ok = Object.values(checks).every((v) => v === 'ok');
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks };
  }
}
