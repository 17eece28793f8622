import type { SubjectMapping } from '@app/core/authz';

// Fields that access rules may name, and their columns.
export const ORGANIZATION_MAPPING: SubjectMapping = {
  subjectType: 'Organization',
  columns: { id: 'id', municipalityId: 'municipality_id', kind: 'kind', secrecyDomain: 'secrecy_domain' },
};

export const MUNICIPALITY_MAPPING: SubjectMapping = {
  subjectType: 'Municipality',
  columns: { id: 'id' },
};
