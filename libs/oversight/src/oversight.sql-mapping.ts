import type { SubjectMapping } from '@app/core/authz';
import { YOUNG_PERSON_RELATION as YOUNG_PERSON } from '@app/young-people';

export const ACCESS_LOG_MAPPING: SubjectMapping = {
  subjectType: 'AccessLog',
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    userId: 'user_id',
    organizationId: 'organization_id',
    youngPersonId: 'young_person_id',
  },
  relations: { youngPerson: YOUNG_PERSON },
};

export const SECURITY_EVENT_MAPPING: SubjectMapping = {
  subjectType: 'SecurityEvent',
  columns: { municipalityId: 'municipality_id', userId: 'user_id' },
};

export const EMERGENCY_ACCESS_MAPPING: SubjectMapping = {
  subjectType: 'EmergencyAccess',
  columns: { id: 'id', municipalityId: 'municipality_id', userId: 'user_id', youngPersonId: 'young_person_id' },
};

export const ACCESS_REVIEW_MAPPING: SubjectMapping = {
  subjectType: 'AccessReview',
  columns: { id: 'id', municipalityId: 'municipality_id', userId: 'user_id' },
};
