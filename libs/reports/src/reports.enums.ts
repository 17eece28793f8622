// What leadership can ask for (DESIGN.md §7, issue 18). Every report is a table of counts of
// young people, rows by one dimension and columns by another, over a period, filterable by KAA
// unit, age band and sex.
export enum ReportKind {
  // Young people registered at some time in the period, by status and occupation at its end.
  KAA_COHORT = 'KAA_COHORT',
  // Registrations made in the period, by reason, and by sex.
  REGISTRATIONS = 'REGISTRATIONS',
  // Registrations ended in the period, by reason, and by sex.
  ENDS = 'ENDS',
  // Measures offered in the period, by SCB category and tier (promotive, preventive, remedial).
  MEASURES = 'MEASURES',
  // Measures ended in the period, by SCB category and the occupation after them.
  MEASURE_OUTCOMES = 'MEASURE_OUTCOMES',
  // Status at the end of the previous half-year against status at the end of the period.
  FLOWS = 'FLOWS',
  // Young people with an active plan, per kind of organisation responsible for its actions: with
  // an action overdue at the period's end, with open actions none overdue, or none open.
  PLAN_ACTIONS = 'PLAN_ACTIONS',
  // Pupils a school sent a signal about in the period, once per kind of signal (by the first of
  // that kind received in the period), by how many days it took to handle it.
  SIGNALS = 'SIGNALS',
  // Young people with a gap alert opened, escalated or resolved in the period, once per rule, by
  // the last step their alerts of that rule reached in the period.
  ALERTS = 'ALERTS',
}

export enum AgeBand {
  AGE_16_17 = 'AGE_16_17',
  AGE_18_19 = 'AGE_18_19',
}

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

// A status of a registration in reports: the register's statuses, or ended (in FLOWS), or not
// registered at the time (in FLOWS: came in during the period).
export const REPORT_STATUSES = [
  'NOT_CONTACTED',
  'CONTACT_ATTEMPTED',
  'IN_DIALOGUE',
  'IN_MEASURE',
  'IN_EDUCATION',
  'IN_WORK',
  'DECLINED',
  'UNKNOWN',
] as const;
export const OCCUPATIONS = ['EDUCATION', 'WORK', 'OTHER_ACTIVITY', 'NONE', 'UNKNOWN'] as const;
export const REGISTRATION_REASONS = [
  'DROPPED_OUT',
  'LEAVING_CERTIFICATE',
  'NEVER_STARTED',
  'LEFT_INTRODUCTION_PROGRAMME',
  'ARRIVED_AFTER_COMPULSORY_AGE',
  'MOVED_IN',
  'OTHER',
] as const;
export const END_REASONS = [
  'TURNED_20',
  'STARTED_EDUCATION',
  'COMPLETED_EDUCATION',
  'MOVED',
  'EMIGRATED',
  'DECEASED',
  'OTHER',
] as const;
export const SCB_MEASURE_CATEGORIES = [
  'INTRODUCTION_PROGRAMME',
  'STUDY_AND_CAREER_GUIDANCE',
  'ADULT_EDUCATION',
  'FOLK_HIGH_SCHOOL',
  'WORK_PLACEMENT',
  'MOTIVATIONAL',
  'OTHER',
] as const;
export const MEASURE_TIERS = ['PROMOTIVE', 'PREVENTIVE', 'REMEDIAL'] as const;

export enum ReportExportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
  PDF = 'PDF',
}

export enum ReportGroupDimension {
  ALL = 'ALL',
  UNIT = 'UNIT',
  AGE = 'AGE',
  SEX = 'SEX',
}

// The kinds of organisation that can be responsible for a plan action.
export const RESPONSIBLE_KINDS = [
  'KAA_UNIT',
  'SCHOOL',
  'SOCIAL_SERVICES',
  'EMPLOYMENT_SERVICE',
  'HEALTH_CARE',
  'ADULT_EDUCATION',
  'FOLK_HIGH_SCHOOL',
  'YOUTH_CLINIC',
  'NGO',
  'MANAGEMENT',
  'OTHER',
] as const;
export const PLAN_ACTION_STATES = ['OVERDUE', 'OPEN', 'NONE_OPEN'] as const;

// The kinds of signal from schools (libs/signals) and how fast a signal was handled: whole days
// from its receipt to a named person's decision, in the municipality's time zone, or not handled
// (yet, today).
export const SIGNAL_KINDS = [
  'UNEXCUSED_ABSENCE',
  'ABSENCE_INVESTIGATION_STARTED',
  'STARTED_UPPER_SECONDARY',
  'LEFT_UPPER_SECONDARY',
  'ABSENCE_PERIOD',
] as const;
export const SIGNAL_HANDLING = ['DAYS_0_2', 'DAYS_3_7', 'DAYS_8_30', 'DAYS_OVER_30', 'NOT_HANDLED'] as const;

// The gap rules (libs/alerts; report-lists.spec.ts keeps the two lists the same) and the last step
// a young person's alerts of a rule reached in a period: resolved in it; else escalated in it;
// else only opened in it. The report counts registered young people: a "to check" entry left in
// the queue is about someone not registered, so its rule is not a row (the report_alert view
// leaves out every alert without a young person).
export const ALERT_RULES_WITHOUT_YOUNG_PERSON = ['TO_CHECK_LEFT'] as const;
export const ALERT_RULES = [
  'NO_COORDINATOR',
  'NO_CONTACT',
  'NEVER_REACHED',
  'NO_ACTIVITY',
  'PLAN_ACTION_OVERDUE',
  'FOLLOW_UP_OVERDUE',
  'REFERRAL_UNANSWERED',
  'CONSENT_EXPIRING',
  'STATUS_UNKNOWN',
  'TURNING_20_NO_HAND_OVER',
  'FIRST_CONTACT_DUE',
  'OFFER_DUE',
  'SIGNAL_NOT_HANDLED',
] as const;
export const ALERT_STEPS = ['OPENED', 'ESCALATED', 'RESOLVED'] as const;
