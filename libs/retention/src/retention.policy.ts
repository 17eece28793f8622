import { PolicyContributor, Role } from '@app/core/authz';

// Retention (issue 19): the admin sets the rules, runs the dry run and a disposal, and reads the
// proofs; a legal hold is set and lifted by the admin or a team lead of the KAA unit, who also
// read the holds. Nothing here shows a young person's data (ids, counts and reasons only).
export const retentionPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (principal.role === Role.ADMIN) {
    rules.can(['read', 'update'], 'RetentionRule', { municipalityId });
    rules.can(['read', 'create'], 'Disposal', { municipalityId });
    rules.can(['read', 'create', 'update'], 'LegalHold', { municipalityId });
  }
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'create', 'update'], 'LegalHold', { municipalityId });
  }
};
