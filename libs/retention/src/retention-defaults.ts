import { RetentionClass } from './retention.enums';

export interface RetentionDefault {
  // The suggested keeping time, shown to the admin until the rule is set.
  keepYears: number;
  // The shortest keeping time the municipality may choose.
  minYears: number;
}

// Public records are kept unless a disposal decision (gallringsbeslut) exists, so no rule is
// enabled until the admin enables it; these are the suggested years and the floors
// (docs/RETENTION.md). The chains' floor is two years so that the log reviewer's period and an
// inspection's look-back are always covered.
export const RETENTION_DEFAULTS: Readonly<Record<RetentionClass, RetentionDefault>> = {
  [RetentionClass.SIGNAL]: { keepYears: 2, minYears: 1 },
  [RetentionClass.TARGET_GROUP_CHECK]: { keepYears: 2, minYears: 1 },
  [RetentionClass.NOTIFICATION]: { keepYears: 1, minYears: 1 },
  // A closed case's documentation: long enough for a young person who comes back, a complaint or
  // an inspection of the follow-up; no KAA-specific period was found (domain.md §2.4).
  [RetentionClass.CONTACT_ATTEMPT]: { keepYears: 5, minYears: 2 },
  [RetentionClass.MEASURE]: { keepYears: 5, minYears: 2 },
  [RetentionClass.ACCESS_LOG]: { keepYears: 5, minYears: 2 },
  [RetentionClass.AUDIT_EVENT]: { keepYears: 10, minYears: 2 },
};

// The longest keeping time a rule may name.
export const RETENTION_MAX_YEARS = 100;

export const RETENTION_CLASSES: readonly RetentionClass[] = Object.values(RetentionClass);

// The classes whose rows are hash-chained and disposed as whole prefixes.
export const CHAIN_CLASSES: Readonly<Partial<Record<RetentionClass, 'audit_event' | 'access_log'>>> = {
  [RetentionClass.ACCESS_LOG]: 'access_log',
  [RetentionClass.AUDIT_EVENT]: 'audit_event',
};
