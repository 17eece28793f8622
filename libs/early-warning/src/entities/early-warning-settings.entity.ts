import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { MunicipalityEntity } from '@app/organizations';

export const EARLY_WARNING_SETTINGS_RANGES =
  'attendance_min_percent BETWEEN 1 AND 100 AND attendance_period_days BETWEEN 7 AND 365 AND unexcused_count BETWEEN 1 AND 100 AND unexcused_days BETWEEN 7 AND 365 AND weekday_count BETWEEN 2 AND 50 AND weekday_days BETWEEN 14 AND 365 AND single_days_count BETWEEN 2 AND 100 AND single_days_days BETWEEN 7 AND 365 AND escalate_after_days BETWEEN 1 AND 90';

// A municipality's early-warning indicators and their thresholds (admin). A municipality without
// a row has the defaults (early-warning-settings.ts), which are also the column defaults.
@Entity({ name: 'early_warning_settings', comment: "A municipality's early-warning indicators and thresholds." })
@Check('ck_early_warning_settings_ranges', EARLY_WARNING_SETTINGS_RANGES)
export class EarlyWarningSettingsEntity {
  @PrimaryColumn({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_early_warning_settings_municipality' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'boolean', default: true })
  attendanceEnabled!: boolean;

  // Attendance (100 − the reported absence share) below this percentage fires.
  @Column({ type: 'smallint', default: 90 })
  attendanceMinPercent!: number;

  // The reported period must cover at least this many days and have ended within as many.
  @Column({ type: 'smallint', default: 28 })
  attendancePeriodDays!: number;

  @Column({ type: 'boolean', default: true })
  unexcusedEnabled!: boolean;

  @Column({ type: 'smallint', default: 4 })
  unexcusedCount!: number;

  @Column({ type: 'smallint', default: 30 })
  unexcusedDays!: number;

  @Column({ type: 'boolean', default: true })
  weekdayEnabled!: boolean;

  @Column({ type: 'smallint', default: 3 })
  weekdayCount!: number;

  @Column({ type: 'smallint', default: 42 })
  weekdayDays!: number;

  @Column({ type: 'boolean', default: true })
  singleDaysEnabled!: boolean;

  @Column({ type: 'smallint', default: 4 })
  singleDaysCount!: number;

  @Column({ type: 'smallint', default: 30 })
  singleDaysDays!: number;

  @Column({ type: 'boolean', default: true })
  dropOutEnabled!: boolean;

  // A suggestion to the mentor not reviewed after this many days goes to student health.
  @Column({ type: 'smallint', default: 5 })
  escalateAfterDays!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', nullable: true })
  updatedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;
}
