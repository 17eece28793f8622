import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { AddressedLevel, EarlyWarningIndicator, ReviewDecision, SuggestionStatus } from '../early-warning.enums';

export interface SuggestionFact {
  name: string;
  value: string | null;
}

// A fired indicator: a suggestion that named school staff review a pupil. Opened at most once
// per pupil, indicator and condition (the data behind it); one open per pupil and indicator.
@Entity({ name: 'early_warning_suggestion', comment: 'An early-warning suggestion to review a pupil (school staff).' })
@Index('uq_early_warning_suggestion_open', ['schoolId', 'personalIdentityNumber', 'indicator'], {
  unique: true,
  where: `status = 'OPEN'`,
})
@Index('uq_early_warning_suggestion_condition', ['schoolId', 'personalIdentityNumber', 'indicator', 'conditionKey'], {
  unique: true,
})
@Index('ix_early_warning_suggestion_school', ['municipalityId', 'schoolId', 'status', 'openedAt'])
@Check(
  'ck_early_warning_suggestion_indicator',
  `indicator IN ('ATTENDANCE_BELOW', 'UNEXCUSED_ABSENCES', 'SAME_WEEKDAY', 'SINGLE_DAYS', 'DROP_OUT')`,
)
@Check('ck_early_warning_suggestion_status', `status IN ('OPEN', 'REVIEWED', 'ENDED')`)
@Check('ck_early_warning_suggestion_level', `addressed_level IN ('MENTOR', 'STUDENT_HEALTH', 'SCHOOL')`)
@Check('ck_early_warning_suggestion_decision', `decision IN ('ACTION_TAKEN', 'MONITOR', 'NO_ACTION')`)
export class EarlyWarningSuggestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_early_warning_suggestion' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  schoolId!: string;

  @Column({ type: 'uuid' })
  pupilId!: string;

  @Column({ type: 'char', length: 12 })
  personalIdentityNumber!: string;

  @Column({ type: 'varchar', length: 24 })
  indicator!: EarlyWarningIndicator;

  // What identifies the condition (the period, the latest day counted): the same condition
  // never opens a second suggestion, new data that still fires may.
  @Column({ type: 'varchar', length: 100 })
  conditionKey!: string;

  @Column({ type: 'jsonb' })
  facts!: SuggestionFact[];

  @Column({ type: 'varchar', length: 10 })
  status!: SuggestionStatus;

  @Column({ type: 'varchar', length: 16 })
  addressedLevel!: AddressedLevel;

  @Column({ type: 'uuid', nullable: true })
  addressedToId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  // The review: who looked, what they decided and what was done.
  @Column({ type: 'uuid', nullable: true })
  reviewedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  decision!: ReviewDecision | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  actionTaken!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
