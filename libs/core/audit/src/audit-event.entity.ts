import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// Append-only: the application role may INSERT and SELECT only, and triggers refuse UPDATE,
// DELETE and TRUNCATE for everyone. Rows are hash-chained per municipality by `seq`.
@Entity({ name: 'audit_event', comment: 'Append-only, hash-chained trail of every change, per municipality.' })
@Index('uq_audit_event_municipality_seq', ['municipalityId', 'seq'], { unique: true })
@Index('ix_audit_event_municipality_subject', ['municipalityId', 'subjectType', 'subjectId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  actorRole!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrganizationId!: string | null;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ type: 'varchar', length: 60 })
  subjectType!: string;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  // Field names and enum values only, never free text (names, notes) or personal data.
  @Column({ type: 'jsonb' })
  summary!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
