import { PolicyContributor, Role } from '@app/core/authz';

// Early warning (issue 17) is the school's own work: a school's staff read their school's
// suggestions, pupils and presence, send absence days, name mentors and student health, run the
// indicators for their school and record reviews. Nobody outside the school reads any of it (the
// KAA unit sees only the signals a school sends it). The admin sets the municipality's
// indicators; school staff read them (the screen explains the thresholds).
export const earlyWarningPolicy: PolicyContributor = (principal, rules) => {
  const municipalityId = principal.municipalityId;
  if (principal.role === Role.SCHOOL_STAFF && principal.secrecyDomain === 'SCHOOL') {
    rules.can(['read', 'create', 'update'], 'EarlyWarning', { municipalityId, schoolId: principal.organizationId });
    rules.can('read', 'EarlyWarningSettings', { municipalityId });
  }
  if (principal.role === Role.ADMIN) {
    rules.can(['read', 'update'], 'EarlyWarningSettings', { municipalityId });
  }
};
