import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';

import { EnrollmentEndReason, EnrollmentStatus, RegistrationReason } from '../young-people.enums';
import { YoungPersonEntity } from './young-person.entity';

// The register record of the activity responsibility. It holds only what SFS 2006:39 allows
// and SCB's report needs (registration, status, end); a test pins its columns so that nothing
// else creeps in. Identity and contact details stay on young_person, occupations in their own
// history, planned measures in the measure tables.
@Entity({ name: 'kaa_enrollment', comment: 'Registration in the KAA register (registrering i aktivitetsansvaret).' })
@Index('uq_kaa_enrollment_open', ['youngPersonId'], { unique: true, where: '"ended_on" IS NULL' })
@Index('ix_kaa_enrollment_young_person', ['municipalityId', 'youngPersonId', 'registeredOn'])
export class KaaEnrollmentEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_kaa_enrollment_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'date' })
  registeredOn!: string;

  @Column({ type: 'enum', enum: RegistrationReason, enumName: 'kaa_registration_reason' })
  registrationReason!: RegistrationReason;

  @Column({ type: 'enum', enum: EnrollmentStatus, enumName: 'kaa_enrollment_status' })
  status!: EnrollmentStatus;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'enum', enum: EnrollmentEndReason, enumName: 'kaa_enrollment_end_reason', nullable: true })
  endReason!: EnrollmentEndReason | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
