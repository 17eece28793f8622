import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { MunicipalityEntity } from '@app/organizations';

export const ALERT_SETTINGS_RANGES =
  'no_coordinator_days BETWEEN 0 AND 365 AND no_contact_days BETWEEN 1 AND 365 AND never_reached_attempts BETWEEN 1 AND 50 AND no_activity_days BETWEEN 1 AND 365 AND overdue_grace_days BETWEEN 0 AND 90 AND referral_unanswered_days BETWEEN 1 AND 365 AND consent_expiring_days BETWEEN 1 AND 365 AND status_unknown_days BETWEEN 1 AND 365 AND turning_20_days BETWEEN 1 AND 365 AND first_contact_days BETWEEN 1 AND 90 AND offer_days BETWEEN 1 AND 365 AND signal_not_handled_days BETWEEN 1 AND 365 AND to_check_days BETWEEN 1 AND 365 AND escalate_after_days BETWEEN 1 AND 90';

// A municipality's thresholds and timers; a municipality without a row has the defaults
// (alert-settings.ts), which are also the column defaults.
@Entity({ name: 'alert_settings', comment: "A municipality's gap-alert thresholds and statutory timers." })
@Check('ck_alert_settings_ranges', ALERT_SETTINGS_RANGES)
export class AlertSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_alert_settings_municipality' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'smallint', default: 3 })
  noCoordinatorDays!: number;

  @Column({ type: 'smallint', default: 30 })
  noContactDays!: number;

  @Column({ type: 'smallint', default: 3 })
  neverReachedAttempts!: number;

  @Column({ type: 'smallint', default: 30 })
  noActivityDays!: number;

  @Column({ type: 'smallint', default: 0 })
  overdueGraceDays!: number;

  @Column({ type: 'smallint', default: 14 })
  referralUnansweredDays!: number;

  @Column({ type: 'smallint', default: 30 })
  consentExpiringDays!: number;

  @Column({ type: 'smallint', default: 30 })
  statusUnknownDays!: number;

  @Column({ type: 'smallint', name: 'turning_20_days', default: 90 })
  turning20Days!: number;

  @Column({ type: 'smallint', default: 5 })
  firstContactDays!: number;

  @Column({ type: 'boolean', default: true })
  firstContactWorkingDays!: boolean;

  @Column({ type: 'smallint', default: 30 })
  offerDays!: number;

  @Column({ type: 'boolean', default: false })
  offerWorkingDays!: boolean;

  @Column({ type: 'smallint', default: 7 })
  signalNotHandledDays!: number;

  @Column({ type: 'smallint', default: 14 })
  toCheckDays!: number;

  @Column({ type: 'smallint', default: 7 })
  escalateAfterDays!: number;

  @Column({ type: 'varchar', length: 40, array: true, default: '{}' })
  disabledRules!: string[];

  @Column({ type: 'int', default: 1 })
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}
