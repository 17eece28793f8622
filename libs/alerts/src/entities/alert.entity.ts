import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { YoungPersonEntity } from '@app/young-people';

import type { AlertResolution } from '../alerts.enums';

// One gap found by a rule for one young person (and, for rules about a record, one record: the
// condition key is its id), or for a KAA unit about a record with no registered young person (a
// school's signal about someone not registered, a "to check" entry): then the young person is
// null and the unit's team lead reads it. Opened, kept and ended by the evaluation job; acknowledged, snoozed
// or resolved by hand by a person. The row stays once the condition has ended.
@Entity({
  name: 'alert',
  comment: 'A gap found by a rule (larm): who must act, why, and its life cycle; kept as history.',
})
@Index('uq_alert_open_condition', ['youngPersonId', 'rule', 'conditionKey'], {
  unique: true,
  where: 'ended_at IS NULL',
})
@Index('uq_alert_open_unit_condition', ['rule', 'conditionKey'], {
  unique: true,
  where: 'ended_at IS NULL AND young_person_id IS NULL',
})
@Index('ix_alert_owner', ['municipalityId', 'ownerUserId', 'resolvedAt', 'dueOn'])
@Index('ix_alert_escalated', ['municipalityId', 'escalatedToId', 'resolvedAt', 'dueOn'], {
  where: 'escalated_to_id IS NOT NULL',
})
@Index('ix_alert_young_person', ['municipalityId', 'youngPersonId', 'openedAt'])
export class AlertEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid', nullable: true })
  youngPersonId!: string | null;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_alert_young_person' })
  youngPerson?: YoungPersonEntity;

  // The KAA unit the alert belongs to: the young person's, or the unit of the signal or entry.
  @Column({ type: 'uuid', nullable: true })
  kaaUnitId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  rule!: string;

  @Column({ type: 'varchar', length: 80, default: '' })
  conditionKey!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  @Column({ type: 'jsonb', default: {} })
  facts!: Record<string, string | number | null>;

  @Column({ type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  responsibleOrganizationId!: string | null;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  escalatedToId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  acknowledgeReason!: string | null;

  @Column({ type: 'date', nullable: true })
  snoozedUntil!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  resolution!: AlertResolution | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  resolveReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'int', default: 1 })
  version!: number;
}
