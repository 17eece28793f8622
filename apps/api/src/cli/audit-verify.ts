// Checks the hash chains of the audit trail and of the access log, one per municipality each,
// and names the first broken row of each; then checks them against the latest anchor of the
// anchor file (AUDIT_ANCHOR_FILE or --anchor-file), so that deleted newest rows are reported
// with the first missing position. Exit code 0 when every chain verifies, 1 otherwise (a break,
// a truncation, or the check could not run). With --write-anchor (`npm run audit:anchor`) an
// intact database's chain heads are then appended to the anchor file as a new anchor. Usage:
//   npm run audit:verify                               (DATABASE_URL, or the embedded database)
//   npm run audit:verify -- --database-url <url> --anchor-file <path>
//   npm run audit:anchor -- --anchor-file <path>
import 'reflect-metadata';
import { promises as fs } from 'node:fs';
import path from 'node:path';

import { Client } from 'pg';

import {
  AnchorFileError,
  appendAnchor,
  checkAgainstAnchor,
  makeAnchor,
  readChainHeads,
  readLatestAnchor,
  verifyAccessChains,
  verifyAuditChains,
  type AnchorFinding,
  type ChainBreak,
  type ChainSummary,
  type VerificationResult,
} from '@app/core/audit';
import { ConfigValidationError, validateEnvironment, type EnvironmentVariables } from '@app/core/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@app/core/database';

const USAGE = 'usage: audit-verify [--database-url <postgres-url>] [--anchor-file <path>] [--write-anchor]';

interface Args {
  databaseUrl?: string;
  anchorFile?: string;
  writeAnchor: boolean;
}

// A usage or set-up problem: printed without a stack trace.
class CliError extends Error {}

const REASONS: Readonly<Record<ChainBreak['reason'], string>> = {
  'hash-mismatch': 'the row does not match its stored hash (its contents were changed)',
  'prev-hash-mismatch': 'the row does not link to the hash of the row before it',
  'seq-gap': 'the sequence number is not the next one (a row before it is missing)',
};

function parseArgs(argv: string[]): Args {
  const args: Args = { writeAnchor: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const option = (['--database-url', '--anchor-file'] as const).find((o) => arg === o || arg.startsWith(`${o}=`));
    if (option) {
      let value: string | undefined;
      if (arg === option) {
        value = argv[i + 1];
        i += 1;
      } else value = arg.slice(option.length + 1);
      if (!value || value.startsWith('--')) throw new CliError(`${option} needs a value\n${USAGE}`);
      if (option === '--database-url') args.databaseUrl = value;
      else args.anchorFile = value;
    } else if (arg === '--write-anchor') {
      args.writeAnchor = true;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else {
      throw new CliError(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
    }
  }
  return args;
}

const TABLE_TITLES = { audit_event: 'audit trail', access_log: 'access log' } as const;

function describeFinding(finding: AnchorFinding, label: string | undefined): string {
  const who = `${TABLE_TITLES[finding.table]} of municipality ${finding.municipalityId}${label ? ` (${label})` : ''}`;
  if (finding.reason === 'truncated') {
    return (
      `TRUNCATED ${who}: the anchor names seq ${finding.anchoredSeq} but the chain ends at seq ${finding.lastSeq}; ` +
      `first missing position seq ${finding.firstMissingSeq ?? '?'}`
    );
  }
  return `REWRITTEN ${who}: the row at seq ${finding.anchoredSeq} does not have the anchored hash (the chain was recomputed)`;
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

// PostgreSQL keeps postmaster.pid in the data folder while it runs; its first line is the
// server's process id. A file left by a crash names a process that no longer exists, and
// PostgreSQL itself removes such a file on start, so only a live process counts.
async function runningPostmaster(dataDir: string): Promise<number | undefined> {
  const content = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => undefined);
  if (content === undefined) return undefined;
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return -1;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (the `postgres` user, as root).
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

// Starts the api's embedded cluster on its own data folder. Two servers must never run on one
// data folder, so when the api (or anything else) is running on it, this refuses and says how
// to proceed instead.
async function startApiEmbeddedDatabase(env: EnvironmentVariables): Promise<EmbeddedDatabase> {
  const configured = path.resolve(env.EMBEDDED_DATABASE_DIR);
  // As root the folder may be a symlink to a cluster under the temp directory (see
  // embedded-postgres.ts); the password file sits next to the real folder.
  const dataDir = await fs.realpath(configured).catch(() => configured);
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    throw new CliError(
      `No embedded database at ${configured}: start the api once (npm start) to create it, ` +
        'or set DATABASE_URL (or pass --database-url) to check another database.',
    );
  }
  // startEmbeddedPostgres re-initialises a cluster whose password file is missing; a check of
  // the audit trail must never risk that.
  if (!(await exists(`${dataDir}.secret`))) {
    throw new CliError(
      `The embedded database at ${configured} has no password file (${dataDir}.secret); refusing to touch it.`,
    );
  }
  const pid = await runningPostmaster(dataDir);
  if (pid !== undefined) {
    throw new CliError(
      `The embedded database at ${configured} is in use (postmaster.pid${pid > 0 ? `, process ${pid}` : ''}): ` +
        'the api is probably running on it, and two servers must not share a data folder. ' +
        'Stop the api and run this again, or set DATABASE_URL (or pass --database-url) to check a server directly.',
    );
  }
  return startEmbeddedPostgres({ dataDir: configured });
}

// Municipality code and name for the report (public facts, not personal data).
async function municipalityLabels(url: string, ids: string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (ids.length === 0) return labels;
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ id: string; code: string; name: string }>(
      'SELECT id, code, name FROM municipality WHERE id = ANY($1::uuid[])',
      [ids],
    );
    for (const row of rows) labels.set(row.id, `${row.code} ${row.name}`);
  } catch {
    // Labels are a convenience; the verdict does not depend on them.
  } finally {
    await client.end().catch(() => undefined);
  }
  return labels;
}

function describeChain(chain: ChainSummary, label: string | undefined, unit: string): string {
  const who = `municipality ${chain.municipalityId}${label ? ` (${label})` : ''}`;
  if (!chain.break) {
    // After retention disposed the oldest rows the chain starts after its checkpoint.
    const first = chain.startsAfterSeq === null ? '1' : (BigInt(chain.startsAfterSeq) + 1n).toString();
    const disposed = chain.startsAfterSeq === null ? '' : ` (seq 1..${chain.startsAfterSeq} disposed, checkpoint)`;
    return `OK      ${who}: ${chain.rows} ${unit}(s), seq ${first}..${chain.lastSeq ?? 0}${disposed}, chain intact`;
  }
  const b = chain.break;
  return `BROKEN  ${who}: first broken row id ${b.id} seq ${b.seq}, reason ${b.reason}: ${REASONS[b.reason]}`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  let env: EnvironmentVariables;
  try {
    // The same validation as the api: a bad environment is reported variable by variable,
    // and a URL given on the command line is checked like DATABASE_URL.
    env = validateEnvironment(args.databaseUrl ? { ...process.env, DATABASE_URL: args.databaseUrl } : process.env);
  } catch (error) {
    if (error instanceof ConfigValidationError) throw new CliError(`cannot start: ${error.message}`);
    throw error;
  }

  let embedded: EmbeddedDatabase | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startApiEmbeddedDatabase(env);
    url = embedded.adminUrl;
  }
  try {
    const trails: Array<{ title: string; unit: string; result: VerificationResult }> = [
      { title: 'Audit trail', unit: 'event', result: await verifyAuditChains(url) },
      { title: 'Access log', unit: 'read', result: await verifyAccessChains(url) },
    ];
    const labels = await municipalityLabels(url, [
      ...new Set(trails.flatMap((trail) => trail.result.chains.map((c) => c.municipalityId))),
    ]);
    const lines: string[] = [];
    for (const { title, unit, result } of trails) {
      lines.push(`${title}:`);
      lines.push(...result.chains.map((chain) => describeChain(chain, labels.get(chain.municipalityId), unit)));
      if (result.chains.length === 0) lines.push(`No ${unit}s yet: nothing to verify.`);
      else if (result.breaks.length === 0) {
        lines.push(
          `${title} intact: ${result.municipalities} municipality chain(s), ${result.rows} ${unit}(s) verified.`,
        );
      } else {
        lines.push(`${title} BROKEN in ${result.breaks.length} of ${result.municipalities} municipality chain(s).`);
      }
    }
    const intact = trails.every((trail) => trail.result.breaks.length === 0);

    const anchorFile = args.anchorFile ?? env.AUDIT_ANCHOR_FILE;
    let anchored = true;
    if (anchorFile) {
      const latest = await readLatestAnchor(anchorFile);
      if (!latest) {
        lines.push(`Anchors: none in ${anchorFile} yet; truncation of the newest rows cannot be checked.`);
      } else {
        const findings = await checkAgainstAnchor(url, latest);
        const findingLabels = await municipalityLabels(url, [...new Set(findings.map((f) => f.municipalityId))]);
        lines.push(`Anchor of ${latest.anchoredAt} (${latest.heads.length} chain head(s), ${anchorFile}):`);
        lines.push(...findings.map((finding) => describeFinding(finding, findingLabels.get(finding.municipalityId))));
        anchored = findings.length === 0;
        lines.push(
          anchored
            ? 'Every anchored head is still there with its hash: nothing before the anchor was deleted or rewritten.'
            : `Anchor check FAILED for ${findings.length} chain(s).`,
        );
      }
    } else {
      lines.push('Anchors: no anchor file (AUDIT_ANCHOR_FILE or --anchor-file); truncation was not checked.');
    }

    if (args.writeAnchor) {
      if (!anchorFile) throw new CliError(`--write-anchor needs an anchor file (AUDIT_ANCHOR_FILE or --anchor-file)`);
      if (!intact || !anchored) {
        lines.push('No new anchor written: the chains did not verify.');
      } else {
        const client = new Client({ connectionString: url });
        await client.connect();
        try {
          const anchor = makeAnchor(
            await readChainHeads(
              async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
            ),
            new Date(),
          );
          await appendAnchor(anchorFile, anchor);
          lines.push(`Anchored ${anchor.heads.length} chain head(s) to ${anchorFile}: ${JSON.stringify(anchor)}`);
        } finally {
          await client.end();
        }
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return intact && anchored ? 0 : 1;
  } finally {
    await embedded?.stop();
  }
}

// process.exit: nothing else is left to do, and a lingering handle must not keep a CI job
// waiting (writes to a pipe or file are synchronous, so the output is complete).
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit-verify: ${describeError(error)}\n`);
    process.exit(1);
  },
);

function describeError(error: unknown): string {
  if (error instanceof CliError || error instanceof AnchorFileError) return error.message;
  // Connection and SQL errors carry a code; their message says what went wrong, a stack
  // trace would not help whoever runs the command.
  if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') {
    return `the audit trail could not be checked: ${error.message}`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
