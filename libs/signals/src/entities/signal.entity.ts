import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { SignalDecision, SignalKind } from '../signals.enums';

// One notice from a school about one pupil. `municipalityId` is the school's municipality (the
// school's own view); `homeMunicipalityId` the pupil's home municipality, whose KAA unit it goes
// to (the school's own unless the signal names another: independent schools, other
// municipalities' schools). `hash` identifies the notice (school, kind, person, day, period), so the
// same notice sent again, alone or in a file, is the one already kept (idempotent).
@Entity({ name: 'signal', comment: 'A signal from a school about a pupil (absence, start or drop-out).' })
@Index('uq_signal_hash', ['schoolId', 'hash'], { unique: true })
@Index('ix_signal_municipality', ['municipalityId', 'handledAt', 'occurredOn', 'id'])
@Index('ix_signal_young_person', ['youngPersonId'])
@Index('ix_signal_person', ['municipalityId', 'personalIdentityNumber'])
@Index('ix_signal_home', ['homeMunicipalityId', 'handledAt', 'occurredOn', 'id'])
@Index('ix_signal_home_person', ['homeMunicipalityId', 'personalIdentityNumber'])
@Check(
  'ck_signal_kind',
  `kind IN ('UNEXCUSED_ABSENCE', 'ABSENCE_INVESTIGATION_STARTED', 'STARTED_UPPER_SECONDARY', 'LEFT_UPPER_SECONDARY', 'ABSENCE_PERIOD')`,
)
@Check('ck_signal_decision', `decision IN ('CONTACTED', 'MEASURE_STARTED', 'NO_ACTION')`)
@Check('ck_signal_absence_percent', 'absence_percent BETWEEN 0 AND 100')
export class SignalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_signal' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  // The pupil's home municipality, whose KAA unit sees and handles it.
  @Column({ type: 'uuid' })
  homeMunicipalityId!: string;

  // The school (organisation) that sent it.
  @Column({ type: 'uuid' })
  schoolId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: SignalKind;

  @Column({ type: 'char', length: 12 })
  personalIdentityNumber!: string;

  @Column({ type: 'boolean' })
  coordinationNumber!: boolean;

  // The registered young person of the home municipality with this number, when there is one.
  @Column({ type: 'uuid', nullable: true })
  youngPersonId!: string | null;

  @Column({ type: 'date' })
  occurredOn!: string;

  // ABSENCE_PERIOD: the period and the share of it absent.
  @Column({ type: 'date', nullable: true })
  periodStart!: string | null;

  @Column({ type: 'date', nullable: true })
  periodEnd!: string | null;

  @Column({ type: 'smallint', nullable: true })
  absencePercent!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  details!: string | null;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  // The file it came in, if any.
  @Column({ type: 'uuid', nullable: true })
  importId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  // The handling: who decided what, and why nothing was done.
  @Column({ type: 'varchar', length: 16, nullable: true })
  decision!: SignalDecision | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  handledById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  handledAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
