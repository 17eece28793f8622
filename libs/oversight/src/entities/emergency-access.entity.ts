import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { YoungPersonEntity } from '@app/young-people';

// An emergency access (nödåtkomst): one user, through one membership, reads one young person's
// whole record for a short time box, with a reason, and every one is reviewed. The application
// may only insert rows and set `ended_at` (column privileges); a trigger lets it be set once.
@Entity({ name: 'emergency_access', comment: 'Time-boxed emergency access to one young person (nödåtkomst).' })
@Index('ix_emergency_access_membership', ['membershipId', 'expiresAt'])
@Index('ix_emergency_access_young_person', ['municipalityId', 'youngPersonId', 'startedAt'])
export class EmergencyAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_emergency_access_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid' })
  membershipId!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'varchar', length: 40 })
  role!: string;

  @Column({ type: 'varchar', length: 1000 })
  reason!: string;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  // Set when the user ends it early; an access past expires_at has ended without it.
  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
