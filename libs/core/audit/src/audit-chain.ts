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
// Written as loops over sorted keys: every access log row is hashed in the request's path.
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  // Array.prototype.sort compares strings by UTF-16 code units, as `<` does.
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
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
