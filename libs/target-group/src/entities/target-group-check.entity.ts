import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { TargetGroupCheckStatus, TargetGroupDismissReason, TargetGroupLeftReason } from '../target-group.enums';

// A person the matching found (one row per person and municipality, through every run): in the
// queue, left it, registered or dismissed. The reason is kept as facts (the lists' day, the school
// left and when) so the app can say it in words. Registering gives the young person this row's
// id, so every read of the entry stays in that person's access log.
@Entity({ name: 'target_group_check', comment: 'A "to check" entry of the target-group matching.' })
@Index('uq_target_group_check_person', ['municipalityId', 'personalIdentityNumber'], { unique: true })
@Index('ix_target_group_check_queue', ['municipalityId', 'kaaUnitId', 'status', 'familyName', 'id'])
@Check('ck_target_group_check_status', `status IN ('TO_CHECK', 'LEFT', 'REGISTERED', 'DISMISSED')`)
@Check('ck_target_group_check_dismiss_reason', `dismiss_reason IN ('MOVED', 'DIPLOMA', 'ALREADY_HANDLED')`)
@Check(
  'ck_target_group_check_left_reason',
  `left_reason IN ('IN_ENROLLMENT_LIST', 'DIPLOMA_RECORDED', 'REGISTERED', 'NOT_RESIDENT', 'OUTSIDE_AGE_BAND')`,
)
export class TargetGroupCheckEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_target_group_check' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  kaaUnitId!: string;

  @Column({ type: 'char', length: 12 })
  personalIdentityNumber!: string;

  @Column({ type: 'boolean' })
  coordinationNumber!: boolean;

  @Column({ type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  givenName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  familyName!: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: TargetGroupCheckStatus;

  // The reason it is (or was last) in the queue: in no enrolment list of this day, and the last
  // school the lists say the person left, and when.
  @Column({ type: 'date' })
  listsDate!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  lastSchool!: string | null;

  @Column({ type: 'date', nullable: true })
  leftSchoolOn!: string | null;

  // The runs that put it in (or kept it in) the queue; null for an entry a school's signal
  // opened (a pupil left upper secondary without a diploma) until a run sees the person.
  @Column({ type: 'uuid', nullable: true })
  firstRunId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  lastRunId!: string | null;

  // The school's signal that (last) put it in the queue, if one did (libs/signals).
  @Column({ type: 'uuid', nullable: true })
  signalId!: string | null;

  // When it (last) came into the queue.
  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  // Why a run took it out of the queue, and the school whose list it was found in.
  @Column({ type: 'varchar', length: 24, nullable: true })
  leftReason!: TargetGroupLeftReason | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  leftSchool!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;

  // A coordinator's decision.
  @Column({ type: 'varchar', length: 16, nullable: true })
  dismissReason!: TargetGroupDismissReason | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  youngPersonId!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
