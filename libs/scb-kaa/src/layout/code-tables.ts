import { ScbMeasureCategory } from '@app/measures';
import { EnrollmentEndReason, OccupationCategory, RegistrationReason } from '@app/young-people';

import { compareHalfYears } from './half-year';

// SCB's code lists for the KAA collection, one table per range of reporting periods, and how
// Brygga's own values map onto them. SCB changes its code lists between half-years (a
// "Förändringar …" note per half-year), so the file for a period is always encoded with the table
// valid for that period, and a value a table has no code for is a validation error for that
// period only.
//
// EVERY NUMERIC CODE BELOW IS OUR OWN PLACEHOLDER. The labels are Skolverket's category names
// (../shared/research/scb-kaa.md §2.5); the numbers, and which of our values map to which
// label, are assumptions until SCB's "Instruktioner och kodförteckningar" for the period is
// read (README.md, assumption A6). Correct them here, in this file only.

export interface Code {
  code: string;
  label: string;
}

export interface ScbCodeTable {
  // Names the table in the produced file's history ('KAA-2018H2').
  version: string;
  // The first and last reporting period the table is valid for (inclusive; null: still valid).
  validFrom: string;
  validTo: string | null;
  // Whether block 1 must carry a reason for registration (mandatory from 1 July 2017).
  registrationReasonRequired: boolean;
  registrationReasons: readonly Code[];
  occupations: readonly Code[];
  measureTypes: readonly Code[];
  measureResponses: readonly Code[];
  endReasons: readonly Code[];
  // Our values onto the codes above; null: no code in this period (a validation error).
  mapRegistrationReason: Readonly<Record<RegistrationReason, string | null>>;
  mapOccupation: Readonly<Record<OccupationCategory, string | null>>;
  mapMeasureCategory: Readonly<Record<ScbMeasureCategory, string | null>>;
  mapEndReason: Readonly<Record<EnrollmentEndReason, string | null>>;
}

const OCCUPATIONS: readonly Code[] = [
  { code: '1', label: 'Studier' },
  { code: '2', label: 'Arbete' },
  { code: '3', label: 'Annan sysselsättning' },
  { code: '4', label: 'Ingen sysselsättning' },
  { code: '9', label: 'Okänd' },
];

const MAP_OCCUPATION: Record<OccupationCategory, string | null> = {
  [OccupationCategory.EDUCATION]: '1',
  [OccupationCategory.WORK]: '2',
  [OccupationCategory.OTHER_ACTIVITY]: '3',
  [OccupationCategory.NONE]: '4',
  [OccupationCategory.UNKNOWN]: '9',
};

const MEASURE_RESPONSES: readonly Code[] = [
  { code: '1', label: 'Påbörjad (tackat ja)' },
  { code: '2', label: 'Tackat nej' },
];

const MEASURE_TYPES: readonly Code[] = [
  { code: '01', label: 'Studier på introduktionsprogram' },
  { code: '02', label: 'Studie- och yrkesvägledning' },
  { code: '03', label: 'Kommunal vuxenutbildning' },
  { code: '04', label: 'Folkhögskola' },
  { code: '05', label: 'Praktik' },
  { code: '06', label: 'Enstaka samtal / motiverande insats' },
  { code: '99', label: 'Annan åtgärd' },
];

const MAP_MEASURE: Record<ScbMeasureCategory, string | null> = {
  [ScbMeasureCategory.INTRODUCTION_PROGRAMME]: '01',
  [ScbMeasureCategory.STUDY_AND_CAREER_GUIDANCE]: '02',
  [ScbMeasureCategory.ADULT_EDUCATION]: '03',
  [ScbMeasureCategory.FOLK_HIGH_SCHOOL]: '04',
  [ScbMeasureCategory.WORK_PLACEMENT]: '05',
  [ScbMeasureCategory.MOTIVATIONAL]: '06',
  [ScbMeasureCategory.OTHER]: '99',
};

const END_REASONS: readonly Code[] = [
  { code: '1', label: 'Fyllt 20 år' },
  { code: '2', label: 'Påbörjat studier vid nationellt program, introduktionsprogram eller motsvarande' },
  { code: '3', label: 'Slutfört gymnasieutbildning med examen eller motsvarande' },
  { code: '4', label: 'Inte längre folkbokförd i kommunen' },
  { code: '5', label: 'Utvandrat' },
  { code: '6', label: 'Avliden' },
  { code: '9', label: 'Annan orsak' },
];

const MAP_END: Record<EnrollmentEndReason, string | null> = {
  [EnrollmentEndReason.TURNED_20]: '1',
  [EnrollmentEndReason.STARTED_EDUCATION]: '2',
  [EnrollmentEndReason.COMPLETED_EDUCATION]: '3',
  [EnrollmentEndReason.MOVED]: '4',
  [EnrollmentEndReason.EMIGRATED]: '5',
  [EnrollmentEndReason.DECEASED]: '6',
  [EnrollmentEndReason.OTHER]: '9',
};

// Reasons for registration, 2017H2–2018H1 (Skolverket 2018-05-16: introduction programme at
// registration, dropped out of a national programme, studiebevis, never studied).
const REASONS_2017H2: readonly Code[] = [
  { code: '1', label: 'Studerade på introduktionsprogram vid registreringen' },
  { code: '2', label: 'Avbrott från nationellt program' },
  { code: '3', label: 'Slutfört gymnasieskolan med studiebevis' },
  { code: '4', label: 'Har aldrig studerat i gymnasieskolan' },
  { code: '5', label: 'Lämnat introduktionsprogram' },
  { code: '6', label: 'Folkbokförd efter skolpliktig ålder' },
  { code: '7', label: 'Inflyttad till kommunen' },
];

// From 2018H2 pupils on an introduction programme are not in the target group (29 kap. 9 §
// skollagen as of 2018-07-01), so code 1 is gone; the rest keep their codes.
const REASONS_2018H2: readonly Code[] = REASONS_2017H2.filter((c) => c.code !== '1');

const MAP_REASON: Record<RegistrationReason, string | null> = {
  [RegistrationReason.DROPPED_OUT]: '2',
  [RegistrationReason.LEAVING_CERTIFICATE]: '3',
  [RegistrationReason.NEVER_STARTED]: '4',
  [RegistrationReason.LEFT_INTRODUCTION_PROGRAMME]: '5',
  [RegistrationReason.ARRIVED_AFTER_COMPULSORY_AGE]: '6',
  [RegistrationReason.MOVED_IN]: '7',
  // "Other" says nothing SCB can count: the coordinator must choose a reason SCB knows.
  [RegistrationReason.OTHER]: null,
};

export const SCB_CODE_TABLES: readonly ScbCodeTable[] = [
  {
    version: 'KAA-2015H1',
    validFrom: '2015H1',
    validTo: '2017H1',
    registrationReasonRequired: false,
    registrationReasons: [],
    occupations: OCCUPATIONS,
    measureTypes: MEASURE_TYPES,
    measureResponses: MEASURE_RESPONSES,
    endReasons: END_REASONS,
    mapRegistrationReason: {
      [RegistrationReason.DROPPED_OUT]: null,
      [RegistrationReason.LEAVING_CERTIFICATE]: null,
      [RegistrationReason.NEVER_STARTED]: null,
      [RegistrationReason.LEFT_INTRODUCTION_PROGRAMME]: null,
      [RegistrationReason.ARRIVED_AFTER_COMPULSORY_AGE]: null,
      [RegistrationReason.MOVED_IN]: null,
      [RegistrationReason.OTHER]: null,
    },
    mapOccupation: MAP_OCCUPATION,
    mapMeasureCategory: MAP_MEASURE,
    mapEndReason: MAP_END,
  },
  {
    version: 'KAA-2017H2',
    validFrom: '2017H2',
    validTo: '2018H1',
    registrationReasonRequired: true,
    registrationReasons: REASONS_2017H2,
    occupations: OCCUPATIONS,
    measureTypes: MEASURE_TYPES,
    measureResponses: MEASURE_RESPONSES,
    endReasons: END_REASONS,
    mapRegistrationReason: MAP_REASON,
    mapOccupation: MAP_OCCUPATION,
    mapMeasureCategory: MAP_MEASURE,
    mapEndReason: MAP_END,
  },
  {
    version: 'KAA-2018H2',
    validFrom: '2018H2',
    validTo: null,
    registrationReasonRequired: true,
    registrationReasons: REASONS_2018H2,
    occupations: OCCUPATIONS,
    measureTypes: MEASURE_TYPES,
    measureResponses: MEASURE_RESPONSES,
    endReasons: END_REASONS,
    mapRegistrationReason: MAP_REASON,
    mapOccupation: MAP_OCCUPATION,
    mapMeasureCategory: MAP_MEASURE,
    mapEndReason: MAP_END,
  },
];

// The table valid for a reporting period (a half-year key), or null before the collection began.
export function codeTableFor(periodKey: string): ScbCodeTable | null {
  return (
    SCB_CODE_TABLES.find(
      (table) =>
        compareHalfYears(table.validFrom, periodKey) <= 0 &&
        (table.validTo === null || compareHalfYears(periodKey, table.validTo) <= 0),
    ) ?? null
  );
}
