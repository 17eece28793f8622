import { MeasureStatus } from '@app/measures';
import { anniversary, EnrollmentEndReason, OccupationCategory, parseIdentityNumber } from '@app/young-people';

import type { ScbCodeTable } from './code-tables';
import type { HalfYear } from './half-year';
import type { ScbContact, ScbMeasure, ScbPerson, ScbRegistration } from './records';

// What can be wrong with a young person's data for the SCB file. ERROR: the file cannot be
// produced until it is fixed (a mandatory field would be empty or carry no code of the period);
// WARNING: the file can be sent, but SCB and Skolverket count it as a quality problem (the
// data-quality view lists them). The codes and English messages are stable: the web app shows
// its own Swedish text for each code (apps/web/src/scb/issues.ts) and links to the young person.
export enum ScbIssueCode {
  IDENTITY_NUMBER_INVALID = 'IDENTITY_NUMBER_INVALID',
  REGISTRATION_REASON_MISSING = 'REGISTRATION_REASON_MISSING',
  END_REASON_MISSING = 'END_REASON_MISSING',
  END_REASON_TURNED_20_TOO_EARLY = 'END_REASON_TURNED_20_TOO_EARLY',
  MEASURE_TYPE_NOT_IN_CODE_LIST = 'MEASURE_TYPE_NOT_IN_CODE_LIST',
  MEASURE_START_DATE_MISSING = 'MEASURE_START_DATE_MISSING',
  MEASURE_END_BEFORE_START = 'MEASURE_END_BEFORE_START',
  MEASURE_OCCUPATION_AFTER_MISSING = 'MEASURE_OCCUPATION_AFTER_MISSING',
  CONTACT_OCCUPATION_MISSING = 'CONTACT_OCCUPATION_MISSING',
  NO_CONTACT_IN_PERIOD = 'NO_CONTACT_IN_PERIOD',
  OCCUPATION_UNKNOWN = 'OCCUPATION_UNKNOWN',
}

export enum ScbIssueSeverity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}

export const SCB_ISSUE_SEVERITY: Readonly<Record<ScbIssueCode, ScbIssueSeverity>> = {
  [ScbIssueCode.IDENTITY_NUMBER_INVALID]: ScbIssueSeverity.ERROR,
  [ScbIssueCode.REGISTRATION_REASON_MISSING]: ScbIssueSeverity.ERROR,
  [ScbIssueCode.END_REASON_MISSING]: ScbIssueSeverity.ERROR,
  [ScbIssueCode.END_REASON_TURNED_20_TOO_EARLY]: ScbIssueSeverity.ERROR,
  [ScbIssueCode.MEASURE_TYPE_NOT_IN_CODE_LIST]: ScbIssueSeverity.ERROR,
  [ScbIssueCode.MEASURE_START_DATE_MISSING]: ScbIssueSeverity.ERROR,
  [ScbIssueCode.MEASURE_END_BEFORE_START]: ScbIssueSeverity.ERROR,
  [ScbIssueCode.MEASURE_OCCUPATION_AFTER_MISSING]: ScbIssueSeverity.ERROR,
  [ScbIssueCode.CONTACT_OCCUPATION_MISSING]: ScbIssueSeverity.WARNING,
  [ScbIssueCode.NO_CONTACT_IN_PERIOD]: ScbIssueSeverity.WARNING,
  [ScbIssueCode.OCCUPATION_UNKNOWN]: ScbIssueSeverity.WARNING,
};

const MESSAGES: Readonly<Record<ScbIssueCode, string>> = {
  [ScbIssueCode.IDENTITY_NUMBER_INVALID]: 'The identity number is not a valid personnummer or samordningsnummer',
  [ScbIssueCode.REGISTRATION_REASON_MISSING]:
    "The reason for registration has no code in SCB's list for the period: choose one of SCB's reasons",
  [ScbIssueCode.END_REASON_MISSING]: 'The registration ended in the period without a reason SCB has a code for',
  [ScbIssueCode.END_REASON_TURNED_20_TOO_EARLY]: "The registration ended as 'turned 20' before the 20th birthday",
  [ScbIssueCode.MEASURE_TYPE_NOT_IN_CODE_LIST]: "The measure's SCB category has no code in SCB's list for the period",
  [ScbIssueCode.MEASURE_START_DATE_MISSING]: 'A started measure has no start date',
  [ScbIssueCode.MEASURE_END_BEFORE_START]: 'A measure ends before it starts',
  [ScbIssueCode.MEASURE_OCCUPATION_AFTER_MISSING]: 'A measure ended in the period without the occupation after it',
  [ScbIssueCode.CONTACT_OCCUPATION_MISSING]: 'A contact in the period has no occupation recorded',
  [ScbIssueCode.NO_CONTACT_IN_PERIOD]: 'No contact with the young person in the period',
  [ScbIssueCode.OCCUPATION_UNKNOWN]: "The young person's occupation at the end of the period is unknown",
};

export interface ScbIssue {
  code: ScbIssueCode;
  severity: ScbIssueSeverity;
  message: string;
  // The day of the event the issue is about, when it is about one.
  date: string | null;
  measureId: string | null;
}

function issue(code: ScbIssueCode, date: string | null = null, measureId: string | null = null): ScbIssue {
  return { code, severity: SCB_ISSUE_SEVERITY[code], message: MESSAGES[code], date, measureId };
}

const within = (day: string | null, period: HalfYear): day is string =>
  day !== null && day >= period.from && day <= period.to;

// Which of a young person's events go into the period's file (README.md A9–A11). The encoder and
// the validation both use these, so what is checked is exactly what is written.
export function reportedRegistrations(person: ScbPerson, period: HalfYear): ScbRegistration[] {
  return person.registrations.filter((r) => r.registeredOn <= period.to && (r.endedOn ?? period.to) >= period.from);
}

// A contact counts when it falls in the period and inside one of the registrations.
export function reportedContacts(person: ScbPerson, period: HalfYear): ScbContact[] {
  return person.contacts.filter(
    (c) =>
      within(c.on, period) &&
      person.registrations.some((r) => r.registeredOn <= c.on && (r.endedOn === null || c.on <= r.endedOn)),
  );
}

const STARTED = new Set<MeasureStatus>([MeasureStatus.STARTED, MeasureStatus.ENDED]);

// Block 3: measures started in the period or running into it (repeated each period they run,
// A10), and measures declined in the period.
export function startedMeasures(person: ScbPerson, period: HalfYear): ScbMeasure[] {
  return person.measures.filter(
    (m) =>
      STARTED.has(m.status) &&
      m.startedOn !== null &&
      m.startedOn <= period.to &&
      (m.endedOn === null || m.endedOn >= period.from),
  );
}

export function declinedMeasures(person: ScbPerson, period: HalfYear): ScbMeasure[] {
  return person.measures.filter(
    (m) => m.status === MeasureStatus.DECLINED && within(m.respondedOn ?? m.offeredOn, period),
  );
}

// Block 4: measures ended in the period.
export function endedMeasures(person: ScbPerson, period: HalfYear): ScbMeasure[] {
  return person.measures.filter((m) => m.status === MeasureStatus.ENDED && within(m.endedOn, period));
}

function validIdentityNumber(pin: string): boolean {
  if (!/^\d{12}$/.test(pin)) return false;
  try {
    parseIdentityNumber(pin, '9999-12-31');
    return true;
  } catch {
    return false;
  }
}

// Every issue of one young person for the period's file, errors first, in a stable order.
export function checkPerson(person: ScbPerson, period: HalfYear, table: ScbCodeTable): ScbIssue[] {
  const issues: ScbIssue[] = [];
  if (!validIdentityNumber(person.personalIdentityNumber)) issues.push(issue(ScbIssueCode.IDENTITY_NUMBER_INVALID));
  for (const r of reportedRegistrations(person, period)) {
    if (table.registrationReasonRequired && table.mapRegistrationReason[r.reason] === null) {
      issues.push(issue(ScbIssueCode.REGISTRATION_REASON_MISSING, r.registeredOn));
    }
    if (within(r.endedOn, period)) {
      if (r.endReason === null || table.mapEndReason[r.endReason] === null) {
        issues.push(issue(ScbIssueCode.END_REASON_MISSING, r.endedOn));
      } else if (r.endReason === EnrollmentEndReason.TURNED_20 && r.endedOn < anniversary(person.dateOfBirth, 20)) {
        issues.push(issue(ScbIssueCode.END_REASON_TURNED_20_TOO_EARLY, r.endedOn));
      }
    }
  }
  const measures = new Map<string, ScbMeasure>();
  for (const m of [
    ...startedMeasures(person, period),
    ...declinedMeasures(person, period),
    ...endedMeasures(person, period),
  ]) {
    measures.set(m.measureId, m);
  }
  // A started measure without a start date cannot be placed in any period: it is checked when
  // it was offered before the period's end and has not ended before it.
  for (const m of person.measures) {
    if (
      STARTED.has(m.status) &&
      m.startedOn === null &&
      m.offeredOn <= period.to &&
      (m.endedOn ?? period.to) >= period.from
    ) {
      issues.push(issue(ScbIssueCode.MEASURE_START_DATE_MISSING, m.offeredOn, m.measureId));
    }
  }
  for (const m of measures.values()) {
    if (table.mapMeasureCategory[m.category] === null) {
      issues.push(issue(ScbIssueCode.MEASURE_TYPE_NOT_IN_CODE_LIST, m.startedOn ?? m.offeredOn, m.measureId));
    }
    if (m.startedOn !== null && m.endedOn !== null && m.endedOn < m.startedOn) {
      issues.push(issue(ScbIssueCode.MEASURE_END_BEFORE_START, m.endedOn, m.measureId));
    }
    if (m.status === MeasureStatus.ENDED && within(m.endedOn, period) && m.occupationAfter === null) {
      issues.push(issue(ScbIssueCode.MEASURE_OCCUPATION_AFTER_MISSING, m.endedOn, m.measureId));
    }
  }
  const contacts = reportedContacts(person, period);
  for (const c of contacts) {
    if (c.occupation === null) issues.push(issue(ScbIssueCode.CONTACT_OCCUPATION_MISSING, c.on));
  }
  if (contacts.length === 0) issues.push(issue(ScbIssueCode.NO_CONTACT_IN_PERIOD));
  if (person.occupationAtEnd === null || person.occupationAtEnd === OccupationCategory.UNKNOWN) {
    issues.push(issue(ScbIssueCode.OCCUPATION_UNKNOWN));
  }
  const order = Object.values(ScbIssueCode);
  return issues.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === ScbIssueSeverity.ERROR ? -1 : 1) ||
      order.indexOf(a.code) - order.indexOf(b.code) ||
      (a.date ?? '').localeCompare(b.date ?? ''),
  );
}

export function hasErrors(issues: readonly ScbIssue[]): boolean {
  return issues.some((i) => i.severity === ScbIssueSeverity.ERROR);
}
