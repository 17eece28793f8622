import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { EnrollmentStatus, StatusChangeCause } from '../young-people.enums';
import { KaaEnrollmentEntity } from './kaa-enrollment.entity';

// Append-only history of a registration's status (who changed it, when, and why).
@Entity({ name: 'kaa_enrollment_status_change', comment: 'History of a KAA registration status.' })
@Index('ix_kaa_enrollment_status_change_enrollment', ['municipalityId', 'enrollmentId', 'changedAt'])
export class EnrollmentStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  enrollmentId!: string;

  @ManyToOne(() => KaaEnrollmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'fk_kaa_enrollment_status_change_enrollment' })
  enrollment?: KaaEnrollmentEntity;

  @Column({ type: 'enum', enum: EnrollmentStatus, enumName: 'kaa_enrollment_status', nullable: true })
  fromStatus!: EnrollmentStatus | null;

  @Column({ type: 'enum', enum: EnrollmentStatus, enumName: 'kaa_enrollment_status' })
  toStatus!: EnrollmentStatus;

  @Column({ type: 'enum', enum: StatusChangeCause, enumName: 'kaa_status_change_cause' })
  cause!: StatusChangeCause;

  // Null when a scheduled job made the change.
  @Column({ type: 'uuid', nullable: true })
  changedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}
