import { PolicyContributor, Role } from '@app/core/authz';

// Signals (issue 16): school staff send signals for their own school and see what they sent and
// how it was handled; the KAA unit's coordinators and team leads see and handle every signal of
// their municipality: the signals whose pupil lives there (the home municipality), from its own
// schools or any other municipality's. Partners, leadership, reviewers and admins see none.
export const signalsPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (principal.role === Role.SCHOOL_STAFF && principal.secrecyDomain === 'SCHOOL') {
    rules.can(['read', 'create'], 'Signal', { municipalityId, schoolId: principal.organizationId });
  }
  if (principal.secrecyDomain === 'KAA' && (principal.role === Role.COORDINATOR || principal.role === Role.TEAM_LEAD)) {
    rules.can(['read', 'update'], 'Signal', { homeMunicipalityId: municipalityId });
  }
  // The municipality's admin makes, lists and revokes the school systems' credentials (it sees
  // no signal itself; a credential sends its school's signals and does nothing else).
  if (principal.role === Role.ADMIN) {
    rules.can(['read', 'create', 'update'], 'IntegrationCredential', { municipalityId });
  }
};
