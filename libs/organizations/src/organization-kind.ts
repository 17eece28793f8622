// What kind of organisation takes part; decides its default secrecy domain.
export enum OrganizationKind {
  KAA_UNIT = 'KAA_UNIT',
  SCHOOL = 'SCHOOL',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  EMPLOYMENT_SERVICE = 'EMPLOYMENT_SERVICE',
  HEALTH_CARE = 'HEALTH_CARE',
  ADULT_EDUCATION = 'ADULT_EDUCATION',
  FOLK_HIGH_SCHOOL = 'FOLK_HIGH_SCHOOL',
  YOUTH_CLINIC = 'YOUTH_CLINIC',
  NGO = 'NGO',
  MANAGEMENT = 'MANAGEMENT',
  OTHER = 'OTHER',
}

// Secrecy domains are separate even inside one municipality: crossing one needs a consent or
// a legal ground (OSL). Management sees only anonymised reports and has no domain of data.
export enum SecrecyDomain {
  KAA = 'KAA',
  SCHOOL = 'SCHOOL',
  SOCIAL_SERVICES = 'SOCIAL_SERVICES',
  HEALTH_CARE = 'HEALTH_CARE',
  LABOUR_MARKET = 'LABOUR_MARKET',
  NONE = 'NONE',
}

export const DEFAULT_SECRECY_DOMAIN: Readonly<Record<OrganizationKind, SecrecyDomain>> = {
  [OrganizationKind.KAA_UNIT]: SecrecyDomain.KAA,
  [OrganizationKind.SCHOOL]: SecrecyDomain.SCHOOL,
  [OrganizationKind.SOCIAL_SERVICES]: SecrecyDomain.SOCIAL_SERVICES,
  [OrganizationKind.EMPLOYMENT_SERVICE]: SecrecyDomain.LABOUR_MARKET,
  [OrganizationKind.HEALTH_CARE]: SecrecyDomain.HEALTH_CARE,
  [OrganizationKind.ADULT_EDUCATION]: SecrecyDomain.SCHOOL,
  [OrganizationKind.FOLK_HIGH_SCHOOL]: SecrecyDomain.SCHOOL,
  [OrganizationKind.YOUTH_CLINIC]: SecrecyDomain.HEALTH_CARE,
  [OrganizationKind.NGO]: SecrecyDomain.NONE,
  [OrganizationKind.MANAGEMENT]: SecrecyDomain.NONE,
  [OrganizationKind.OTHER]: SecrecyDomain.NONE,
};
