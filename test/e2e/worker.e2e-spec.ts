import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { Role } from '@app/core/authz';
import { OrganizationKind } from '@app/organizations';

import { finishedJob, uploadFile } from '../support/target-group';
import { startTestApi, type TestApi } from '../support/test-api';
import { randomIdentityNumber, stockholmDay } from '../support/young-people';

const root = path.join(__dirname, '..', '..');

interface Worker {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

// `npm run worker` as its own process on the api's database.
function startWorker(adminUrl: string): Promise<Worker> {
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/worker.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      DATABASE_URL: adminUrl,
      LOG_LEVEL: 'info',
      DEMO_DATA: 'false',
      KAA_JOBS_INTERVAL_SECONDS: '1',
      EMAIL_INTERVAL_SECONDS: '0',
      RETENTION_INTERVAL_SECONDS: '0',
      AUDIT_ANCHOR_INTERVAL_SECONDS: '0',
      // Meant for the api instances: the worker runs the jobs whatever this says.
      JOBS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${out}`)), 60_000);
    const check = setInterval(() => {
      if (out.includes('Brygga worker ready')) {
        clearTimeout(timer);
        clearInterval(check);
        resolve({ child, output: () => out, exited });
      }
    }, 50);
    void exited.then((code) => {
      clearTimeout(timer);
      clearInterval(check);
      reject(new Error(`worker exited with ${code}: ${out}`));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Several api instances beside a worker (issue 16): the api instances run with JOBS=off and
// neither work the queue nor run the schedules; the worker, which serves no HTTP, runs both.
describe('npm run worker', () => {
  let t: TestApi;
  let worker: Worker | undefined;

  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
  }, 300_000);

  afterAll(async () => {
    if (worker && worker.child.exitCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited.catch(() => undefined);
    }
    await t?.close();
  });

  it('runs a job queued through an api with JOBS=off, once, and the schedules the api left', async () => {
    // The api's schedule would fire every second if it ran one.
    t = await startTestApi({ env: { JOBS: 'off', KAA_JOBS_INTERVAL_SECONDS: '1' } });
    const m = await t.factories.municipality();
    const kaa = await t.factories.organization(m.id, OrganizationKind.KAA_UNIT);
    const token = await t.login(await t.factories.user(kaa, Role.TEAM_LEAD));
    const day = stockholmDay(new Date(Date.now() - 10 * 86_400_000));
    const body = Buffer.from(
      `Personnummer;Förnamn;Efternamn;Reg.datum\r\n${randomIdentityNumber().number};Ada;Ny;${day}\r\n`,
      'utf8',
    );
    const fileId = await uploadFile(t, token, 'register.csv', body);
    const started = await t.graphql<{ dryRunRegisterImport: { id: string; jobId: string } }>(
      `mutation ($input: DryRunRegisterImportInput!) { dryRunRegisterImport(input: $input) { id jobId } }`,
      {
        input: {
          fileId,
          mapping: {
            identityNumber: 'Personnummer',
            givenName: 'Förnamn',
            familyName: 'Efternamn',
            registeredOn: 'Reg.datum',
            defaultRegistrationReason: 'OTHER',
          },
        },
      },
      token,
    );
    expect(started.errors).toBeUndefined();
    const { id, jobId } = started.data!.dryRunRegisterImport;

    // The api polls nothing: the job waits, untouched, and no scheduled job ran.
    await sleep(2500);
    const waiting = await t.pool.query<{ status: string; attempts: number }>(
      'SELECT status, attempts FROM job WHERE id = $1',
      [jobId],
    );
    expect(waiting.rows[0]).toEqual({ status: 'QUEUED', attempts: 0 });
    const runsBefore = await t.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM job_run');
    expect(runsBefore.rows[0].n).toBe(0);

    worker = await startWorker(t.db.adminUrl);
    const job = await finishedJob(t, token, jobId, 60_000);
    expect(job).toMatchObject({ status: 'SUCCEEDED', progressDone: 1, progressTotal: 1 });
    const done = await t.pool.query<{ attempts: number; status: string }>(
      `SELECT j.attempts, r.status FROM job j JOIN register_import r ON r.job_id = j.id WHERE j.id = $1`,
      [jobId],
    );
    // Claimed once, by the worker: its log names the job.
    expect(done.rows[0]).toEqual({ attempts: 1, status: 'READY' });
    expect(worker.output()).toContain(jobId);
    expect(worker.output()).toMatch(/"job succeeded"|job succeeded/);
    expect(id).toBeTruthy();

    // The worker runs the schedules (each once across processes, under its advisory lock).
    const deadline = Date.now() + 20_000;
    let scheduled: string[] = [];
    while (Date.now() < deadline) {
      const runs = await t.pool.query<{ job: string }>(
        "SELECT DISTINCT job FROM job_run WHERE status = 'SUCCEEDED' ORDER BY job",
      );
      scheduled = runs.rows.map((row) => row.job);
      if (scheduled.includes('files-expiry')) break;
      await sleep(200);
    }
    expect(scheduled).toContain('files-expiry');
    // It serves no HTTP: nothing in its output names a port.
    expect(worker.output()).not.toMatch(/ready: http/);

    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
  }, 180_000);
});
