import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

import { Client } from 'pg';

import { canonicalJson } from './audit-chain';
import { latestCheckpoint } from './audit-verifier';

// The two hash-chained tables, each with one chain per municipality.
export type ChainTable = 'audit_event' | 'access_log';
export const CHAIN_TABLES: readonly ChainTable[] = ['audit_event', 'access_log'];

export interface ChainHead {
  table: ChainTable;
  municipalityId: string;
  seq: string;
  hash: string;
}

// The chains' heads at one moment, written outside the database (the log stream and a file the
// operator names, AUDIT_ANCHOR_FILE), so that deleting the newest rows, which leaves a shorter
// chain that still verifies, is found by comparing with the anchor (issue 19).
export interface ChainAnchor {
  format: 'brygga-chain-anchor/1';
  anchoredAt: string;
  heads: ChainHead[];
  // SHA-256 of the canonical JSON of the fields above: a line edited by hand is refused.
  digest: string;
}

export type QueryFn = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

// The last row of every municipality's chain: one index probe per municipality and table.
export async function readChainHeads(query: QueryFn): Promise<ChainHead[]> {
  const heads: ChainHead[] = [];
  for (const table of CHAIN_TABLES) {
    const rows = await query<{ municipality_id: string; seq: string; hash: string }>(
      `SELECT m.id AS municipality_id, h.seq, h.hash
         FROM municipality m
         CROSS JOIN LATERAL (SELECT seq, hash FROM ${table} WHERE municipality_id = m.id ORDER BY seq DESC LIMIT 1) h
        ORDER BY m.id`,
    );
    for (const row of rows) {
      heads.push({ table, municipalityId: row.municipality_id, seq: String(row.seq), hash: row.hash });
    }
  }
  return heads;
}

function digestOf(anchor: Omit<ChainAnchor, 'digest'>): string {
  return createHash('sha256').update(canonicalJson(anchor)).digest('hex');
}

export function makeAnchor(heads: ChainHead[], at: Date): ChainAnchor {
  const body = { format: 'brygga-chain-anchor/1' as const, anchoredAt: at.toISOString(), heads };
  return { ...body, digest: digestOf(body) };
}

export class AnchorFileError extends Error {
  override readonly name = 'AnchorFileError';
}

// One anchor per line (JSON Lines), appended; the file is the history of anchors.
export async function appendAnchor(file: string, anchor: ChainAnchor): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await fs.appendFile(file, `${JSON.stringify(anchor)}\n`, { mode: 0o600 });
}

function parseAnchor(line: string, file: string): ChainAnchor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new AnchorFileError(`the last line of ${file} is not an anchor (not JSON)`);
  }
  const anchor = parsed as Partial<ChainAnchor>;
  if (
    anchor.format !== 'brygga-chain-anchor/1' ||
    !Array.isArray(anchor.heads) ||
    typeof anchor.anchoredAt !== 'string'
  ) {
    throw new AnchorFileError(`the last line of ${file} is not a Brygga chain anchor`);
  }
  const { digest, ...body } = anchor as ChainAnchor;
  if (digestOf(body) !== digest) throw new AnchorFileError(`the last anchor in ${file} does not match its digest`);
  return anchor as ChainAnchor;
}

// The newest anchor of the file (its last line), read from the end; undefined when there is no
// file or it is empty.
export async function readLatestAnchor(file: string): Promise<ChainAnchor | undefined> {
  const handle = await fs.open(file, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!handle) return undefined;
  try {
    const { size } = await handle.stat();
    for (let window = 64 * 1024; ; window *= 4) {
      const start = Math.max(0, size - window);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      const text = buffer.toString('utf8').replace(/\s+$/, '');
      const newline = text.lastIndexOf('\n');
      if (newline >= 0 || start === 0) {
        const line = text.slice(newline + 1);
        return line.length === 0 ? undefined : parseAnchor(line, file);
      }
    }
  } finally {
    await handle.close();
  }
}

// What comparing a chain with its anchored head found.
export interface AnchorFinding {
  table: ChainTable;
  municipalityId: string;
  anchoredSeq: string;
  // truncated: rows up to the anchored head are missing (the chain now ends before it);
  // rewritten: the row at the anchored position is there but its hash is not the anchored one.
  reason: 'truncated' | 'rewritten';
  // The chain's last seq now ('0' when it has no rows left).
  lastSeq: string;
  // truncated: the first position that is missing.
  firstMissingSeq?: string;
}

// Checks every head the anchor names against the database: the row at that position must still
// be there with the same hash. Rows after the anchor are the chain verifier's to check.
export async function checkAgainstAnchor(connectionString: string, anchor: ChainAnchor): Promise<AnchorFinding[]> {
  const client = new Client({ connectionString });
  await client.connect();
  const findings: AnchorFinding[] = [];
  try {
    for (const head of anchor.heads) {
      if (!CHAIN_TABLES.includes(head.table)) throw new AnchorFileError(`unknown chain table ${head.table}`);
      // A head that retention disposed since the anchor: the checkpoint stands for it (the row
      // at the checkpoint's own position must have had the anchored hash).
      const checkpoint = await latestCheckpoint(client, head.table, head.municipalityId);
      if (checkpoint && BigInt(head.seq) <= BigInt(checkpoint.seq)) {
        if (head.seq === checkpoint.seq && head.hash !== checkpoint.hash) {
          findings.push({
            table: head.table,
            municipalityId: head.municipalityId,
            anchoredSeq: head.seq,
            reason: 'rewritten',
            lastSeq: checkpoint.seq,
          });
        }
        continue;
      }
      const { rows } = await client.query<{ hash: string | null; last_seq: string | null }>(
        `SELECT (SELECT hash FROM ${head.table} WHERE municipality_id = $1 AND seq = $2) AS hash,
                (SELECT max(seq) FROM ${head.table} WHERE municipality_id = $1) AS last_seq`,
        [head.municipalityId, head.seq],
      );
      const hash = rows[0]?.hash ?? null;
      const lastSeq = String(rows[0]?.last_seq ?? '0');
      if (hash === null) {
        findings.push({
          table: head.table,
          municipalityId: head.municipalityId,
          anchoredSeq: head.seq,
          reason: 'truncated',
          lastSeq,
          firstMissingSeq: (BigInt(lastSeq) + 1n).toString(),
        });
      } else if (hash !== head.hash) {
        findings.push({
          table: head.table,
          municipalityId: head.municipalityId,
          anchoredSeq: head.seq,
          reason: 'rewritten',
          lastSeq,
        });
      }
    }
    return findings;
  } finally {
    await client.end();
  }
}
