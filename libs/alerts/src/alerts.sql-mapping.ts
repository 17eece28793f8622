import type { SubjectMapping } from '@app/core/authz';
import { YOUNG_PERSON_RELATION } from '@app/young-people';

export const ALERT_MAPPING: SubjectMapping = {
  subjectType: 'Alert',
  columns: { id: 'id', municipalityId: 'municipality_id', youngPersonId: 'young_person_id', kaaUnitId: 'kaa_unit_id' },
  relations: { youngPerson: YOUNG_PERSON_RELATION },
};

export const ALERT_SETTINGS_MAPPING: SubjectMapping = {
  subjectType: 'AlertSettings',
  columns: { municipalityId: 'municipality_id' },
};
