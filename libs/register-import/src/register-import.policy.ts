import { PolicyContributor, Role } from '@app/core/authz';

// Moving a municipality's existing register in is the KAA unit's team lead's work (DESIGN.md §6):
// it registers young people into the whole unit and assigns them to coordinators, which only a
// team lead may do. An administrator sets up the municipality, so they may read and save the
// column mapping, but never run an import: administrators never read or write a young person.
// Coordinators do neither (they register one at a time into their own caseload).
export const registerImportPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (principal.role === Role.ADMIN) {
    rules.can(['read', 'update'], 'RegisterImportMapping', { municipalityId });
    return;
  }
  if (principal.secrecyDomain !== 'KAA' || principal.role !== Role.TEAM_LEAD) return;
  rules.can(['read', 'update'], 'RegisterImportMapping', { municipalityId });
  rules.can(['read', 'create', 'update'], 'RegisterImport', { municipalityId, kaaUnitId: principal.organizationId });
};
