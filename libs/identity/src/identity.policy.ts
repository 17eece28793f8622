import { PolicyContributor, Role } from '@app/core/authz';

// Everyone reads themselves and their own memberships. The team lead reads the people of
// their unit; the admin manages users and memberships of the municipality. The log reviewer
// reads the audit trail and who the municipality's users are (the access log and the reviews
// name users by id; a reviewer must see whose reads they review).
export const identityPolicy: PolicyContributor = (principal, rules) => {
  rules.can('read', 'User', { id: principal.userId });
  rules.can('read', 'Membership', { userId: principal.userId });
  if (principal.role === Role.TEAM_LEAD) {
    // One membership row must both name the unit and still be active ($elemMatch): someone
    // who left the unit is no longer one of its people.
    rules.can('read', 'User', {
      municipalityId: principal.municipalityId,
      memberships: { $elemMatch: { organizationId: principal.organizationId, endedAt: null } },
    });
    rules.can('read', 'Membership', { organizationId: principal.organizationId });
  }
  if (principal.role === Role.ADMIN) {
    rules.can(['read', 'create', 'update'], 'User', { municipalityId: principal.municipalityId });
    rules.can(['read', 'create', 'update'], 'Membership', { municipalityId: principal.municipalityId });
  }
  if (principal.role === Role.LOG_REVIEWER) {
    rules.can('read', 'AuditEvent', { municipalityId: principal.municipalityId });
    rules.can('read', 'User', { municipalityId: principal.municipalityId });
  }
};
