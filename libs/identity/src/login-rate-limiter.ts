import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { sha256 } from '@app/core/auth';
import { AppConfig } from '@app/core/config';
import { DomainError, ErrorCode } from '@app/core/errors';

const WINDOW_SECONDS = 60;
// An address may try many accounts (a shared office NAT) but not without bound.
const ADDRESS_FACTOR = 10;

// Counts failed login attempts per account and per client address in PostgreSQL, so the limit
// holds across api instances and across aliased login mutations in one request. An attempt is
// written as failed before the password is checked (so concurrent guesses are counted) and
// marked successful afterwards; both writes are outside the login mutation's transaction,
// because a failed login rolls that back and the attempt must stay counted.
@Injectable()
export class LoginRateLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  // Returns the attempt's id, to pass to succeeded() when the password was right.
  async admit(email: string, clientAddress: string): Promise<string> {
    const accountKey = sha256(email.trim().toLowerCase());
    const max = this.config.env.LOGIN_MAX_ATTEMPTS_PER_MINUTE;
    const allowed = await this.dataSource.transaction(async (manager) => {
      await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('login:' || $1, 0))", [accountKey]);
      const rows = await manager.query<Array<{ account_attempts: number; address_attempts: number }>>(
        `SELECT
           count(*) FILTER (WHERE account_key = $1)::int AS account_attempts,
           count(*) FILTER (WHERE client_address = $2)::int AS address_attempts
         FROM login_attempt
         WHERE attempted_at > now() - make_interval(secs => $3) AND NOT succeeded
           AND (account_key = $1 OR client_address = $2)`,
        [accountKey, clientAddress, WINDOW_SECONDS],
      );
      const counts = rows[0] ?? { account_attempts: 0, address_attempts: 0 };
      if (counts.account_attempts >= max || counts.address_attempts >= max * ADDRESS_FACTOR) return undefined;
      const inserted = await manager.query<Array<{ id: string }>>(
        'INSERT INTO login_attempt (account_key, client_address, succeeded) VALUES ($1, $2, false) RETURNING id',
        [accountKey, clientAddress],
      );
      // Old rows are useless for the window; prune a few per attempt instead of running a job.
      await manager.query(
        `DELETE FROM login_attempt WHERE id IN (SELECT id FROM login_attempt WHERE attempted_at < now() - interval '1 day' LIMIT 100)`,
      );
      return inserted[0]?.id;
    });
    if (!allowed) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many login attempts; wait a minute and try again');
    }
    return allowed;
  }

  async succeeded(attemptId: string): Promise<void> {
    await this.dataSource.query('UPDATE login_attempt SET succeeded = true WHERE id = $1', [attemptId]);
  }
}
