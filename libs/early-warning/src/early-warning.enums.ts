import { registerEnumType } from '@nestjs/graphql';

// Early warning (issue 17): indicators over a school's own absence data that suggest a review of
// a pupil to named school staff. The system never decides; staff record what they decided.

export enum EarlyWarningIndicator {
  // Attendance below a share over a reported period (ABSENCE_PERIOD signals of the school).
  ATTENDANCE_BELOW = 'ATTENDANCE_BELOW',
  // At least N unexcused absence days within the last N days (the school's absence days).
  UNEXCUSED_ABSENCES = 'UNEXCUSED_ABSENCES',
  // Absent on the same weekday at least N times within the last N days.
  SAME_WEEKDAY = 'SAME_WEEKDAY',
  // At least N single absence days (present the school day before and after) within N days.
  SINGLE_DAYS = 'SINGLE_DAYS',
  // The school sent a drop-out notice (LEFT_UPPER_SECONDARY signal).
  DROP_OUT = 'DROP_OUT',
}
registerEnumType(EarlyWarningIndicator, { name: 'EarlyWarningIndicator' });

export enum SuggestionStatus {
  OPEN = 'OPEN',
  // A school staff member recorded a review (who looked, what they decided, what was done).
  REVIEWED = 'REVIEWED',
  // The condition ended before anyone reviewed it.
  ENDED = 'ENDED',
}
registerEnumType(SuggestionStatus, { name: 'EarlyWarningSuggestionStatus' });

// Whom a suggestion is addressed to: the pupil's mentor, then the school's student health.
export enum AddressedLevel {
  MENTOR = 'MENTOR',
  STUDENT_HEALTH = 'STUDENT_HEALTH',
  // Neither is named at the school: every school staff member sees it as the school's.
  SCHOOL = 'SCHOOL',
}
registerEnumType(AddressedLevel, { name: 'EarlyWarningAddressedLevel' });

export enum ReviewDecision {
  // Something was done (talk, contact with guardians, the student health team, investigation).
  ACTION_TAKEN = 'ACTION_TAKEN',
  // Keep watching; nothing more now.
  MONITOR = 'MONITOR',
  // No action needed (with the reason in what was done).
  NO_ACTION = 'NO_ACTION',
}
registerEnumType(ReviewDecision, { name: 'EarlyWarningReviewDecision' });

// A school staff member's function for early warning (student health, elevhälsa).
export enum SchoolStaffFunction {
  STUDENT_HEALTH = 'STUDENT_HEALTH',
}
registerEnumType(SchoolStaffFunction, { name: 'SchoolStaffFunction' });
