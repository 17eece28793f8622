import { randomBytes } from 'node:crypto';

import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '@app/core/config';

// The HMAC key for access tokens: AUTH_TOKEN_SECRET when set, otherwise one generated key kept
// in the database so all api instances agree. Loaded once at start-up.
@Injectable()
export class SigningKeyProvider implements OnModuleInit {
  private secret: Uint8Array | undefined;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    const configured = this.config.env.AUTH_TOKEN_SECRET;
    if (configured) {
      this.secret = new TextEncoder().encode(configured);
      return;
    }
    const stored = await this.dataSource.transaction(async (manager) => {
      await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('brygga:signing-key', 0))");
      const rows = await manager.query<Array<{ secret: string }>>(
        'SELECT secret FROM auth_signing_key ORDER BY created_at LIMIT 1',
      );
      if (rows[0]) return rows[0].secret;
      const secret = randomBytes(48).toString('base64url');
      await manager.query('INSERT INTO auth_signing_key (secret) VALUES ($1)', [secret]);
      return secret;
    });
    this.secret = new TextEncoder().encode(stored);
  }

  key(): Uint8Array {
    if (!this.secret) throw new Error('Signing key not loaded yet');
    return this.secret;
  }
}
