import { execFile, execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';

import { readLatestAnchor } from '@app/core/audit';
import { Role } from '@app/core/authz';
import { createLogger } from '@app/core/logging';
import { OrganizationKind } from '@app/organizations';

import { BackgroundWork } from '../../apps/api/src/health/background-work';
import { startTestApi, type TestApi } from '../support/test-api';
import { REGISTER, registerInput } from '../support/young-people';

const root = path.join(__dirname, '..', '..');

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

// Issue 19: the chains' heads are anchored outside the database (the log stream and the
// operator's file), at an interval through JobRunner and on demand (`npm run audit:anchor`), and
// `audit:verify` checks the chains against the latest anchor: deleting the newest rows, which
// leaves shorter chains that still verify, fails it with the first missing position.
describe('chain anchors', () => {
  let t: TestApi;
  let dir: string;
  let anchorFile: string;
  let municipalityId: string;
  const logLines: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
    dir = await fs.mkdtemp(path.join(tmpdir(), 'brygga-anchor-'));
    anchorFile = path.join(dir, 'anchors', 'chain-anchors.jsonl');
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => logLines.push(...chunk.toString().split('\n').filter(Boolean)));
    t = await startTestApi({
      env: { AUDIT_ANCHOR_FILE: anchorFile, AUDIT_ANCHOR_INTERVAL_SECONDS: '0' },
      logger: createLogger('info', {}, stream),
    });
    const m = await t.factories.municipality();
    municipalityId = m.id;
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const token = await t.login(await t.factories.user(kaa, Role.COORDINATOR));
    // Audit rows (the login, three registrations) and access-log rows (reading them back).
    for (let i = 0; i < 3; i += 1) {
      const res = await t.graphql<{ registerYoungPerson: { id: string } }>(REGISTER, { input: registerInput() }, token);
      expect(res.errors).toBeUndefined();
      const id = res.data?.registerYoungPerson.id ?? '';
      expect(
        (await t.graphql('query ($id: ID!) { youngPerson(id: $id) { id } }', { id }, token)).errors,
      ).toBeUndefined();
    }
  });
  afterAll(async () => {
    await t.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function lastSeq(table: 'audit_event' | 'access_log'): Promise<number> {
    const { rows } = await t.pool.query<{ seq: number }>(
      `SELECT max(seq)::int AS seq FROM ${table} WHERE municipality_id = $1`,
      [municipalityId],
    );
    return rows[0]?.seq ?? 0;
  }

  it('anchors through the job runner, to the file and the log stream, and verifies against it', async () => {
    await t.api.app.get(BackgroundWork).anchorChains();
    const anchor = await readLatestAnchor(anchorFile);
    const auditHead = anchor?.heads.find((h) => h.table === 'audit_event' && h.municipalityId === municipalityId);
    const accessHead = anchor?.heads.find((h) => h.table === 'access_log' && h.municipalityId === municipalityId);
    expect(Number(auditHead?.seq)).toBe(await lastSeq('audit_event'));
    expect(Number(accessHead?.seq)).toBe(await lastSeq('access_log'));
    expect(logLines.some((line) => line.includes('"chain anchor"') && line.includes(anchor?.digest ?? '-'))).toBe(true);
    const { rows } = await t.pool.query<{ status: string }>(`SELECT status FROM job_run WHERE job = 'audit-anchor'`);
    expect(rows).toEqual([{ status: 'SUCCEEDED' }]);

    const ok = await verify(t.db.adminUrl, '--anchor-file', anchorFile);
    expect(ok.out).toContain('Every anchored head is still there with its hash');
    expect(ok.code).toBe(0);
  });

  it('anchors on demand from the command line when the chains verify', async () => {
    const before = (await fs.readFile(anchorFile, 'utf8')).trim().split('\n').length;
    const res = await verify(t.db.adminUrl, '--anchor-file', anchorFile, '--write-anchor');
    expect(res.code).toBe(0);
    expect(res.out).toContain(`chain head(s) to ${anchorFile}`);
    expect((await fs.readFile(anchorFile, 'utf8')).trim().split('\n')).toHaveLength(before + 1);
  });

  it('reports deleted newest rows with the first missing position, and refuses to anchor them away', async () => {
    const auditLast = await lastSeq('audit_event');
    const accessLast = await lastSeq('access_log');
    expect(auditLast).toBeGreaterThanOrEqual(3);
    // As a superuser who bypasses the append-only triggers: the two newest audit rows and the
    // newest access-log row go. What is left is a shorter chain that verifies on its own.
    const client = await t.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query('DELETE FROM audit_event WHERE municipality_id = $1 AND seq > $2', [
        municipalityId,
        auditLast - 2,
      ]);
      await client.query('DELETE FROM access_log WHERE municipality_id = $1 AND seq = $2', [
        municipalityId,
        accessLast,
      ]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }

    const withoutAnchor = await verify(t.db.adminUrl);
    expect(withoutAnchor.code).toBe(0);

    const res = await verify(t.db.adminUrl, '--anchor-file', anchorFile);
    expect(res.code).toBe(1);
    expect(res.out).toContain(`TRUNCATED audit trail of municipality ${municipalityId}`);
    expect(res.out).toContain(`the chain ends at seq ${auditLast - 2}; first missing position seq ${auditLast - 1}`);
    expect(res.out).toContain(`TRUNCATED access log of municipality ${municipalityId}`);
    expect(res.out).toContain(`first missing position seq ${accessLast}`);

    const lines = (await fs.readFile(anchorFile, 'utf8')).trim().split('\n').length;
    const refused = await verify(t.db.adminUrl, '--anchor-file', anchorFile, '--write-anchor');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('No new anchor written');
    expect((await fs.readFile(anchorFile, 'utf8')).trim().split('\n')).toHaveLength(lines);
  });

  it('refuses an anchor line edited by hand', async () => {
    const text = await fs.readFile(anchorFile, 'utf8');
    const edited = path.join(dir, 'edited.jsonl');
    const lines = text.trim().split('\n');
    lines.push((lines.pop() ?? '').replace(/"seq":"(\d+)"/, '"seq":"1"'));
    await fs.writeFile(edited, `${lines.join('\n')}\n`);
    const res = await verify(t.db.adminUrl, '--anchor-file', edited);
    expect(res.code).toBe(1);
    expect(res.out).toContain('does not match its digest');
  });
});
