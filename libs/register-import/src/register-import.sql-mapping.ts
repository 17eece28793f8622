import type { SubjectMapping } from '@app/core/authz';

export const REGISTER_IMPORT_MAPPING: SubjectMapping = {
  subjectType: 'RegisterImport',
  columns: { id: 'id', municipalityId: 'municipality_id', kaaUnitId: 'kaa_unit_id' },
};
