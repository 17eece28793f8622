import { PolicyContributor, Role } from '@app/core/authz';

// Anonymised reports: leadership steers by them, and the KAA unit's team lead reads the same
// figures. Nobody reads a report of another municipality (the reports read the principal's own).
export const reportsPolicy: PolicyContributor = (principal, rules) => {
  if (principal.role === Role.LEADERSHIP || (principal.role === Role.TEAM_LEAD && principal.secrecyDomain === 'KAA')) {
    rules.can('read', 'Report', { municipalityId: principal.municipalityId });
  }
};
