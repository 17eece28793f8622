import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { AccessReviewKind, AccessReviewOutcome, AccessReviewStatus } from '../oversight.enums';

// One item of the log reviewer's work: what was looked at (a user's reads in a period, about one
// young person or many, or an emergency access) and the recorded outcome. An emergency access
// opens one at once; anomalies and samples get one when the reviewer records the outcome.
@Entity({ name: 'access_review', comment: 'Review of accesses to young people’s data, with its outcome.' })
@Index('ix_access_review_queue', ['municipalityId', 'status', 'openedAt'])
@Index('uq_access_review_emergency_access', ['emergencyAccessId'], {
  unique: true,
  where: 'emergency_access_id IS NOT NULL',
})
export class AccessReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'enum', enum: AccessReviewKind, enumName: 'access_review_kind' })
  kind!: AccessReviewKind;

  // The user whose reads are reviewed.
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  youngPersonId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  emergencyAccessId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  accessLogId!: string | null;

  @Column({ type: 'timestamptz' })
  periodFrom!: Date;

  @Column({ type: 'timestamptz' })
  periodTo!: Date;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'enum', enum: AccessReviewStatus, enumName: 'access_review_status' })
  status!: AccessReviewStatus;

  @Column({ type: 'enum', enum: AccessReviewOutcome, enumName: 'access_review_outcome', nullable: true })
  outcome!: AccessReviewOutcome | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  outcomeNote!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
