import type { SubjectMapping } from '@app/core/authz';

export const SIGNAL_MAPPING: SubjectMapping = {
  subjectType: 'Signal',
  columns: {
    id: 'id',
    municipalityId: 'municipality_id',
    homeMunicipalityId: 'home_municipality_id',
    schoolId: 'school_id',
  },
};
