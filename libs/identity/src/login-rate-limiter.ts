import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { sha256 } from '@app/core/auth';
import { AppConfig } from '@app/core/config';
import { TransactionHost } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';

const WINDOW_SECONDS = 60;
// An address may try many accounts (a shared office NAT) but not without bound.
const ADDRESS_FACTOR = 10;

// Runs work for one key at a time in this process, in arrival order. A burst against one account
// or from one address waits here, holding nothing, instead of each call holding a pool
// connection while it waits in PostgreSQL's lock queue: a burst then occupies one connection,
// and other users' requests get the rest of the pool.
class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release = (): void => undefined;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}

// Counts failed login attempts per account and per client address in PostgreSQL, so the limit
// holds across api instances and across aliased login mutations in one request. An attempt is
// reserved (written as failed) before the password is checked, so concurrent guesses are
// counted and no more than the limit ever reach scrypt; it is marked successful afterwards.
// The reservation commits on its own, before the login's transaction begins, because a failed
// login rolls that back and the attempt must stay counted.
//
// Concurrent reservations for one account, or from one address, are serialised twice: in this
// process by a queue per key (no pool connection held while waiting), and across instances by
// PostgreSQL advisory locks. Both take the account before the address, so whoever holds an
// address waits for nothing but its own statements and two reservations never wait on each
// other in a cycle. A reservation holds exactly one connection and needs no other, so a burst
// can never starve the pool into a deadlock (issue 14: each login held its transaction's
// connection while the limiter waited for a second one).
@Injectable()
export class LoginRateLimiter {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionHost,
    private readonly config: AppConfig,
  ) {}

  // Returns the attempt's id, to pass to succeeded() when the password was right.
  async admit(email: string, clientAddress: string): Promise<string> {
    const accountKey = sha256(email.trim().toLowerCase());
    const admitted = await this.queue.run(`account:${accountKey}`, () =>
      this.queue.run(`address:${clientAddress}`, () => this.reserve(accountKey, clientAddress)),
    );
    if (!admitted) {
      throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many login attempts; wait a minute and try again');
    }
    return admitted;
  }

  // In the login's transaction: the mark commits with the tokens it goes with.
  async succeeded(attemptId: string): Promise<void> {
    await this.tx.manager.query('UPDATE login_attempt SET succeeded = true WHERE id = $1', [attemptId]);
  }

  // Inserts the attempt only when the account and the address are both under their limit.
  // Under the advisory locks, in READ COMMITTED, the INSERT's snapshot sees every reservation
  // committed before the locks were granted, so the counts are exact.
  private reserve(accountKey: string, clientAddress: string): Promise<string | undefined> {
    const max = this.config.env.LOGIN_MAX_ATTEMPTS_PER_MINUTE;
    return this.dataSource.transaction(async (manager) => {
      await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('login:' || $1, 0))", [accountKey]);
      await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('login-address:' || $1, 0))", [clientAddress]);
      const inserted = await manager.query<Array<{ id: string }>>(
        `INSERT INTO login_attempt (account_key, client_address, succeeded)
         SELECT $1::char(64), $2::varchar, false
         WHERE (SELECT count(*) FROM login_attempt
                 WHERE account_key = $1 AND NOT succeeded AND attempted_at > now() - make_interval(secs => $3)) < $4
           AND (SELECT count(*) FROM login_attempt
                 WHERE client_address = $2 AND NOT succeeded AND attempted_at > now() - make_interval(secs => $3)) < $5
         RETURNING id`,
        [accountKey, clientAddress, WINDOW_SECONDS, max, max * ADDRESS_FACTOR],
      );
      // Old rows are useless for the window; prune a few per attempt instead of running a job.
      await manager.query(
        `DELETE FROM login_attempt WHERE id IN (SELECT id FROM login_attempt WHERE attempted_at < now() - interval '1 day' LIMIT 100)`,
      );
      return inserted[0]?.id;
    });
  }
}
