import { PolicyContributor, Role } from '@app/core/authz';

// Everyone reads the organisations of their own municipality (to address a referral or see
// who is responsible); only the municipality admin creates or changes them.
export const organizationsPolicy: PolicyContributor = (principal, rules) => {
  rules.can('read', 'Municipality', { id: principal.municipalityId });
  rules.can('read', 'Organization', { municipalityId: principal.municipalityId });
  if (principal.role === Role.ADMIN) {
    rules.can(['create', 'update'], 'Organization', { municipalityId: principal.municipalityId });
    rules.can('update', 'Municipality', { id: principal.municipalityId });
  }
};
