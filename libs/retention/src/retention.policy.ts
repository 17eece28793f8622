import { PolicyContributor, Role } from '@app/core/authz';

// Retention (issue 19): the admin sets the rules, runs the dry run and a disposal, reads the
// proofs and downloads each disposal's archive file for the municipality's e-archive (the admin
// is the municipality's records role: Brygga has no archivist role of its own, DESIGN.md §1). A
// legal hold is set, lifted and read by the admin for the whole municipality and by a KAA unit's
// team lead for the young people of their own unit (a hold's reason is about the young person;
// another unit's team lead has no ground to read it). Nothing here shows a young person's data
// (ids, counts and reasons only), except an archive file, whose download is access-logged.
export const retentionPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (principal.role === Role.ADMIN) {
    rules.can(['read', 'update'], 'RetentionRule', { municipalityId });
    rules.can(['read', 'create'], 'Disposal', { municipalityId });
    rules.can('read', 'RetentionArchive', { municipalityId });
    rules.can(['read', 'create', 'update'], 'LegalHold', { municipalityId });
  }
  if (principal.secrecyDomain === 'KAA' && principal.role === Role.TEAM_LEAD) {
    rules.can(['read', 'create', 'update'], 'LegalHold', {
      municipalityId,
      'youngPerson.kaaUnitId': principal.organizationId,
    });
  }
};
