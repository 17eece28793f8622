import { PolicyContributor, Role } from '@app/core/authz';

// Who uploads files for imports (the KAA unit, schools, administrators) and who reads a file:
// the one who uploaded it or whose job wrote it.
const UPLOADERS: readonly Role[] = [Role.ADMIN, Role.TEAM_LEAD, Role.COORDINATOR, Role.SCHOOL_STAFF];

export const filesPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (UPLOADERS.includes(principal.role)) rules.can('create', 'File', { municipalityId });
  rules.can('read', 'File', { municipalityId, createdById: principal.userId });
  // The SCB half-year files (libs/scb-kaa) are the KAA unit's: every team lead there downloads
  // them, whoever produced them (the history of files is theirs together).
  if (principal.role === Role.TEAM_LEAD && principal.secrecyDomain === 'KAA') {
    rules.can('read', 'File', { municipalityId, purpose: 'SCB_KAA' });
  }
};
