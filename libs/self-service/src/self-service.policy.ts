import { PolicyContributor, Role } from '@app/core/authz';

// Rectification requests (issue 19) are handled by who may change the young person: their
// coordinator and the KAA unit's team lead (the rows: the young person's own update rule,
// checked by the service). The own view itself has no rule here: a Principal never reads an
// OwnRecord (the self-service session's ability is built apart; AuthenticationService).
export const selfServicePolicy: PolicyContributor = (principal, rules) => {
  if (principal.secrecyDomain !== 'KAA') return;
  if (principal.role === Role.COORDINATOR || principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'update'], 'RectificationRequest', { municipalityId: principal.municipalityId });
  }
};
