import type { MeasureStatus, ScbMeasureCategory } from '@app/measures';
import type { EnrollmentEndReason, OccupationCategory, RegistrationReason } from '@app/young-people';

// What the file and its validation need of one young person for one half-year, read from the
// owning libraries' views (scb-kaa.repository.ts). Dates are ISO days in the municipality's time
// zone.
export interface ScbPerson {
  youngPersonId: string;
  // 12 digits, YYYYMMDDNNNN.
  personalIdentityNumber: string;
  dateOfBirth: string;
  // Registrations open at some time in the half-year, oldest first.
  registrations: ScbRegistration[];
  // Contacts with the young person in the half-year (attempts that reached them), oldest first.
  contacts: ScbContact[];
  // Measures started, declined or ended in the half-year, or running into it.
  measures: ScbMeasure[];
  // The current occupation known at the half-year's end (null: none recorded).
  occupationAtEnd: OccupationCategory | null;
}

export interface ScbRegistration {
  registeredOn: string;
  reason: RegistrationReason;
  endedOn: string | null;
  endReason: EnrollmentEndReason | null;
}

export interface ScbContact {
  on: string;
  occupation: OccupationCategory | null;
}

export interface ScbMeasure {
  measureId: string;
  category: ScbMeasureCategory;
  status: MeasureStatus;
  offeredOn: string;
  respondedOn: string | null;
  startedOn: string | null;
  endedOn: string | null;
  occupationAfter: OccupationCategory | null;
}
