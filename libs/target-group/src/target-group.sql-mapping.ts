import type { SubjectMapping } from '@app/core/authz';

const UNIT_COLUMNS = { id: 'id', municipalityId: 'municipality_id', kaaUnitId: 'kaa_unit_id' } as const;

export const TARGET_GROUP_IMPORT_MAPPING: SubjectMapping = {
  subjectType: 'TargetGroupImport',
  columns: UNIT_COLUMNS,
};

export const TARGET_GROUP_RUN_MAPPING: SubjectMapping = {
  subjectType: 'TargetGroupRun',
  columns: UNIT_COLUMNS,
};

export const TARGET_GROUP_CHECK_MAPPING: SubjectMapping = {
  subjectType: 'TargetGroupCheck',
  columns: UNIT_COLUMNS,
};
