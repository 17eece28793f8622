export { InformationCategory } from '@app/core/authz';

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
