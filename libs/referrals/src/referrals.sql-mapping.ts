import type { SubjectMapping } from '@app/core/authz';
import { YOUNG_PERSON_RELATION as YOUNG_PERSON } from '@app/young-people';

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
