import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { TargetGroupImportKind, TargetGroupImportStatus } from '../target-group.enums';

// One row the import refused: where it is in the file, a stable code and the column.
export interface TargetGroupRowError {
  line: number;
  code: string;
  field: string | null;
}

// An uploaded file read as a population extract or a school's enrolment list, by a job. All or
// nothing: either every row is kept (target_group_import_row) or none, and the rows refused are
// listed with their lines.
@Entity({
  name: 'target_group_import',
  comment: 'A population extract or enrolment list read for target-group matching (all rows or none).',
})
@Index('uq_target_group_import_file', ['municipalityId', 'fileId', 'kind'], { unique: true })
@Index('ix_target_group_import_unit', ['municipalityId', 'kaaUnitId', 'createdAt'])
@Check('ck_target_group_import_kind', `kind IN ('POPULATION', 'ENROLLMENT')`)
@Check('ck_target_group_import_status', `status IN ('QUEUED', 'SUCCEEDED', 'REFUSED')`)
export class TargetGroupImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_target_group_import' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  kaaUnitId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: TargetGroupImportKind;

  // The uploaded file (it expires; the name stays here for the run history).
  @Column({ type: 'uuid' })
  fileId!: string;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  // The day the extract or list describes ("enrolment list of 2026-10-01").
  @Column({ type: 'date' })
  asOf!: string;

  // Enrolment lists: the school, when the file has no school column.
  @Column({ type: 'varchar', length: 200, nullable: true })
  schoolName!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: TargetGroupImportStatus;

  @Column({ type: 'uuid', nullable: true })
  jobId!: string | null;

  @Column({ type: 'integer', default: 0 })
  rowCount!: number;

  @Column({ type: 'integer', default: 0 })
  errorCount!: number;

  // A file-level refusal (FILE_*, a missing column), when there is one.
  @Column({ type: 'varchar', length: 64, nullable: true })
  errorCode!: string | null;

  // The refused rows (the first 500): line, code, column. No cell values (they are personal data).
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors!: TargetGroupRowError[];

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
