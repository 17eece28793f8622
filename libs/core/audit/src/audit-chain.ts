import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  municipalityId: string;
  seq: string;
  occurredAt: Date;
  actorUserId: string | null;
  actorRole: string | null;
  actorOrganizationId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  summary: Record<string, unknown>;
  requestId: string | null;
}

// JSON with keys sorted at every level, so the same row always hashes the same way no matter
// how PostgreSQL's jsonb reorders keys.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

// One link of a hash chain: the previous row's hash and the canonical JSON of this row's fields.
export function linkHash(prevHash: string, fields: Record<string, unknown>): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(fields)).digest('hex');
}

export function chainHash(prevHash: string, fields: ChainedFields): string {
  return linkHash(prevHash, {
    municipalityId: fields.municipalityId,
    seq: fields.seq,
    occurredAt: fields.occurredAt.toISOString(),
    actorUserId: fields.actorUserId,
    actorRole: fields.actorRole,
    actorOrganizationId: fields.actorOrganizationId,
    action: fields.action,
    subjectType: fields.subjectType,
    subjectId: fields.subjectId,
    summary: fields.summary,
    requestId: fields.requestId,
  });
}
