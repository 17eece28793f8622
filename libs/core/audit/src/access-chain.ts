import { linkHash } from './audit-chain';

// The fields of an access_log row that its hash covers (everything but id and the hashes).
export interface AccessChainFields {
  municipalityId: string;
  seq: string;
  occurredAt: Date;
  userId: string;
  role: string;
  organizationId: string;
  youngPersonId: string;
  categories: string[];
  ground: string;
  consentIds: string[];
  emergencyAccessId: string | null;
  disclosureId: string | null;
  operation: string;
  requestId: string | null;
}

export function accessChainHash(prevHash: string, fields: AccessChainFields): string {
  return linkHash(prevHash, { kind: 'access', ...fields, occurredAt: fields.occurredAt.toISOString() });
}
