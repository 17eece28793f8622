import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { ContactChannel, ContactOutcome, OccupationCategory } from '../young-people.enums';
import { YoungPersonEntity } from './young-person.entity';

// One attempt to reach a young person (SCB block 2): how, when, by whom, with what result.
@Entity({ name: 'contact_attempt', comment: 'A contact attempt (kontaktförsök) with a young person.' })
@Index('ix_contact_attempt_young_person', ['municipalityId', 'youngPersonId', 'occurredAt'])
@Index('ix_contact_attempt_performer', ['municipalityId', 'performedById', 'occurredAt'])
export class ContactAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_contact_attempt_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'enum', enum: ContactChannel, enumName: 'contact_channel' })
  channel!: ContactChannel;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid' })
  performedById!: string;

  @Column({ type: 'enum', enum: ContactOutcome, enumName: 'contact_outcome' })
  outcome!: ContactOutcome;

  @Column({ type: 'enum', enum: OccupationCategory, enumName: 'occupation_category', nullable: true })
  occupationLearned!: OccupationCategory | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
