// Target-group identification (issue 16; DESIGN.md §6): the population extract and the schools'
// enrolment lists are imported, matched, and whoever is resident, in the age band, in no list,
// without a recorded diploma and not registered becomes a "to check" entry (att kontrollera).

// What an imported file is.
export enum TargetGroupImportKind {
  // Residents of the municipality in the age band, as the population register delivers them.
  POPULATION = 'POPULATION', // folkbokföringsuttag
  // The pupils of one upper-secondary school (own, another municipality's, independent).
  ENROLLMENT = 'ENROLLMENT', // elevlista
}

export enum TargetGroupImportStatus {
  QUEUED = 'QUEUED',
  // Every row was read and kept.
  SUCCEEDED = 'SUCCEEDED',
  // The file or some of its rows were refused: nothing of it was kept.
  REFUSED = 'REFUSED',
}

export enum TargetGroupRunStatus {
  QUEUED = 'QUEUED',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export enum TargetGroupCheckStatus {
  // In the queue: a person must decide (att kontrollera).
  TO_CHECK = 'TO_CHECK',
  // Left the queue by a later run (found in a list again, no longer resident, turned 20, …).
  LEFT = 'LEFT',
  // A coordinator registered the young person.
  REGISTERED = 'REGISTERED',
  // A coordinator dismissed the entry with a reason.
  DISMISSED = 'DISMISSED',
}

// Why a coordinator dismissed an entry.
export enum TargetGroupDismissReason {
  MOVED = 'MOVED', // flyttat
  DIPLOMA = 'DIPLOMA', // har examen (recorded: never in the queue again)
  ALREADY_HANDLED = 'ALREADY_HANDLED', // redan hanterad
}

// Why an entry left the queue by a run.
export enum TargetGroupLeftReason {
  IN_ENROLLMENT_LIST = 'IN_ENROLLMENT_LIST',
  DIPLOMA_RECORDED = 'DIPLOMA_RECORDED',
  REGISTERED = 'REGISTERED',
  NOT_RESIDENT = 'NOT_RESIDENT',
  OUTSIDE_AGE_BAND = 'OUTSIDE_AGE_BAND',
}
