import type { RelationMapping, SubjectMapping } from '@app/core/authz';

// Fields access rules may name, and their columns.
export const YOUNG_PERSON_MAPPING: SubjectMapping = {
  subjectType: 'YoungPerson',
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    kaaUnitId: 'kaa_unit_id',
    coordinatorId: 'coordinator_id',
    protectedIdentity: 'protected_identity',
  },
};

// Case facts reach their young person through young_person_id.
const YOUNG_PERSON_RELATION: RelationMapping = {
  table: 'young_person',
  foreignKey: 'id',
  parentKey: 'young_person_id',
  columns: { kaaUnitId: 'kaa_unit_id', coordinatorId: 'coordinator_id', protectedIdentity: 'protected_identity' },
};

function caseFact(subjectType: string): SubjectMapping {
  return {
    subjectType,
    columns: { id: 'id', municipalityId: 'municipality_id', youngPersonId: 'young_person_id' },
    relations: { youngPerson: YOUNG_PERSON_RELATION },
  };
}

export const GUARDIAN_MAPPING = caseFact('Guardian');
export const KAA_ENROLLMENT_MAPPING = caseFact('KaaEnrollment');
export const OCCUPATION_MAPPING = caseFact('Occupation');
export const CONTACT_ATTEMPT_MAPPING = caseFact('ContactAttempt');
export const REMINDER_MAPPING = caseFact('Reminder');

// A hand-over is seen by the sending municipality (municipalityId) and the receiving one.
export const HAND_OVER_MAPPING: SubjectMapping = {
  subjectType: 'HandOver',
  columns: { id: 'id', municipalityId: 'municipality_id', toMunicipalityId: 'to_municipality_id', status: 'status' },
};
