import { linkHash } from './audit-chain';

// The fields of an access_log row that its hash covers (everything but id and the hashes).
export interface AccessChainFields {
  municipalityId: string;
  seq: string;
  occurredAt: Date;
  userId: string;
  role: string;
  organizationId: string;
  youngPersonIds: string[];
  categories: string[];
  ground: string;
  consentIds: string[];
  emergencyAccessId: string | null;
  disclosureId: string | null;
  operation: string;
  requestId: string | null;
}

export function accessChainHash(prevHash: string, fields: AccessChainFields): string {
  const { youngPersonIds, ...rest } = fields;
  // Rows written before one row could name several young people held one `youngPersonId`. A row
  // of one young person still hashes that way, so chains written then verify unchanged.
  const subjects = youngPersonIds.length === 1 ? { youngPersonId: youngPersonIds[0] } : { youngPersonIds };
  return linkHash(prevHash, { kind: 'access', ...rest, ...subjects, occurredAt: fields.occurredAt.toISOString() });
}
