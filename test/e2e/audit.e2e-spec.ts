import { execFile, execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { lstatSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import request from 'supertest';

import { verifyAuditChains } from '@app/core/audit';
import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import type { TestMunicipality, TestOrganization, TestUser } from '../support/factories';
import { startTestApi, type GraphqlResponse, type TestApi } from '../support/test-api';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist/apps/api/src/cli/audit-verify.js');

interface AuditRow {
  id: string;
  municipality_id: string;
  seq: string;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_organization_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  summary: Record<string, unknown>;
  request_id: string | null;
}

interface OrganizationRow {
  id: string;
  name: string;
  version: number;
  updated_at: Date;
}

const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }';
const REFRESH =
  'mutation ($input: RefreshAccessTokenInput!) { refreshAccessToken(input: $input) { accessToken refreshToken } }';
const LOGOUT = 'mutation { logout }';
const CREATE_ORGANIZATION =
  'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name version } }';
const UPDATE_ORGANIZATION =
  'mutation ($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name version } }';
const CREATE_USER = 'mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }';
const ADD_MEMBERSHIP = 'mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }';

type LoginData = { login: { accessToken: string; refreshToken: string } };
type RefreshData = { refreshAccessToken: { accessToken: string; refreshToken: string } };
type OrganizationData<K extends string> = { [key in K]: { id: string; name: string; version: number } };

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string | undefined>): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

// Environment for the CLI: no DATABASE_URL inherited, so only what the test passes counts.
function cliEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { PATH: process.env.PATH, NODE_ENV: 'test', ...extra };
}

// Every mutation of the api writes exactly one audit row, in the same transaction as its
// change, and a failed mutation writes none. Rows are compared with what the caller was and
// did, and with the request id the api echoed back.
describe('audit trail over HTTP', () => {
  let t: TestApi;
  let m: TestMunicipality;
  let kaa: TestOrganization;
  let admin: TestUser;
  let adminToken: string;

  beforeAll(async () => {
    t = await startTestApi();
    m = await t.factories.municipality();
    kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    admin = await t.factories.user(kaa, Role.ADMIN);
    adminToken = await t.login(admin);
  });

  afterAll(async () => {
    await t?.close();
  });

  async function allAuditIds(): Promise<string[]> {
    return (await t.pool.query<{ id: string }>('SELECT id FROM audit_event')).rows.map((r) => r.id);
  }

  // Runs a request and returns the audit rows that appeared while it ran.
  async function audited<T>(
    send: () => Promise<GraphqlResponse<T>>,
  ): Promise<{ res: GraphqlResponse<T>; rows: AuditRow[] }> {
    const before = await allAuditIds();
    const res = await send();
    const { rows } = await t.pool.query<AuditRow>(
      'SELECT * FROM audit_event WHERE NOT (id = ANY($1::uuid[])) ORDER BY seq',
      [before],
    );
    return { res, rows };
  }

  // The one row a successful mutation must leave, checked field by field; free text the
  // caller sent (names, e-mail addresses, passwords, tokens) appears nowhere in it.
  function expectOneRow<T>(
    { res, rows }: { res: GraphqlResponse<T>; rows: AuditRow[] },
    expected: {
      action: string;
      actor: TestUser;
      subjectType: string;
      subjectId: string;
      summary: Record<string, unknown>;
    },
    secrets: string[],
  ): AuditRow {
    expect(res.errors).toBeUndefined();
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row).toMatchObject({
      municipality_id: expected.actor.municipalityId,
      actor_user_id: expected.actor.id,
      actor_role: expected.actor.role,
      actor_organization_id: expected.actor.organizationId,
      action: expected.action,
      subject_type: expected.subjectType,
      subject_id: expected.subjectId,
      summary: expected.summary,
    });
    const requestId = res.headers['x-request-id'];
    expect(requestId).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
    expect(row.request_id).toBe(requestId);
    const serialised = JSON.stringify(row).toLowerCase();
    for (const secret of secrets) expect(serialised).not.toContain(secret.toLowerCase());
    return row;
  }

  describe('each mutation writes exactly one row', () => {
    let createdOrganizationId: string;
    let createdUserId: string;

    it('login', async () => {
      const result = await audited(() =>
        t.graphql<LoginData>(LOGIN, { input: { email: admin.email, password: admin.password } }),
      );
      expectOneRow(
        result,
        {
          action: 'auth.login',
          actor: admin,
          subjectType: 'User',
          subjectId: admin.id,
          summary: { membershipId: admin.membershipId, method: 'password' },
        },
        [admin.email, admin.password, result.res.data!.login.accessToken, result.res.data!.login.refreshToken],
      );
    });

    it('refreshAccessToken', async () => {
      const login = await t.graphql<LoginData>(LOGIN, { input: { email: admin.email, password: admin.password } });
      const refreshToken = login.data!.login.refreshToken;
      const result = await audited(() => t.graphql<RefreshData>(REFRESH, { input: { refreshToken } }));
      expectOneRow(
        result,
        {
          action: 'auth.refresh',
          actor: admin,
          subjectType: 'User',
          subjectId: admin.id,
          summary: { membershipId: admin.membershipId },
        },
        [
          admin.email,
          refreshToken,
          result.res.data!.refreshAccessToken.refreshToken,
          result.res.data!.refreshAccessToken.accessToken,
        ],
      );
    });

    it('createOrganization', async () => {
      const name = `Fritidsgården Norrbacka ${randomBytes(4).toString('hex')}`;
      const result = await audited(() =>
        t.graphql<OrganizationData<'createOrganization'>>(
          CREATE_ORGANIZATION,
          { input: { name, kind: 'SCHOOL' } },
          adminToken,
        ),
      );
      createdOrganizationId = result.res.data!.createOrganization.id;
      expectOneRow(
        result,
        {
          action: 'organization.create',
          actor: admin,
          subjectType: 'Organization',
          subjectId: createdOrganizationId,
          summary: { kind: 'SCHOOL', secrecyDomain: 'SCHOOL' },
        },
        [name, 'Norrbacka'],
      );
    });

    it('updateOrganization', async () => {
      const name = `Gymnasiet Söderport ${randomBytes(4).toString('hex')}`;
      const result = await audited(() =>
        t.graphql<OrganizationData<'updateOrganization'>>(
          UPDATE_ORGANIZATION,
          { input: { id: createdOrganizationId, version: 1, name } },
          adminToken,
        ),
      );
      expect(result.res.data?.updateOrganization.version).toBe(2);
      expectOneRow(
        result,
        {
          action: 'organization.update',
          actor: admin,
          subjectType: 'Organization',
          subjectId: createdOrganizationId,
          summary: { changed: ['name'], version: 2 },
        },
        [name, 'Söderport', 'Norrbacka'],
      );
    });

    it('createUser', async () => {
      const email = `ny.handlaggare.${randomBytes(4).toString('hex')}@example.se`;
      const displayName = `Astrid Lindqvist-${randomBytes(3).toString('hex')}`;
      const password = `secret-${randomBytes(8).toString('hex')}`;
      const result = await audited(() =>
        t.graphql<{ createUser: { id: string } }>(CREATE_USER, { input: { email, displayName, password } }, adminToken),
      );
      createdUserId = result.res.data!.createUser.id;
      expectOneRow(
        result,
        {
          action: 'user.create',
          actor: admin,
          subjectType: 'User',
          subjectId: createdUserId,
          summary: { password: true, externalSubject: false },
        },
        [email, displayName, 'Lindqvist', password],
      );
    });

    it('addMembership', async () => {
      const result = await audited(() =>
        t.graphql<{ addMembership: { id: string } }>(
          ADD_MEMBERSHIP,
          { input: { userId: createdUserId, organizationId: createdOrganizationId, role: 'COORDINATOR' } },
          adminToken,
        ),
      );
      expectOneRow(
        result,
        {
          action: 'membership.create',
          actor: admin,
          subjectType: 'Membership',
          subjectId: result.res.data!.addMembership.id,
          summary: { userId: createdUserId, organizationId: createdOrganizationId, role: 'COORDINATOR' },
        },
        ['Söderport'],
      );
    });

    it('logout', async () => {
      const token = await t.login(admin);
      const result = await audited(() => t.graphql<{ logout: boolean }>(LOGOUT, {}, token));
      expect(result.res.data?.logout).toBe(true);
      expectOneRow(
        result,
        {
          action: 'auth.logout',
          actor: admin,
          subjectType: 'User',
          subjectId: admin.id,
          summary: { membershipId: admin.membershipId },
        },
        [admin.email, token],
      );
    });

    it('leaves a chain that verifies', async () => {
      const result = await verifyAuditChains(t.db.adminUrl);
      expect(result.breaks).toEqual([]);
      expect(result.rows).toBeGreaterThanOrEqual(7);
    });
  });

  describe('a failed mutation leaves no row and no change', () => {
    it('updateOrganization with a stale version: CONFLICT', async () => {
      const org = await t.factories.organization(m.id, OrganizationKind.SCHOOL);
      const first = await t.graphql<OrganizationData<'updateOrganization'>>(
        UPDATE_ORGANIZATION,
        { input: { id: org.id, version: 1, name: 'Current name' } },
        adminToken,
      );
      expect(first.data?.updateOrganization.version).toBe(2);
      const loadRow = async (): Promise<OrganizationRow | undefined> =>
        (
          await t.pool.query<OrganizationRow>('SELECT id, name, version, updated_at FROM organization WHERE id = $1', [
            org.id,
          ])
        ).rows[0];
      const before = await loadRow();

      const { res, rows } = await audited(() =>
        t.graphql(UPDATE_ORGANIZATION, { input: { id: org.id, version: 1, name: 'Stale name' } }, adminToken),
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(rows).toEqual([]);
      expect(await loadRow()).toEqual(before);
    });

    it('createUser with a taken e-mail: USER_EMAIL_TAKEN', async () => {
      const users = async (): Promise<number> =>
        (await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user')).rows[0].n;
      const before = await users();
      const { res, rows } = await audited(() =>
        t.graphql(
          CREATE_USER,
          { input: { email: admin.email, displayName: 'Duplicate', password: 'another-password-123' } },
          adminToken,
        ),
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('USER_EMAIL_TAKEN');
      expect(rows).toEqual([]);
      expect(await users()).toBe(before);
    });

    it('createOrganization refused by policy (a coordinator)', async () => {
      const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
      const token = await t.login(coordinator);
      const name = `Refused ${randomBytes(4).toString('hex')}`;
      const { res, rows } = await audited(() =>
        t.graphql(CREATE_ORGANIZATION, { input: { name, kind: 'NGO' } }, token),
      );
      expect(res.errors?.length).toBeGreaterThan(0);
      expect(rows).toEqual([]);
      expect((await t.pool.query('SELECT 1 FROM organization WHERE name = $1', [name])).rowCount).toBe(0);
    });
  });

  it('keeps a gap-free, verifiable chain under 20 concurrent mutations, failed ones included', async () => {
    const orgs = await Promise.all(
      Array.from({ length: 5 }, () => t.factories.organization(m.id, OrganizationKind.SCHOOL)),
    );
    // Two updates per organisation based on the same version (one of each pair must lose),
    // and ten creations, all at once.
    const requests: Array<() => Promise<GraphqlResponse>> = [
      ...orgs.flatMap((org) =>
        [0, 1].map(
          (i) => () =>
            t.graphql(
              UPDATE_ORGANIZATION,
              { input: { id: org.id, version: 1, name: `Race ${i} ${org.id}` } },
              adminToken,
            ),
        ),
      ),
      ...Array.from(
        { length: 10 },
        (_, i) => () =>
          t.graphql(
            CREATE_ORGANIZATION,
            { input: { name: `Concurrent ${i} ${randomUUID()}`, kind: 'NGO' } },
            adminToken,
          ),
      ),
    ];
    const { rows: seqBefore } = await t.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM audit_event WHERE municipality_id = $1',
      [m.id],
    );
    const responses = await Promise.all(requests.map((send) => send()));

    const succeeded = responses.filter((r) => r.errors === undefined);
    const failed = responses.filter((r) => r.errors !== undefined);
    expect(succeeded).toHaveLength(15);
    expect(failed.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(5).fill('CONFLICT'));

    const { rows } = await t.pool.query<{ seq: string; request_id: string }>(
      'SELECT seq, request_id FROM audit_event WHERE municipality_id = $1 ORDER BY seq',
      [m.id],
    );
    expect(rows).toHaveLength(seqBefore[0].n + 15);
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    // Exactly the successful requests left rows.
    const auditedRequests = new Set(rows.map((r) => r.request_id));
    for (const res of succeeded) expect(auditedRequests.has(res.headers['x-request-id'])).toBe(true);
    for (const res of failed) expect(auditedRequests.has(res.headers['x-request-id'])).toBe(false);

    const result = await verifyAuditChains(t.db.adminUrl);
    expect(result.breaks).toEqual([]);
    expect(result.chains.find((c) => c.municipalityId === m.id)?.rows).toBe(rows.length);
  });

  // Runs last: it breaks the chain on purpose.
  describe('npm run audit:verify', () => {
    beforeAll(() => {
      execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
    });

    it('exits 0 on an intact chain and 1 naming the broken row after tampering', async () => {
      const intact = await runCli(['--database-url', t.db.adminUrl], cliEnv());
      expect(intact.stderr).toBe('');
      expect(intact.code).toBe(0);
      expect(intact.stdout).toMatch(new RegExp(`OK .*municipality ${m.id} .*chain intact`));
      expect(intact.stdout).toContain('Audit trail intact');
      expect(intact.stdout).toMatch(/Access log(:| intact)/);

      const { rows } = await t.pool.query<{ id: string }>(
        'SELECT id FROM audit_event WHERE municipality_id = $1 AND seq = 3',
        [m.id],
      );
      const victim = rows[0].id;
      const client = await t.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete');
        await client.query(`UPDATE audit_event SET actor_role = 'LOG_REVIEWER' WHERE id = $1`, [victim]);
        await client.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete');
        await client.query('COMMIT');
      } finally {
        client.release();
      }

      const broken = await runCli([`--database-url=${t.db.adminUrl}`], cliEnv());
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(
        new RegExp(`BROKEN .*municipality ${m.id} .*id ${victim} seq 3, reason hash-mismatch`),
      );
      expect(broken.stdout).toContain('Audit trail BROKEN');
    });

    it('rejects an invalid URL and unknown arguments with exit 1', async () => {
      const badUrl = await runCli(['--database-url', 'mysql://nope'], cliEnv());
      expect(badUrl.code).toBe(1);
      expect(badUrl.stderr).toContain('DATABASE_URL');
      const unknown = await runCli(['--verbose'], cliEnv());
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('usage: audit-verify');
    });

    // Without DATABASE_URL the command uses the api's embedded cluster: it refuses while the
    // api runs on that data folder (two servers must never share one), and starts the cluster
    // itself once the api has stopped.
    it('uses the embedded database when DATABASE_URL is unset, but never while the api runs on it', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'brygga-audit-verify-'));
      const dataDir = path.join(dir, 'pg');
      try {
        const api = await startApiProcess(dataDir);
        try {
          // The demo seed opened the chain; a sign-in adds a row written by the running api.
          const password = /password: (\S+)/.exec(api.stdout)?.[1];
          const login = await request(api.url)
            .post('/graphql')
            .send({ query: LOGIN, variables: { input: { email: 'admin@demo.brygga.se', password } } });
          expect((login.body as { errors?: unknown }).errors).toBeUndefined();

          const busy = await runCli([], cliEnv({ EMBEDDED_DATABASE_DIR: dataDir }));
          expect(busy.code).toBe(1);
          expect(busy.stderr).toMatch(/in use \(postmaster\.pid/);
          expect(busy.stderr).toContain('DATABASE_URL');
          expect(busy.stderr).toContain('Stop the api');
        } finally {
          expect(await api.stop()).toBe(0);
        }
        const idle = await runCli([], cliEnv({ EMBEDDED_DATABASE_DIR: dataDir }));
        expect(idle.stderr).toBe('');
        expect(idle.code).toBe(0);
        expect(idle.stdout).toMatch(/OK .*chain intact/);
        expect(idle.stdout).toMatch(/1 municipality chain\(s\), 2 event\(s\) verified/);
      } finally {
        // As root the cluster lives outside the private temp folder, behind a symlink.
        if (lstatSync(dataDir, { throwIfNoEntry: false })?.isSymbolicLink()) {
          rmSync(path.dirname(readlinkSync(dataDir)), { recursive: true, force: true });
        }
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('says so when there is no embedded database yet', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'brygga-audit-verify-'));
      try {
        const res = await runCli([], cliEnv({ EMBEDDED_DATABASE_DIR: path.join(dir, 'none') }));
        expect(res.code).toBe(1);
        expect(res.stderr).toContain('No embedded database');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

interface ApiProcess {
  url: string;
  stdout: string;
  stop(): Promise<number | null>;
}

// The compiled api (`npm start`) on its embedded database in `dataDir`, as a user runs it.
function startApiProcess(dataDir: string): Promise<ApiProcess> {
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'warn', EMBEDDED_DATABASE_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`api not ready in time: ${out} ${err}`));
    }, 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready: (http:\/\/[^\s]+)\/graphql/.exec(out);
      // The demo logins and their password follow the ready line.
      if (match?.[1] && /password: \S+/.test(out)) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          stdout: out,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`api exited with ${code}: ${out} ${err}`));
    });
  });
}
