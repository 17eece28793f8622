import type { SubjectMapping } from '@app/core/authz';
import { consentGrantsRelation, refusalsRelation } from '@app/young-people';

export const MEASURE_MAPPING: SubjectMapping = {
  subjectType: 'Measure',
  columns: { id: 'id', municipalityId: 'municipality_id', youngPersonId: 'young_person_id' },
  relations: {
    youngPerson: {
      table: 'young_person',
      foreignKey: 'id',
      parentKey: 'young_person_id',
      columns: { kaaUnitId: 'kaa_unit_id', coordinatorId: 'coordinator_id' },
    },
    consentGrants: consentGrantsRelation('young_person_id'),
    refusals: refusalsRelation('young_person_id'),
  },
};

export const MEASURE_TYPE_MAPPING: SubjectMapping = {
  subjectType: 'MeasureType',
  columns: { id: 'id', municipalityId: 'municipality_id', active: 'active' },
};
