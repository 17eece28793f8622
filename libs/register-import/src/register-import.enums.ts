// What a dry run found for one row of a register file, and what the run then does with it.
export enum RegisterImportAction {
  // A young person is registered (a new record and an open registration).
  CREATE = 'CREATE',
  // The young person is in the unit's register: the fields named in `changes` are changed.
  UPDATE = 'UPDATE',
  // The young person is in the register as the file says: nothing is done.
  UNCHANGED = 'UNCHANGED',
  // The row is not applied; `code` and `field` say why.
  REFUSED = 'REFUSED',
}

export enum RegisterImportStatus {
  // The dry run's job has not finished.
  QUEUED = 'QUEUED',
  // The dry run has a report and can be run.
  READY = 'READY',
  // The file could not be read at all (a FILE_* or REGISTER_IMPORT_* code in `errorCode`).
  REFUSED = 'REFUSED',
  // The run applied the report.
  APPLIED = 'APPLIED',
}

// The fields an UPDATE may change (named in `changes`).
export enum RegisterImportField {
  GIVEN_NAME = 'givenName',
  FAMILY_NAME = 'familyName',
  COORDINATOR = 'coordinator',
  STATUS = 'status',
}
