import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { TargetGroupRunStatus } from '../target-group.enums';

// One matching run: its inputs (by name, since files expire), the day it judged on, and what it
// found. Kept as the unit's history.
@Entity({ name: 'target_group_run', comment: 'A matching run of the population extract against enrolment lists.' })
@Index('ix_target_group_run_unit', ['municipalityId', 'kaaUnitId', 'createdAt'])
@Check('ck_target_group_run_status', `status IN ('QUEUED', 'SUCCEEDED', 'FAILED')`)
export class TargetGroupRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_target_group_run' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  kaaUnitId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: TargetGroupRunStatus;

  @Column({ type: 'uuid' })
  populationImportId!: string;

  @Column({ type: 'uuid', array: true })
  enrollmentImportIds!: string[];

  @Column({ type: 'varchar', length: 255 })
  populationFileName!: string;

  @Column({ type: 'varchar', length: 255, array: true })
  enrollmentFileNames!: string[];

  // The latest day of the enrolment lists ("in no enrolment list of 2026-10-01").
  @Column({ type: 'date' })
  listsDate!: string;

  // The municipality's day the age band was judged on.
  @Column({ type: 'date', nullable: true })
  judgedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  jobId!: string | null;

  // Residents in the extract, of them in the age band, and of those enrolled somewhere.
  @Column({ type: 'integer', default: 0 })
  residents!: number;

  @Column({ type: 'integer', default: 0 })
  inAgeBand!: number;

  @Column({ type: 'integer', default: 0 })
  enrolled!: number;

  // New in the queue, still in it, left it, and in it after the run (occupation unknown).
  @Column({ type: 'integer', default: 0 })
  newCount!: number;

  @Column({ type: 'integer', default: 0 })
  stillCount!: number;

  @Column({ type: 'integer', default: 0 })
  leftCount!: number;

  @Column({ type: 'integer', default: 0 })
  unknownCount!: number;

  // Matched, but a coordinator dismissed them earlier: not back in the queue.
  @Column({ type: 'integer', default: 0 })
  dismissedCount!: number;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
