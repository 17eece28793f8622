import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { UserEntity } from '@app/identity';

// Every e-mail Brygga writes, sent or not: the delivery job sends the pending ones when an SMTP
// server is configured; without one they stay here for the admin to read. The text carries a
// count and a link only, never a young person's name or identity number.
@Entity({ name: 'email_outbox', comment: 'E-mails written to staff (counts and links only) and their delivery.' })
@Index('ix_email_outbox_pending', ['nextAttemptAt'], { where: "status = 'PENDING'" })
@Index('ix_email_outbox_municipality', ['municipalityId', 'createdAt'])
@Index('uq_email_outbox_dedupe', ['dedupeKey'], { unique: true })
@Check('ck_email_outbox_status', "status IN ('PENDING', 'SENT', 'FAILED')")
@Check('ck_email_outbox_attempts', 'attempts >= 0')
export class EmailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_email_outbox_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 320 })
  toAddress!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  // Makes writing an e-mail idempotent: the digest's is per person and day.
  @Column({ type: 'varchar', length: 120 })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status!: string;

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt!: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
