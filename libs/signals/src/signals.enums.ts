// Signals from schools (issue 16; DESIGN.md §3 "Signal"): notices a school must or may give the
// pupil's home municipality, each handled by a named person with a recorded decision.

export enum SignalKind {
  // Considerable unexcused absence of an upper-secondary pupil under 20 (SkolL 15 kap. 15 §).
  UNEXCUSED_ABSENCE = 'UNEXCUSED_ABSENCE',
  // An absence investigation started in compulsory school (SkolL 7 kap. 19 a §).
  ABSENCE_INVESTIGATION_STARTED = 'ABSENCE_INVESTIGATION_STARTED',
  // A pupil under 20 started upper secondary (SkolL 29 kap. 9 §).
  STARTED_UPPER_SECONDARY = 'STARTED_UPPER_SECONDARY',
  // A pupil under 20 left upper secondary without a diploma (SkolL 29 kap. 9 §, 15 kap. 15 §).
  LEFT_UPPER_SECONDARY = 'LEFT_UPPER_SECONDARY',
  // Absence per pupil and period, as the school's system counts it (a percentage).
  ABSENCE_PERIOD = 'ABSENCE_PERIOD',
}

export enum SignalDecision {
  CONTACTED = 'CONTACTED', // kontakt tagen
  MEASURE_STARTED = 'MEASURE_STARTED', // insats påbörjad
  NO_ACTION = 'NO_ACTION', // ingen åtgärd (with a reason)
}

export enum SignalStatus {
  UNHANDLED = 'UNHANDLED',
  HANDLED = 'HANDLED',
}
