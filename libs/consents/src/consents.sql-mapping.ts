import type { SubjectMapping } from '@app/core/authz';

export const CONSENT_MAPPING: SubjectMapping = {
  subjectType: 'Consent',
  columns: { id: 'id', municipalityId: 'municipality_id', youngPersonId: 'young_person_id' },
  relations: {
    youngPerson: {
      table: 'young_person',
      foreignKey: 'id',
      parentKey: 'young_person_id',
      columns: { kaaUnitId: 'kaa_unit_id', coordinatorId: 'coordinator_id' },
    },
  },
};

export const INFORMATION_CATEGORY_MAPPING: SubjectMapping = {
  subjectType: 'InformationCategory',
  columns: { id: 'id', municipalityId: 'municipality_id' },
};
