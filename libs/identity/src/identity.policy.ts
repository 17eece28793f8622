import { PolicyContributor, Role } from '@app/core/authz';

// Everyone reads themselves and their own memberships. The team lead reads the people of
// their unit; the admin manages users and memberships of the municipality. The log reviewer
// reads the audit trail.
export const identityPolicy: PolicyContributor = (principal, { can }) => {
  can('read', 'User', { id: principal.userId });
  can('read', 'Membership', { userId: principal.userId });
  if (principal.role === Role.TEAM_LEAD) {
    can('read', 'User', { municipalityId: principal.municipalityId, 'memberships.organizationId': principal.organizationId });
    can('read', 'Membership', { organizationId: principal.organizationId });
  }
  if (principal.role === Role.ADMIN) {
    can(['read', 'create', 'update'], 'User', { municipalityId: principal.municipalityId });
    can(['read', 'create', 'update'], 'Membership', { municipalityId: principal.municipalityId });
  }
  if (principal.role === Role.LOG_REVIEWER) {
    can('read', 'AuditEvent', { municipalityId: principal.municipalityId });
  }
};
