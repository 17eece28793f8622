import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import request from 'supertest';

const root = path.join(__dirname, '..', '..');

interface Started {
  url: string;
  stdout: string;
  pid: number;
  stop(): Promise<number | null>;
}

// `npm start` without DATABASE_URL: the compiled server starts its own PostgreSQL in the given
// folder (here a private 0700 temp folder, as mktemp makes, which as root forces the fallback
// location), on a free port even though 5432 may be taken, and keeps it across restarts.
function start(dataDir: string, extraEnv: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: '0', LOG_LEVEL: 'warn', EMBEDDED_DATABASE_DIR: dataDir, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready in time: ${out} ${err}`));
    }, 60_000);
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready: (http:\/\/[^\s]+)\/graphql/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        // Give the process a moment to print the rest (demo logins).
        setTimeout(
          () =>
            resolve({
              url: match[1],
              stdout: out,
              pid: child.pid ?? -1,
              stop: () => {
                child.kill('SIGTERM');
                return exited;
              },
            }),
          200,
        );
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}: ${out} ${err}`));
    });
  });
}

// Each test starts and stops real PostgreSQL servers: on two shared cores under load that takes
// longer than the default minute.
jest.setTimeout(180_000);

describe('embedded PostgreSQL start', () => {
  let dir: string;
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
    dir = mkdtempSync(path.join(tmpdir(), 'brygga-embedded-'));
  });
  afterAll(() => {
    // As root the clusters live outside the private folder, behind symlinks; remove both.
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (lstatSync(full).isSymbolicLink()) {
        const target = readlinkSync(full);
        rmSync(target, { recursive: true, force: true });
        rmSync(`${target}.secret`, { force: true });
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts with demo data, answers GraphQL, and keeps the data across a restart', async () => {
    const dataDir = path.join(dir, 'pg');
    const first = await start(dataDir);
    expect(first.stdout).toContain('admin@demo.brygga.se');
    const password = /password: (\S+)/.exec(first.stdout)?.[1];
    const login = await request(first.url)
      .post('/graphql')
      .send({
        query: `mutation { login(input: { email: "admin@demo.brygga.se", password: "${password}" }) { accessToken } }`,
      });
    expect(login.body as unknown).toMatchObject({ data: { login: { accessToken: expect.any(String) as unknown } } });
    expect(await first.stop()).toBe(0);

    const second = await start(dataDir);
    // The database already has its municipality: no second demo load, same users.
    expect(second.stdout).not.toContain('Demo logins');
    const again = await request(second.url)
      .post('/graphql')
      .send({
        query: `mutation { login(input: { email: "admin@demo.brygga.se", password: "${password}" }) { accessToken } }`,
      });
    expect(again.body as unknown).toMatchObject({ data: { login: { accessToken: expect.any(String) as unknown } } });
    expect(await second.stop()).toBe(0);
  });

  it('takes over from a server left running by a killed process, and refuses to share a live one', async () => {
    const dataDir = path.join(dir, 'killed');
    const first = await start(dataDir);
    process.kill(first.pid, 'SIGKILL');
    // The orphaned PostgreSQL still holds the folder; the next start stops it and continues.
    const second = await start(dataDir);
    const res = await request(second.url).post('/graphql').send({ query: '{ __typename }' });
    expect(res.status).toBe(200);
    // While `second` runs, a third start on the same folder refuses instead of killing it.
    await expect(start(dataDir)).rejects.toThrow(/in use by another process/);
    expect((await request(second.url).get('/health/ready')).status).toBe(200);
    expect(await second.stop()).toBe(0);
  });

  it('runs in production mode on the embedded database without demo data', async () => {
    const prod = await start(path.join(dir, 'prod'), { NODE_ENV: 'production' });
    expect(prod.stdout).toContain('production mode');
    expect(prod.stdout).not.toContain('Demo logins');
    const res = await request(prod.url).post('/graphql').send({ query: '{ __schema { types { name } } }' });
    const body = res.body as { errors?: Array<{ message: string }> };
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    expect(await prod.stop()).toBe(0);
  });
});
