import {
  CONSENT_GRANT_COLUMNS,
  CONSENT_REFUSAL_COLUMNS,
  type RelationMapping,
  type SubjectMapping,
} from '@app/core/authz';

// A young person's consent grants (consent_grant, owned by the consents library), reached from
// any record about them through its young person's id.
export function consentGrantsRelation(parentKey: 'id' | 'young_person_id'): RelationMapping {
  return { table: 'consent_grant', foreignKey: 'young_person_id', parentKey, columns: CONSENT_GRANT_COLUMNS };
}

// The young person's refusals (consent_refusal, owned by the consents library), for deny rules.
export function refusalsRelation(parentKey: 'id' | 'young_person_id'): RelationMapping {
  return { table: 'consent_refusal', foreignKey: 'young_person_id', parentKey, columns: CONSENT_REFUSAL_COLUMNS };
}

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
  relations: { consentGrants: consentGrantsRelation('id'), refusals: refusalsRelation('id') },
};

// Records about a young person reach them through young_person_id: rules name the person's
// coordinator, unit and protection (`youngPerson.coordinatorId`).
export const YOUNG_PERSON_RELATION: RelationMapping = {
  table: 'young_person',
  foreignKey: 'id',
  parentKey: 'young_person_id',
  columns: { kaaUnitId: 'kaa_unit_id', coordinatorId: 'coordinator_id', protectedIdentity: 'protected_identity' },
};

function caseFact(subjectType: string): SubjectMapping {
  return {
    subjectType,
    columns: { id: 'id', municipalityId: 'municipality_id', youngPersonId: 'young_person_id' },
    relations: {
      youngPerson: YOUNG_PERSON_RELATION,
      consentGrants: consentGrantsRelation('young_person_id'),
      refusals: refusalsRelation('young_person_id'),
    },
  };
}

export const GUARDIAN_MAPPING = caseFact('Guardian');
export const KAA_ENROLLMENT_MAPPING = caseFact('KaaEnrollment');
export const OCCUPATION_MAPPING = caseFact('Occupation');
export const CONTACT_ATTEMPT_MAPPING = caseFact('ContactAttempt');
export const REMINDER_MAPPING = caseFact('Reminder');

// A hand-over is seen on the sending side by those who worked the case (the young person's
// coordinator, the one who sent it, the unit's team lead) and by the receiving municipality.
export const HAND_OVER_MAPPING: SubjectMapping = {
  subjectType: 'HandOver',
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    toMunicipalityId: 'to_municipality_id',
    status: 'status',
    sentById: 'sent_by_id',
  },
  relations: { youngPerson: YOUNG_PERSON_RELATION },
};

// Stand-ins (issue 17): the team lead's by unit, a coordinator's by naming them.
export const STAND_IN_MAPPING: SubjectMapping = {
  subjectType: 'StandIn',
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    kaaUnitId: 'kaa_unit_id',
    absentUserId: 'absent_user_id',
    standInUserId: 'stand_in_user_id',
  },
};
