import { PolicyContributor, Role } from '@app/core/authz';

// The statutory KAA file (docs/REPORTS.md, "The SCB half-year file"). The KAA unit's coordinators
// and team leads validate a half-year and read the data-quality view (the lists of names are
// filtered by their own access to young people: a coordinator sees their caseload, a team lead
// the unit's) and the history of files; only a team lead produces a file, and only a team lead
// downloads one (files policy), because a file holds every registered young person of the
// municipality, beyond any one caseload.
export const scbKaaPolicy: PolicyContributor = (principal, rules) => {
  if (principal.secrecyDomain !== 'KAA') return;
  const municipalityId = principal.municipalityId;
  if (principal.role === Role.COORDINATOR || principal.role === Role.TEAM_LEAD) {
    rules.can('read', 'ScbKaaFile', { municipalityId });
    rules.can('read', 'ScbKaaQuality', { municipalityId });
  }
  if (principal.role === Role.TEAM_LEAD) rules.can('create', 'ScbKaaFile', { municipalityId });
};
