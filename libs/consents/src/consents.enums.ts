// Information categories a consent can cover (DESIGN.md §4 layer 3). A consent names the
// categories it lifts secrecy for, one recipient organisation at a time.
export enum InformationCategory {
  IDENTITY = 'IDENTITY',
  CONTACT = 'CONTACT',
  OCCUPATION = 'OCCUPATION',
  PLAN = 'PLAN',
  MEASURES = 'MEASURES',
  CONTACTS = 'CONTACTS',
  SIGNALS = 'SIGNALS',
}

// Who gave the consent. A guardian's consent needs the young person's maturity assessment noted
// (no fixed age in law: domain.md §3.2).
export enum ConsentGiver {
  YOUNG_PERSON = 'YOUNG_PERSON',
  GUARDIAN = 'GUARDIAN',
  YOUNG_PERSON_AND_GUARDIAN = 'YOUNG_PERSON_AND_GUARDIAN',
}

// Written (with a reference to the stored document) or oral (documented by the user who
// recorded it, at the time recorded).
export enum ConsentForm {
  WRITTEN = 'WRITTEN',
  ORAL = 'ORAL',
}

// Derived, never stored: what a consent means today.
export enum ConsentStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
  REPLACED = 'REPLACED',
}
