import type { SubjectMapping } from '@app/core/authz';

export const USER_MAPPING: SubjectMapping = {
  subjectType: 'User',
  columns: { id: 'id', municipalityId: 'municipality_id' },
  relations: {
    memberships: {
      table: 'membership',
      foreignKey: 'user_id',
      columns: {
        organizationId: 'organization_id',
        role: 'role',
        municipalityId: 'municipality_id',
        endedAt: 'ended_at',
      },
    },
  },
};

export const MEMBERSHIP_MAPPING: SubjectMapping = {
  subjectType: 'Membership',
  columns: {
    id: 'id',
    userId: 'user_id',
    organizationId: 'organization_id',
    municipalityId: 'municipality_id',
    role: 'role',
  },
};
