import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');

// A bad environment stops the process before it opens a port, names every bad variable and
// never echoes a secret.
describe('start-up with an invalid environment', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
  });

  it('exits non-zero listing each invalid variable without revealing secrets', async () => {
    const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://user:supersecret@127.0.0.1:1/x',
        AUTH_TOKEN_SECRET: 'short',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(78);
    for (const name of ['PORT', 'LOG_LEVEL', 'DATABASE_URL', 'AUTH_TOKEN_SECRET']) expect(stderr).toContain(name);
    expect(stderr + stdout).not.toMatch(/supersecret|short"/);
    expect(stdout).not.toContain('ready');
  });
});
