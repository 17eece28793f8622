import { Client } from 'pg';

import { accessChainHash } from './access-chain';
import { chainHash, GENESIS_HASH } from './audit-chain';

export interface ChainBreak {
  municipalityId: string;
  id: string;
  seq: string;
  reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'seq-gap';
}

// One municipality's chain: how many rows were checked (up to and including a broken one),
// the last seq seen, and the first break if there is one.
export interface ChainSummary {
  municipalityId: string;
  // The checkpoint the chain starts after when its oldest rows were disposed (retention), or null.
  startsAfterSeq: string | null;
  rows: number;
  lastSeq: string | null;
  break?: ChainBreak;
}

export interface VerificationResult {
  municipalities: number;
  rows: number;
  breaks: ChainBreak[];
  chains: ChainSummary[];
}

interface AuditRow {
  id: string;
  municipality_id: string;
  seq: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_organization_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  summary: Record<string, unknown>;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

interface ChainedRow {
  id: string;
  municipality_id: string;
  seq: string;
  prev_hash: string;
  hash: string;
}

// Walks each municipality's chain of `table` in seq order with a cursor (constant memory) and
// reports the first broken row of each chain; `rehash` recomputes a row's hash from its fields.
async function verifyChains<R extends ChainedRow>(
  connectionString: string,
  table: 'audit_event' | 'access_log',
  rehash: (row: R, prevHash: string) => string,
): Promise<VerificationResult> {
  const client = new Client({ connectionString });
  await client.connect();
  const result: VerificationResult = { municipalities: 0, rows: 0, breaks: [], chains: [] };
  try {
    const { rows: tenants } = await client.query<{ municipality_id: string }>(
      `SELECT DISTINCT municipality_id FROM ${table} ORDER BY municipality_id`,
    );
    for (const { municipality_id: municipalityId } of tenants) {
      result.municipalities += 1;
      // A chain whose oldest rows were disposed starts after its latest checkpoint: the first
      // remaining row must link to the checkpoint's hash at the next position (docs/DATABASE.md).
      const checkpoint = await latestCheckpoint(client, table, municipalityId);
      const chain: ChainSummary = {
        municipalityId,
        startsAfterSeq: checkpoint?.seq ?? null,
        rows: 0,
        lastSeq: null,
      };
      result.chains.push(chain);
      let prevHash = checkpoint?.hash ?? GENESIS_HASH;
      let expectedSeq = BigInt(checkpoint?.seq ?? '0') + 1n;
      let lastSeq = checkpoint?.seq ?? '0';
      for (;;) {
        const { rows } = await client.query<R>(
          `SELECT * FROM ${table} WHERE municipality_id = $1 AND seq > $2 ORDER BY seq LIMIT 1000`,
          [municipalityId, lastSeq],
        );
        if (rows.length === 0) break;
        const broken = rows.find((row) => {
          result.rows += 1;
          chain.rows += 1;
          chain.lastSeq = row.seq;
          const reason = checkRow(row, prevHash, expectedSeq, rehash);
          if (reason) {
            chain.break = { municipalityId, id: row.id, seq: row.seq, reason };
            result.breaks.push(chain.break);
            return true;
          }
          prevHash = row.hash;
          expectedSeq += 1n;
          return false;
        });
        if (broken) break;
        lastSeq = rows[rows.length - 1]?.seq ?? lastSeq;
      }
    }
    return result;
  } finally {
    await client.end();
  }
}

// The latest checkpoint of a chain (retention's disposal of its oldest rows), if any.
export async function latestCheckpoint(
  client: Pick<Client, 'query'>,
  table: 'audit_event' | 'access_log',
  municipalityId: string,
): Promise<{ seq: string; hash: string } | undefined> {
  const { rows } = await client.query<{ seq: string; hash: string }>(
    `SELECT through_seq AS seq, hash FROM chain_checkpoint
      WHERE municipality_id = $1 AND chain_table = $2 ORDER BY through_seq DESC LIMIT 1`,
    [municipalityId, table],
  );
  const row = rows[0];
  return row ? { seq: String(row.seq), hash: row.hash } : undefined;
}

export function verifyAuditChains(connectionString: string): Promise<VerificationResult> {
  return verifyChains<AuditRow>(connectionString, 'audit_event', (row, prevHash) =>
    chainHash(prevHash, {
      municipalityId: row.municipality_id,
      seq: row.seq,
      occurredAt: row.occurred_at,
      actorUserId: row.actor_user_id,
      actorRole: row.actor_role,
      actorOrganizationId: row.actor_organization_id,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      summary: row.summary,
      requestId: row.request_id,
    }),
  );
}

interface AccessRow extends ChainedRow {
  occurred_at: Date;
  user_id: string;
  role: string;
  organization_id: string;
  young_person_ids: string[];
  subject_kind: string | null;
  school_pupil_ids: string[];
  categories: string[];
  ground: string;
  consent_ids: string[];
  emergency_access_id: string | null;
  disclosure_id: string | null;
  operation: string;
  request_id: string | null;
}

export function verifyAccessChains(connectionString: string): Promise<VerificationResult> {
  return verifyChains<AccessRow>(connectionString, 'access_log', (row, prevHash) =>
    accessChainHash(prevHash, {
      municipalityId: row.municipality_id,
      seq: row.seq,
      occurredAt: row.occurred_at,
      userId: row.user_id,
      role: row.role,
      organizationId: row.organization_id,
      youngPersonIds: row.young_person_ids,
      subjectKind: row.subject_kind,
      schoolPupilIds: row.school_pupil_ids,
      categories: row.categories,
      ground: row.ground,
      consentIds: row.consent_ids,
      emergencyAccessId: row.emergency_access_id,
      disclosureId: row.disclosure_id,
      operation: row.operation,
      requestId: row.request_id,
    }),
  );
}

function checkRow<R extends ChainedRow>(
  row: R,
  prevHash: string,
  expectedSeq: bigint,
  rehash: (row: R, prevHash: string) => string,
): ChainBreak['reason'] | undefined {
  if (BigInt(row.seq) !== expectedSeq) return 'seq-gap';
  if (row.prev_hash !== prevHash) return 'prev-hash-mismatch';
  return rehash(row, prevHash) === row.hash ? undefined : 'hash-mismatch';
}
