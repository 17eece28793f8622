import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';

import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';

import { AlertEvaluationService } from '@app/alerts';
import { AuditService } from '@app/core/audit';
import { ManualClock } from '@app/core/clock';
import type { AppConfig, EnvironmentVariables } from '@app/core/config';
import { dataSourceOptions, TransactionHost } from '@app/core/database';
import { JobRunEntity, JobRunner } from '@app/core/jobs';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, silentTypeOrmLogger, TEST_ROLES, type TestDatabase } from '@app/core/testing';
import { makeIdentityNumber } from '@app/young-people';

import { DigestService } from './digest.service';
import { backoffMinutes, EmailDeliveryService } from './email-delivery.service';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

// Notifications on a real PostgreSQL and a real SMTP server (smtp-server on a loopback port):
// one notification per person, run and kind with the count; e-mails with a link and a count and
// never a name or an identity number; delivery with retries and a final FAILED; nothing sent
// without SMTP_URL; one digest per person and day however often and concurrently it runs.

interface Received {
  to: string[];
  raw: string;
}

// The text of a quoted-printable body as a reader sees it (nodemailer encodes å, ä, ö so).
function decodeQuotedPrintable(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

async function startSmtp(reject: boolean): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (reject) callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received };
}

describe('Notifications (PostgreSQL, SMTP)', () => {
  let db: TestDatabase;
  let admin: Client;
  let dataSource: DataSource;
  let tx: TransactionHost;
  let evaluation: AlertEvaluationService;
  let runner: JobRunner;
  let repository: NotificationsRepository;
  const clock = new ManualClock(new Date('2026-12-01T08:00:00Z'));
  const municipalityId = randomUUID();
  const unitId = randomUUID();
  const coordinatorId = randomUUID();
  const teamLeadId = randomUUID();
  const people = [randomUUID(), randomUUID(), randomUUID()];
  const identityNumbers = people.map((_, i) => makeIdentityNumber('2008-03-01', 31 + i));
  const familyNames = ['Zlatanova', 'Qvarnström', 'Xylander'];
  const env: Partial<EnvironmentVariables> = {
    KAA_JOBS_INTERVAL_SECONDS: 0,
    EMAIL_INTERVAL_SECONDS: 0,
    PUBLIC_BASE_URL: 'https://brygga.kommun.test/',
    SMTP_FROM: 'Brygga <noreply@kommun.test>',
    DIGEST_HOUR: 7,
    EMAIL_MAX_ATTEMPTS: 3,
  };
  const config = { env } as unknown as AppConfig;
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
    await admin.query(`INSERT INTO municipality (id, code, name) VALUES ($1, '1497', 'Notiskommun')`, [municipalityId]);
    await admin.query(
      `INSERT INTO organization (id, municipality_id, name, kind, secrecy_domain) VALUES ($1, $2, 'KAA', 'KAA_UNIT', 'KAA')`,
      [unitId, municipalityId],
    );
    for (const [id, role] of [
      [coordinatorId, 'COORDINATOR'],
      [teamLeadId, 'TEAM_LEAD'],
    ] as const) {
      await admin.query(`INSERT INTO app_user (id, municipality_id, email, display_name) VALUES ($1, $2, $3, $4)`, [
        id,
        municipalityId,
        `${role.toLowerCase()}@kommun.test`,
        role,
      ]);
      await admin.query(
        `INSERT INTO membership (municipality_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4)`,
        [municipalityId, id, unitId, role],
      );
    }
    // Two of the coordinator's, registered on Monday 30 November (first contact due 7 December),
    // and one without a coordinator (the team lead owns its alerts).
    for (const [i, id] of people.entries()) {
      await admin.query(
        `INSERT INTO young_person (id, municipality_id, personal_identity_number, coordination_number, date_of_birth,
           given_name, family_name, kaa_unit_id, coordinator_id) VALUES ($1, $2, $3, false, '2008-03-01', 'Wilhelmina', $4, $5, $6)`,
        [id, municipalityId, identityNumbers[i], familyNames[i], unitId, i < 2 ? coordinatorId : null],
      );
      await admin.query(
        `INSERT INTO kaa_enrollment (municipality_id, young_person_id, registered_on, registration_reason, status)
         VALUES ($1, $2, '2026-11-30', 'DROPPED_OUT', 'NOT_CONTACTED')`,
        [municipalityId, id],
      );
    }
    await admin.query(`INSERT INTO alert_settings (municipality_id, disabled_rules) VALUES ($1, $2)`, [
      municipalityId,
      ['NO_CONTACT', 'NO_ACTIVITY', 'OFFER_DUE', 'TURNING_20_NO_HAND_OVER', 'STATUS_UNKNOWN'],
    ]);

    dataSource = new DataSource(
      dataSourceOptions(
        { url: db.adminUrl, role: TEST_ROLES.app, poolSize: 4, statementTimeoutMs: 20_000, applicationName: 'notify' },
        [JobRunEntity],
        silentTypeOrmLogger,
      ),
    );
    await dataSource.initialize();
    tx = new TransactionHost(dataSource);
    runner = new JobRunner(tx, clock, createLogger('info', {}, quiet));
    evaluation = new AlertEvaluationService(tx, new AuditService(tx, clock), config, runner);
    repository = new NotificationsRepository(tx);
    const notifications = new NotificationsService(repository, new AuditService(tx, clock), config, clock);
    evaluation.onEvaluated(async (now, changes) => {
      await notifications.recordAlertChanges(now, changes);
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.end();
    await db?.drop();
  });

  const notificationsOf = async (userId: string) =>
    (
      await admin.query<{ kind: string; count: number; link: string; created_at: Date }>(
        `SELECT kind, count, link, created_at FROM notification WHERE user_id = $1 ORDER BY created_at, kind`,
        [userId],
      )
    ).rows;
  const openedBy = async (userId: string) =>
    Number(
      (await admin.query<{ n: string }>(`SELECT count(*) AS n FROM alert WHERE owner_user_id = $1`, [userId])).rows[0]
        ?.n,
    );
  const outbox = async () =>
    (
      await admin.query<{
        id: string;
        user_id: string;
        to_address: string;
        kind: string;
        subject: string;
        body: string;
        status: string;
        attempts: number;
        next_attempt_at: Date;
        last_error: string | null;
      }>(`SELECT * FROM email_outbox ORDER BY created_at, to_address`)
    ).rows;
  const expectNoPersonalData = (text: string) => {
    for (const name of [...familyNames, 'Wilhelmina']) expect(text).not.toContain(name);
    for (const number of identityNumbers) {
      expect(text).not.toContain(number);
      expect(text).not.toContain(number.slice(2));
    }
  };

  it('writes one notification per person, run and kind, with the count and a link, and its e-mail', async () => {
    clock.set('2026-12-08T08:00:00Z'); // the first-contact timer ran out on 7 December
    await evaluation.runOnce();
    const coordinator = await notificationsOf(coordinatorId);
    const teamLead = await notificationsOf(teamLeadId);
    expect(await openedBy(coordinatorId)).toBeGreaterThanOrEqual(2);
    expect(coordinator).toEqual([
      expect.objectContaining({ kind: 'ALERTS_OPENED', count: await openedBy(coordinatorId), link: '/' }),
    ]);
    expect(teamLead).toEqual([
      expect.objectContaining({ kind: 'ALERTS_OPENED', count: await openedBy(teamLeadId), link: '/' }),
    ]);

    const mails = await outbox();
    expect(mails.map((m) => [m.to_address, m.kind, m.status]).sort()).toEqual([
      ['coordinator@kommun.test', 'NOTIFICATION', 'PENDING'],
      ['team_lead@kommun.test', 'NOTIFICATION', 'PENDING'],
    ]);
    const toCoordinator = mails.find((m) => m.user_id === coordinatorId);
    expect(toCoordinator?.body).toContain('https://brygga.kommun.test/');
    expect(toCoordinator?.body).toContain(`Du har fått ${coordinator[0]?.count} nya larm.`);
    for (const mail of mails) expectNoPersonalData(`${mail.subject}\n${mail.body}`);
  });

  it('tells nothing when a run opens nothing new', async () => {
    clock.set('2026-12-08T09:00:00Z');
    await evaluation.runOnce();
    expect(await notificationsOf(coordinatorId)).toHaveLength(1);
    expect(await outbox()).toHaveLength(2);
  });

  it('tells the team lead what was escalated to them', async () => {
    clock.set('2026-12-16T08:00:00Z'); // past the seven days
    await evaluation.runOnce();
    const escalated = Number(
      (await admin.query<{ n: string }>(`SELECT count(*) AS n FROM alert WHERE escalated_to_id = $1`, [teamLeadId]))
        .rows[0]?.n,
    );
    expect(escalated).toBeGreaterThanOrEqual(2);
    const teamLead = await notificationsOf(teamLeadId);
    expect(teamLead.filter((n) => n.kind === 'ALERTS_ESCALATED')).toEqual([
      expect.objectContaining({ count: escalated, link: '/larm' }),
    ]);
    const mail = (await outbox()).find((m) => m.subject.includes('eskalerade'));
    expect(mail?.body).toContain(`${escalated} larm har eskalerats till dig`);
  });

  it('leaves the e-mails in the outbox when no SMTP server is configured', async () => {
    const delivery = new EmailDeliveryService(tx, config, runner);
    expect(await delivery.runOnce()).toEqual({ ran: false, sent: 0, retried: 0, failed: 0 });
    expect((await outbox()).every((m) => m.status === 'PENDING')).toBe(true);
  });

  it('retries a refused e-mail at growing intervals and gives up after the attempts', async () => {
    expect([1, 2, 3, 4, 10].map(backoffMinutes)).toEqual([1, 2, 4, 8, 360]);
    const smtp = await startSmtp(true);
    try {
      const delivery = new EmailDeliveryService(
        tx,
        { env: { ...env, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` } } as unknown as AppConfig,
        runner,
      );
      const first = await delivery.runOnce();
      expect(first).toMatchObject({ ran: true, sent: 0, retried: 3, failed: 0 });
      let mails = await outbox();
      expect(mails.every((m) => m.status === 'PENDING' && m.attempts === 1 && m.last_error)).toBe(true);
      expect(mails[0]?.next_attempt_at.getTime()).toBe(clock.now().getTime() + 60_000);
      // Not due yet: nothing is tried.
      expect(await delivery.runOnce()).toMatchObject({ sent: 0, retried: 0, failed: 0 });
      clock.set(new Date(clock.now().getTime() + 60_000));
      expect(await delivery.runOnce()).toMatchObject({ retried: 3 });
      clock.set(new Date(clock.now().getTime() + 120_000));
      expect(await delivery.runOnce()).toMatchObject({ failed: 3 });
      mails = await outbox();
      expect(mails.every((m) => m.status === 'FAILED' && m.attempts === 3)).toBe(true);
      expect(smtp.received).toHaveLength(0);
    } finally {
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    }
    // Put them back for the next case.
    await admin.query(`UPDATE email_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = created_at`);
  });

  it('sends the pending e-mails through SMTP with the link and the count and no names', async () => {
    const smtp = await startSmtp(false);
    try {
      const delivery = new EmailDeliveryService(
        tx,
        { env: { ...env, SMTP_URL: `smtp://127.0.0.1:${smtp.port}` } } as unknown as AppConfig,
        runner,
      );
      expect(await delivery.runOnce()).toMatchObject({ ran: true, sent: 3, retried: 0, failed: 0 });
      expect(await delivery.runOnce()).toMatchObject({ sent: 0 });
      const mails = await outbox();
      expect(mails.every((m) => m.status === 'SENT' && m.attempts === 1)).toBe(true);
      expect(smtp.received.map((r) => r.to[0]).sort()).toEqual([
        'coordinator@kommun.test',
        'team_lead@kommun.test',
        'team_lead@kommun.test',
      ]);
      const count = (await notificationsOf(coordinatorId))[0]?.count;
      const message = smtp.received.find((r) => r.to[0] === 'coordinator@kommun.test');
      const text = decodeQuotedPrintable(message?.raw ?? '');
      expect(text).toContain('From: Brygga <noreply@kommun.test>');
      expect(text).toContain(`Du har fått ${count} nya larm.`);
      expect(text).toContain('https://brygga.kommun.test/');
      for (const received of smtp.received) expectNoPersonalData(decodeQuotedPrintable(received.raw));
    } finally {
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    }
  });

  it('writes the daily digest from DIGEST_HOUR in the municipality’s time zone, once per person and day', async () => {
    const digest = new DigestService(tx, config, runner, repository);
    const digests = async () =>
      (await outbox()).filter((m) => m.kind === 'DIGEST').map((m) => [m.to_address, m.subject, m.body] as const);
    clock.set('2026-12-17T05:59:00Z'); // 06:59 in Stockholm
    expect(await digest.runOnce()).toEqual({ ran: true, written: 0 });
    clock.set('2026-12-17T06:00:00Z'); // 07:00 in Stockholm
    const concurrent = await Promise.all([digest.runOnce(), digest.runOnce(), digest.runOnce()]);
    expect(concurrent.reduce((sum, run) => sum + run.written, 0)).toBe(2);
    clock.set('2026-12-17T15:00:00Z');
    expect(await digest.runOnce()).toEqual({ ran: true, written: 0 });
    const written = await digests();
    expect(written.map(([to]) => to).sort()).toEqual(['coordinator@kommun.test', 'team_lead@kommun.test']);
    const open = Number(
      (
        await admin.query<{ n: string }>(
          `SELECT count(*) AS n FROM alert WHERE resolved_at IS NULL AND owner_user_id = $1`,
          [coordinatorId],
        )
      ).rows[0]?.n,
    );
    const toCoordinator = written.find(([to]) => to === 'coordinator@kommun.test');
    expect(toCoordinator?.[1]).toBe('Brygga: dagens sammanfattning 2026-12-17');
    expect(toCoordinator?.[2]).toContain(`Du har ${open} larm som väntar på åtgärd.`);
    expect(toCoordinator?.[2]).toContain('https://brygga.kommun.test/');
    for (const [, subject, body] of written) expectNoPersonalData(`${subject}\n${body}`);
    // The next day gets its own.
    clock.set('2026-12-18T07:00:00Z');
    expect(await digest.runOnce()).toEqual({ ran: true, written: 2 });
  });
});
