import type { SubjectMapping } from '@app/core/authz';

// How the retention policy's conditions (retention.policy.ts) read as SQL, so the lists of legal
// holds and proofs of disposal are filtered by the caller's rules in the statement itself.
export const LEGAL_HOLD_MAPPING: SubjectMapping = {
  subjectType: 'LegalHold',
  columns: { id: 'id', municipalityId: 'municipality_id' },
};

export const DISPOSAL_MAPPING: SubjectMapping = {
  subjectType: 'Disposal',
  columns: { id: 'id', municipalityId: 'municipality_id' },
};
