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
  // NULL only on rows written before the column existed (migration 1796830000000).
  subjectKind: string | null;
  schoolPupilIds: string[];
  categories: string[];
  ground: string;
  consentIds: string[];
  emergencyAccessId: string | null;
  disclosureId: string | null;
  operation: string;
  requestId: string | null;
}

export function accessChainHash(prevHash: string, fields: AccessChainFields): string {
  const { youngPersonIds, subjectKind, schoolPupilIds, ...rest } = fields;
  // Rows written before one row could name several young people held one `youngPersonId`. A row
  // of one young person still hashes that way, so chains written then verify unchanged.
  const subjects = youngPersonIds.length === 1 ? { youngPersonId: youngPersonIds[0] } : { youngPersonIds };
  // Rows written before the subject kind (kind NULL, no pupils: the columns' values for them)
  // hash without those keys, as they were hashed then. Every other row hashes both, so a kind or
  // pupil list changed on any row, also set on an old row or cleared on a new one, gives another
  // hash: the two shapes never produce the same canonical JSON.
  const kind = subjectKind === null && schoolPupilIds.length === 0 ? {} : { subjectKind, schoolPupilIds };
  return linkHash(prevHash, {
    kind: 'access',
    ...rest,
    ...subjects,
    ...kind,
    occurredAt: fields.occurredAt.toISOString(),
  });
}
