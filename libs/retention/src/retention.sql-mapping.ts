import type { SubjectMapping } from '@app/core/authz';

// How the retention policy's conditions (retention.policy.ts) read as SQL, so the lists of legal
// holds and proofs of disposal are filtered by the caller's rules in the statement itself.
// A hold reaches its young person's unit through young_person_id (a team lead's holds are their
// unit's).
export const LEGAL_HOLD_MAPPING: SubjectMapping = {
  subjectType: 'LegalHold',
  columns: { id: 'id', municipalityId: 'municipality_id', youngPersonId: 'young_person_id' },
  relations: {
    youngPerson: {
      table: 'young_person',
      foreignKey: 'id',
      parentKey: 'young_person_id',
      columns: { kaaUnitId: 'kaa_unit_id' },
    },
  },
};

export const DISPOSAL_MAPPING: SubjectMapping = {
  subjectType: 'Disposal',
  columns: { id: 'id', municipalityId: 'municipality_id' },
};
