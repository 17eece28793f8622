import { createHash } from 'node:crypto';

import { DataSource, type EntityManager } from 'typeorm';

import type { AppLogger } from '@app/core/logging';
import { RequestContext } from '@app/core/logging';

import { SecurityEventKind } from './security-event.entity';

export interface SecurityEventInput {
  kind: SecurityEventKind;
  municipalityId?: string | null;
  userId?: string | null;
  // The e-mail a login named: only its hash is stored, and it finds the account (user and
  // municipality) when there is one. Never stored or logged in clear.
  email?: string | null;
  clientAddress?: string | null;
  code?: string | null;
  operation?: string | null;
  // The integration credential a school system sent with.
  credentialId?: string | null;
  // Counts only (a refused import: rows, refused, otherSchool).
  details?: Record<string, number> | null;
}

export interface SecurityEventSettings {
  // Failed or throttled logins against one account within the window that raise an anomaly.
  accountThreshold: number;
  // Failed logins and refused tokens from one address within the window that raise an anomaly.
  addressThreshold: number;
  // Refused imports naming pupils on another school's roll, from one credential or user within
  // the window, that raise an anomaly.
  importThreshold: number;
  windowSeconds: number;
  // How long an event may wait in memory before it is written (a batch is written sooner when full).
  flushDelayMs: number;
}

interface PendingEvent {
  occurredAt: Date;
  kind: SecurityEventKind;
  municipalityId: string | null;
  userId: string | null;
  email: string | null;
  accountKey: string | null;
  clientAddress: string | null;
  code: string | null;
  operation: string | null;
  requestId: string | null;
  credentialId: string | null;
  details: Record<string, number> | null;
}

// Events written by one INSERT; a larger backlog is written in several.
const BATCH = 500;
// Events held in memory at most; beyond that new ones are dropped (and counted in the log):
// a flood of refusals must not grow the process without bound while the database is down.
const MAX_BUFFERED = 20_000;

const FAILED_LOGINS = [SecurityEventKind.LOGIN_FAILED, SecurityEventKind.LOGIN_THROTTLED];
const ADDRESS_FAILURES = [
  SecurityEventKind.LOGIN_FAILED,
  SecurityEventKind.LOGIN_THROTTLED,
  SecurityEventKind.TOKEN_REFUSED,
  SecurityEventKind.REFRESH_TOKEN_REFUSED,
];

export function accountKeyOf(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

// One array parameter per column; an e-mail joins app_user to name the account's user and
// municipality, and is not stored.
const INSERT_EVENTS = `INSERT INTO security_event (occurred_at, kind, municipality_id, user_id, account_key, client_address,
    code, operation, request_id, credential_id, details)
  SELECT t.occurred_at, t.kind, COALESCE(t.municipality_id, u.municipality_id), COALESCE(t.user_id, u.id),
         t.account_key, t.client_address, t.code, t.operation, t.request_id, t.credential_id, t.details
    FROM unnest($1::timestamptz[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[],
                $9::text[], $10::text[], $11::uuid[], $12::jsonb[])
      AS t(occurred_at, kind, municipality_id, user_id, account_key, client_address, code, operation, request_id, email,
           credential_id, details)
    LEFT JOIN app_user u ON u.email = t.email`;

// One anomaly per account (or address) and window: raised when the events of the window reach
// the threshold and none was raised for it in the window already.
const ACCOUNT_ANOMALIES = `INSERT INTO security_event (occurred_at, kind, municipality_id, user_id, account_key, details)
  SELECT now(), 'ANOMALY_ACCOUNT', f.municipality_id, f.user_id, f.account_key,
         jsonb_build_object('events', f.n, 'windowSeconds', $2::int)
    FROM (SELECT e.account_key, count(*) AS n,
                 (array_agg(e.municipality_id) FILTER (WHERE e.municipality_id IS NOT NULL))[1] AS municipality_id,
                 (array_agg(e.user_id) FILTER (WHERE e.user_id IS NOT NULL))[1] AS user_id
            FROM security_event e
           WHERE e.account_key = ANY($1::text[]) AND e.kind = ANY($4::text[])
             AND e.occurred_at > now() - make_interval(secs => $2::int)
           GROUP BY e.account_key HAVING count(*) >= $3::int) f
   WHERE NOT EXISTS (SELECT 1 FROM security_event a
                      WHERE a.account_key = f.account_key AND a.kind = 'ANOMALY_ACCOUNT'
                        AND a.occurred_at > now() - make_interval(secs => $2::int))
  RETURNING seq, account_key, municipality_id, details`;

const ADDRESS_ANOMALIES = `INSERT INTO security_event (occurred_at, kind, municipality_id, client_address, details)
  SELECT now(), 'ANOMALY_ADDRESS', f.municipality_id, f.client_address,
         jsonb_build_object('events', f.n, 'accounts', f.accounts, 'windowSeconds', $2::int)
    FROM (SELECT e.client_address, count(*) AS n, count(DISTINCT e.account_key) AS accounts,
                 -- A municipality only when every event that names one names the same.
                 CASE WHEN count(DISTINCT e.municipality_id) = 1
                      THEN (array_agg(e.municipality_id) FILTER (WHERE e.municipality_id IS NOT NULL))[1] END
                   AS municipality_id
            FROM security_event e
           WHERE e.client_address = ANY($1::text[]) AND e.kind = ANY($4::text[])
             AND e.occurred_at > now() - make_interval(secs => $2::int)
           GROUP BY e.client_address HAVING count(*) >= $3::int) f
   WHERE NOT EXISTS (SELECT 1 FROM security_event a
                      WHERE a.client_address = f.client_address AND a.kind = 'ANOMALY_ADDRESS'
                        AND a.occurred_at > now() - make_interval(secs => $2::int))
  RETURNING seq, client_address, municipality_id, details`;

// One anomaly per sender (an integration credential, or a user uploading in the app) and window:
// raised when the sender's refused imports that named pupils on another school's roll reach the
// threshold. A school sending its own pupils is refused so at most now and then (a pupil who
// just changed schools); a sender refused so again and again is asking which school
// personnummer attend.
const IMPORT_ANOMALIES = `INSERT INTO security_event (occurred_at, kind, municipality_id, user_id, credential_id, code, details)
  SELECT now(), 'ANOMALY_IMPORT', f.municipality_id, f.user_id, f.credential_id, 'ABSENCE_ROW_OTHER_SCHOOL',
         jsonb_build_object('events', f.n, 'otherSchool', f.other_school, 'windowSeconds', $2::int)
    FROM (SELECT e.credential_id, e.user_id, count(*) AS n, sum((e.details->>'otherSchool')::int) AS other_school,
                 (array_agg(e.municipality_id))[1] AS municipality_id
            FROM security_event e
           WHERE (e.credential_id = ANY($1::uuid[]) OR e.user_id = ANY($1::uuid[])) AND e.kind = 'IMPORT_REFUSED'
             AND (e.details->>'otherSchool')::int > 0
             AND e.occurred_at > now() - make_interval(secs => $2::int)
           GROUP BY e.credential_id, e.user_id HAVING count(*) >= $3::int) f
   WHERE NOT EXISTS (SELECT 1 FROM security_event a
                      WHERE a.kind = 'ANOMALY_IMPORT'
                        AND a.credential_id IS NOT DISTINCT FROM f.credential_id
                        AND a.user_id IS NOT DISTINCT FROM f.user_id
                        AND a.occurred_at > now() - make_interval(secs => $2::int))
  RETURNING seq, credential_id, user_id, municipality_id, details`;

// Security events (issue 19): failed and throttled logins, refused tokens and refused operations,
// and the anomalies raised from them. Recording never waits and never takes a connection on the
// caller's path: an event is logged as one line at once (the log stream has it even if the
// database is down) and queued in memory; one writer per process writes the queue in batches,
// one short transaction per batch, so a burst of refused logins costs one pool connection for a
// moment per batch however large it is (test/e2e/login-burst.e2e-spec.ts, security-events).
// An event that cannot be written (the database is down) is dropped after its log line.
export class SecurityEventService {
  private queue: PendingEvent[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private dropped = 0;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: AppLogger,
    private readonly settings: SecurityEventSettings,
  ) {}

  record(input: SecurityEventInput): void {
    const email = input.email?.trim().toLowerCase() || null;
    const event: PendingEvent = {
      // Wall-clock time, not the api's Clock: the anomaly windows and the login throttle are
      // counted in PostgreSQL's now(), and a security event is about real time (a test's moved
      // clock must not place a failed login outside the window that should catch it).
      occurredAt: new Date(),
      kind: input.kind,
      municipalityId: input.municipalityId ?? null,
      userId: input.userId ?? null,
      email,
      accountKey: email ? accountKeyOf(email) : null,
      clientAddress: input.clientAddress?.slice(0, 64) ?? null,
      code: input.code?.slice(0, 64) ?? null,
      operation: input.operation?.slice(0, 200) ?? null,
      requestId: RequestContext.requestId()?.slice(0, 100) ?? null,
      credentialId: input.credentialId ?? null,
      details: input.details ?? null,
    };
    this.logger.info(
      {
        securityEvent: event.kind,
        code: event.code,
        municipalityId: event.municipalityId,
        userId: event.userId,
        accountKey: event.accountKey,
        clientAddress: event.clientAddress,
        operation: event.operation,
        requestId: event.requestId,
        ...(event.credentialId ? { credentialId: event.credentialId } : {}),
        ...(event.details ? { details: event.details } : {}),
      },
      'security event',
    );
    if (this.closed) return;
    if (this.queue.length >= MAX_BUFFERED) {
      this.dropped += 1;
      return;
    }
    this.queue.push(event);
    this.schedule(this.queue.length >= BATCH ? 0 : this.settings.flushDelayMs);
  }

  // Writes everything queued so far (tests; shutdown).
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.writing;
    if (this.queue.length > 0) await this.startWriting();
  }

  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    this.closed = true;
  }

  // Nest's hooks: what is queued is written while the pool is still open.
  async beforeApplicationShutdown(): Promise<void> {
    await this.flush().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }

  private schedule(delayMs: number): void {
    if (this.writing) return; // the writer takes the queue when it is done
    if (this.timer && delayMs > 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.startWriting();
    }, delayMs);
    this.timer.unref();
  }

  private startWriting(): Promise<void> {
    this.writing ??= RequestContext.detached(() => this.drain()).finally(() => {
      this.writing = undefined;
      if (this.queue.length > 0) this.schedule(this.settings.flushDelayMs);
    });
    return this.writing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, BATCH);
      try {
        await this.write(batch);
      } catch (error) {
        this.dropped += batch.length;
        this.logger.warn(
          { err: { message: error instanceof Error ? error.message : String(error) }, dropped: this.dropped },
          'security events could not be written; they are in the log stream only',
        );
        return;
      }
    }
    if (this.dropped > 0) {
      this.logger.warn({ dropped: this.dropped }, 'security events were dropped (log stream only)');
      this.dropped = 0;
    }
  }

  private async write(batch: PendingEvent[]): Promise<void> {
    const anomalies = await this.dataSource.transaction(async (manager) => {
      await manager.query(INSERT_EVENTS, [
        batch.map((e) => e.occurredAt),
        batch.map((e) => e.kind),
        batch.map((e) => e.municipalityId),
        batch.map((e) => e.userId),
        batch.map((e) => e.accountKey),
        batch.map((e) => e.clientAddress),
        batch.map((e) => e.code),
        batch.map((e) => e.operation),
        batch.map((e) => e.requestId),
        batch.map((e) => e.email),
        batch.map((e) => e.credentialId),
        batch.map((e) => (e.details ? JSON.stringify(e.details) : null)),
      ]);
      return this.raiseAnomalies(manager, batch);
    });
    for (const anomaly of anomalies) this.logger.warn(anomaly, 'security anomaly');
  }

  private async raiseAnomalies(manager: EntityManager, batch: PendingEvent[]): Promise<Array<Record<string, unknown>>> {
    const { windowSeconds, accountThreshold, addressThreshold, importThreshold } = this.settings;
    const accounts = [
      ...new Set(batch.flatMap((e) => (e.accountKey && FAILED_LOGINS.includes(e.kind) ? [e.accountKey] : []))),
    ];
    const addresses = [
      ...new Set(batch.flatMap((e) => (e.clientAddress && ADDRESS_FAILURES.includes(e.kind) ? [e.clientAddress] : []))),
    ];
    // The senders of refused imports that named another school's pupils: a credential, or else
    // the user who uploaded.
    const senders = [
      ...new Set(
        batch.flatMap((e) => {
          const sender = e.credentialId ?? e.userId;
          return sender && e.kind === SecurityEventKind.IMPORT_REFUSED && (e.details?.otherSchool ?? 0) > 0
            ? [sender]
            : [];
        }),
      ),
    ];
    if (accounts.length === 0 && addresses.length === 0 && senders.length === 0) return [];
    // One writer at a time across instances decides anomalies, so one is raised once.
    await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('security-anomalies', 0))");
    const raised: Array<Record<string, unknown>> = [];
    if (accounts.length > 0) {
      const rows = await manager.query<Array<Record<string, unknown>>>(ACCOUNT_ANOMALIES, [
        accounts,
        windowSeconds,
        accountThreshold,
        FAILED_LOGINS,
      ]);
      raised.push(...rows.map((row) => ({ securityEvent: SecurityEventKind.ANOMALY_ACCOUNT, ...row })));
    }
    if (addresses.length > 0) {
      const rows = await manager.query<Array<Record<string, unknown>>>(ADDRESS_ANOMALIES, [
        addresses,
        windowSeconds,
        addressThreshold,
        ADDRESS_FAILURES,
      ]);
      raised.push(...rows.map((row) => ({ securityEvent: SecurityEventKind.ANOMALY_ADDRESS, ...row })));
    }
    if (senders.length > 0) {
      const rows = await manager.query<Array<Record<string, unknown>>>(IMPORT_ANOMALIES, [
        senders,
        windowSeconds,
        importThreshold,
      ]);
      raised.push(...rows.map((row) => ({ securityEvent: SecurityEventKind.ANOMALY_IMPORT, ...row })));
    }
    return raised;
  }
}
