// Why an access is up for review: an emergency access (always), or one of the log review's
// anomaly rules, or the monthly random sample.
export enum AccessReviewKind {
  EMERGENCY_ACCESS = 'EMERGENCY_ACCESS',
  OUTSIDE_GROUNDS = 'OUTSIDE_GROUNDS',
  BULK_READ = 'BULK_READ',
  AFTER_HOURS = 'AFTER_HOURS',
  RANDOM_SAMPLE = 'RANDOM_SAMPLE',
}

export enum AccessReviewStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

// What the reviewer concluded.
export enum AccessReviewOutcome {
  JUSTIFIED = 'JUSTIFIED',
  FOLLOW_UP_WITH_USER = 'FOLLOW_UP_WITH_USER',
  INCIDENT_REPORTED = 'INCIDENT_REPORTED',
}
