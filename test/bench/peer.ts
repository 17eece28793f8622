// The peer to beat (issue 20, DESIGN.md §9): PostGraphile 5 with the access rule as PostgreSQL
// row-level security, from `../shared/peer-postgraphile`. `npm run bench -- --peer` runs its own
// bench.mjs right before Brygga's scenarios, in the same bench run, so the ratios compare two
// measurements taken minutes apart on the same (shared, noisy) machine.
//
// The peer's folder may be read-only and must stay pristine, so each run works in a fresh copy
// in a temporary folder. Its dependencies (PostGraphile, embedded PostgreSQL binaries: tens of
// MB) are installed once per package-lock.json into os.tmpdir()/brygga-peer-cache/<hash> and
// linked into the copy, so a repeated run does not reinstall.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The peer's bench.mjs measures these (by its names) at 10 connections, each for `seconds`.
export const PEER_TRIVIAL = 'trivial { __typename }';
export const PEER_CASELOAD = 'caseload page, coordinator';
export const PEER_PARTNER = 'consented view, partner';
// The caseload page as one hand-written SQL statement under the same RLS, no HTTP, no GraphQL:
// issue 20's "floor".
export const PEER_FLOOR = 'floor: caseload SQL via RLS, no HTTP';
// The same statement with the coordinator as an explicit WHERE and no RLS (reported, not judged).
export const PEER_FLOOR_PLAIN = 'floor: caseload SQL, explicit WHERE';

export interface PeerScenario {
  name: string;
  requestsPerSecond: number;
  p50: number;
  // The peer reports autocannon's percentiles, which have p97.5 but no p95.
  p97_5: number;
  p99: number;
  errors: number;
}

export interface PeerResult {
  dir: string;
  postgraphileVersion: string | null;
  youngPeople: number;
  seconds: number;
  // Where its node_modules came from, and how long the copy and install took.
  install: 'cache' | 'npm install';
  setupMs: number;
  benchMs: number;
  scenarios: PeerScenario[];
  error: string | null;
}

interface PeerReport {
  n: number;
  seconds: number;
  results: Array<{ name: string; rps: number; p50: number; p97_5: number; p99: number; errors: number }>;
}

const SKIP = new Set(['node_modules', 'data', 'results']);

// Copies the peer's sources (not its node_modules, database or results), writable.
async function copyTree(from: string, to: string): Promise<void> {
  await fs.mkdir(to, { recursive: true, mode: 0o755 });
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await copyTree(source, target);
    else if (entry.isFile()) {
      await fs.copyFile(source, target);
      await fs.chmod(target, 0o644);
    }
  }
}

function run(
  command: string,
  args: string[],
  cwd: string,
  log: (line: string) => void,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME ?? os.homedir(), TMPDIR: os.tmpdir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tail = '';
    const forward = (chunk: Buffer): void => {
      const text = chunk.toString();
      tail = (tail + text).slice(-2000);
      // npm's engine warnings (PostGraphile asks for Node 22; the peer's polyfill covers 20)
      // would drown the rest.
      for (const line of text.split('\n')) if (line.trim() && !line.includes('EBADENGINE')) log(line);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}: ${tail.slice(-500)}`));
    });
  });
}

// node_modules for this package-lock.json, installed once and then reused.
async function installedModules(source: string, log: (line: string) => void): Promise<{ dir: string; fresh: boolean }> {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(await fs.readFile(path.join(source, file)));
  const cache = path.join(os.tmpdir(), 'brygga-peer-cache', hash.digest('hex').slice(0, 16));
  const modules = path.join(cache, 'node_modules');
  if (existsSync(path.join(cache, '.complete'))) return { dir: modules, fresh: false };
  // Installed beside the cache entry and renamed into place, so an interrupted install is never
  // taken for a complete one.
  const staging = `${cache}.partial-${process.pid}`;
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) {
    await fs.copyFile(path.join(source, file), path.join(staging, file));
    await fs.chmod(path.join(staging, file), 0o644);
  }
  log(`installing the peer's dependencies into ${cache} (once per package-lock.json)`);
  await run('npm', ['install', '--no-audit', '--no-fund'], staging, log, 15 * 60_000);
  await fs.writeFile(path.join(staging, '.complete'), `${new Date().toISOString()}\n`);
  await fs.rm(cache, { recursive: true, force: true });
  await fs.rename(staging, cache);
  return { dir: modules, fresh: true };
}

export async function runPeer(options: {
  dir: string;
  youngPeople: number;
  seconds: number;
  log: (line: string) => void;
}): Promise<PeerResult> {
  const started = Date.now();
  const result: PeerResult = {
    dir: options.dir,
    postgraphileVersion: null,
    youngPeople: options.youngPeople,
    seconds: options.seconds,
    install: 'cache',
    setupMs: 0,
    benchMs: 0,
    scenarios: [],
    error: null,
  };
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'brygga-peer-'));
  try {
    // Run as root, embedded PostgreSQL drops to a `postgres` user, which must reach its data
    // directory inside the copy (mkdtemp makes the folder private to its owner).
    await fs.chmod(work, 0o755);
    if (!existsSync(path.join(options.dir, 'bench.mjs'))) {
      throw new Error(`no peer at ${options.dir} (bench.mjs missing; see --peer-dir)`);
    }
    const copy = path.join(work, 'peer-postgraphile');
    await copyTree(options.dir, copy);
    const modules = await installedModules(options.dir, options.log);
    result.install = modules.fresh ? 'npm install' : 'cache';
    await fs.symlink(modules.dir, path.join(copy, 'node_modules'), 'dir');
    result.setupMs = Date.now() - started;
    const benchStarted = Date.now();
    await run(
      process.execPath,
      ['bench.mjs', String(options.youngPeople), String(options.seconds)],
      copy,
      options.log,
      // Seeding plus five scenarios of `seconds` each, with room for a slow seed at 200,000.
      30 * 60_000 + 10 * options.seconds * 1000,
    );
    result.benchMs = Date.now() - benchStarted;
    const report = JSON.parse(
      await fs.readFile(path.join(copy, 'results', `peer-bench-${options.youngPeople}.json`), 'utf8'),
    ) as PeerReport;
    result.scenarios = report.results.map((r) => ({
      name: r.name,
      requestsPerSecond: Math.round(r.rps),
      p50: Math.round(r.p50 * 10) / 10,
      p97_5: Math.round(r.p97_5 * 10) / 10,
      p99: Math.round(r.p99 * 10) / 10,
      errors: r.errors,
    }));
    const version = JSON.parse(await fs.readFile(path.join(modules.dir, 'postgraphile', 'package.json'), 'utf8')) as {
      version?: string;
    };
    result.postgraphileVersion = version.version ?? null;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    // The copy holds the peer's PostgreSQL data directory; its bench stopped that server.
    await fs.rm(work, { recursive: true, force: true }).catch(() => undefined);
  }
  return result;
}
