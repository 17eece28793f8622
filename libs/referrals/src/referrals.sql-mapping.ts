import type { RelationMapping, SubjectMapping } from '@app/core/authz';

const YOUNG_PERSON: RelationMapping = {
  table: 'young_person',
  foreignKey: 'id',
  parentKey: 'young_person_id',
  columns: { kaaUnitId: 'kaa_unit_id', coordinatorId: 'coordinator_id' },
};

export const REFERRAL_MAPPING: SubjectMapping = {
  subjectType: 'Referral',
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    youngPersonId: 'young_person_id',
    fromOrganizationId: 'from_organization_id',
    toOrganizationId: 'to_organization_id',
  },
  relations: { youngPerson: YOUNG_PERSON },
};

export const DISCLOSURE_MAPPING: SubjectMapping = {
  subjectType: 'Disclosure',
  columns: { id: 'id', municipalityId: 'municipality_id', youngPersonId: 'young_person_id' },
  relations: { youngPerson: YOUNG_PERSON },
};
