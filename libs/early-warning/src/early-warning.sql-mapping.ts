import type { SubjectMapping } from '@app/core/authz';

// A school's early-warning data (suggestions, pupils, absence days, its own absence signals):
// the school's own staff only.
export const EARLY_WARNING_MAPPING: SubjectMapping = {
  subjectType: 'EarlyWarning',
  columns: { id: 'id', municipalityId: 'municipality_id', schoolId: 'school_id' },
};

export const EARLY_WARNING_SETTINGS_MAPPING: SubjectMapping = {
  subjectType: 'EarlyWarningSettings',
  columns: { municipalityId: 'municipality_id' },
};
