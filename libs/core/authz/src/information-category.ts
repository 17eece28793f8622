// Categories of a young person's information (DESIGN.md §4, layer 3). A consent lifts secrecy
// for some of them towards one organisation; what a partner reads follows them.
export enum InformationCategory {
  IDENTITY = 'IDENTITY',
  CONTACT = 'CONTACT',
  OCCUPATION = 'OCCUPATION',
  PLAN = 'PLAN',
  MEASURES = 'MEASURES',
  CONTACTS = 'CONTACTS',
  SIGNALS = 'SIGNALS',
}

// The columns of consent_grant that access rules may name (the consents library owns the
// table; every subject about a young person reaches it through young_person_id).
export const CONSENT_GRANT_COLUMNS = {
  organizationId: 'organization_id',
  category: 'category',
  validFrom: 'valid_from',
  validTo: 'valid_to',
  revokedAt: 'revoked_at',
} as const;

// The columns of consent_refusal that deny rules may name.
export const CONSENT_REFUSAL_COLUMNS = {
  organizationId: 'organization_id',
  category: 'category',
  liftedAt: 'lifted_at',
} as const;

// A condition that holds while the young person withholds the category from the organisation:
// used in `cannot` rules, so a refusal wins over any consent (but not over emergency access).
export function activeRefusal(organizationId: string, category: InformationCategory): Record<string, unknown> {
  return { refusals: { $elemMatch: { organizationId, category, liftedAt: null } } };
}

// Who reads young people through consents: staff of partner organisations and schools, never
// the KAA unit (which works the case itself) and never by role alone.
export function readsThroughConsent(principal: { role: string; secrecyDomain: string }): boolean {
  return (
    (principal.role === 'PARTNER_CASEWORKER' || principal.role === 'SCHOOL_STAFF') && principal.secrecyDomain !== 'KAA'
  );
}

// A condition that holds while an unrevoked consent grant for the organisation (and category,
// when given) is valid on `today`, the municipality's current day (PolicySubject.today): a
// consent is valid from its first through its last day. The date columns compare with midnight
// of that day (sessions run in UTC, where a date is its midnight), and expiry needs no job: the
// next request brings the next day, and with it another cached ability.
export function activeConsentGrant(
  organizationId: string,
  category: InformationCategory | undefined,
  todayIso: string,
): Record<string, unknown> {
  const today = new Date(`${todayIso}T00:00:00Z`);
  return {
    consentGrants: {
      $elemMatch: {
        organizationId,
        ...(category ? { category } : {}),
        validFrom: { $lte: today },
        validTo: { $gte: today },
        revokedAt: null,
      },
    },
  };
}

// Roles that may open an emergency access (nödåtkomst) to a young person they cannot otherwise
// read: those who work with young people. Leadership never reads an identifiable record, the
// log reviewer reviews accesses and admins keep the organisation, not cases.
export const EMERGENCY_ACCESS_ROLES: readonly string[] = [
  'COORDINATOR',
  'TEAM_LEAD',
  'PARTNER_CASEWORKER',
  'SCHOOL_STAFF',
];

// The rows about young people the principal holds an emergency access to, as a condition on
// the column `key` (the young person's id, or a record's young_person_id); undefined for none.
export function emergencyAccessCondition(
  principal: { municipalityId: string; role: string; emergencyYoungPersonIds: readonly string[] },
  key: 'id' | 'youngPersonId',
): Record<string, unknown> | undefined {
  if (principal.emergencyYoungPersonIds.length === 0 || !EMERGENCY_ACCESS_ROLES.includes(principal.role)) {
    return undefined;
  }
  return { municipalityId: principal.municipalityId, [key]: { $in: [...principal.emergencyYoungPersonIds] } };
}
