import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { RegistrationReason } from '@app/young-people';

import { RegisterImportStatus } from '../register-import.enums';
import type { RegisterImportColumns } from './register-import-mapping.entity';

// A dry run of a register file and, once run, its result. The dry run writes only here and in
// register_import_row; the run applies exactly the rows it reported.
@Entity({
  name: 'register_import',
  comment: 'A dry run of an existing KAA register file, and its run (all rows or none).',
})
@Index('ix_register_import_unit', ['municipalityId', 'kaaUnitId', 'createdAt'])
@Check('ck_register_import_status', `status IN ('QUEUED', 'READY', 'REFUSED', 'APPLIED')`)
export class RegisterImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_register_import' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  kaaUnitId!: string;

  @Column({ type: 'uuid' })
  fileId!: string;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  // The mapping the dry run used (a later change of the saved mapping does not change it).
  @Column({ type: 'jsonb' })
  columns!: RegisterImportColumns;

  @Column({ type: 'varchar', length: 40 })
  defaultRegistrationReason!: RegistrationReason;

  @Column({ type: 'varchar', length: 16 })
  status!: RegisterImportStatus;

  @Column({ type: 'uuid', nullable: true })
  jobId!: string | null;

  // The latest job that runs the import (runRegisterImport); null until it is first run.
  @Column({ type: 'uuid', nullable: true })
  runJobId!: string | null;

  @Column({ type: 'integer', default: 0 })
  rowCount!: number;

  @Column({ type: 'integer', default: 0 })
  createCount!: number;

  @Column({ type: 'integer', default: 0 })
  updateCount!: number;

  @Column({ type: 'integer', default: 0 })
  unchangedCount!: number;

  @Column({ type: 'integer', default: 0 })
  refusedCount!: number;

  // Why the whole file was refused (status REFUSED).
  @Column({ type: 'varchar', length: 64, nullable: true })
  errorCode!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  appliedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  appliedAt!: Date | null;
}
