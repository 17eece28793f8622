import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { ReminderKind } from '../young-people.enums';
import { YoungPersonEntity } from './young-person.entity';

// Something a person must act on by a date, created by a scheduled job (e.g. plan the
// hand-over before the 20th birthday). Acknowledging it records who and when.
@Entity({ name: 'kaa_reminder', comment: 'A reminder created by a KAA job, until someone acknowledges it.' })
@Index('uq_kaa_reminder', ['youngPersonId', 'kind', 'dueOn'], { unique: true })
@Index('ix_kaa_reminder_open', ['municipalityId', 'acknowledgedAt', 'dueOn'])
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_kaa_reminder_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'enum', enum: ReminderKind, enumName: 'kaa_reminder_kind' })
  kind!: ReminderKind;

  @Column({ type: 'date' })
  dueOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById!: string | null;
}
