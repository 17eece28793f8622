import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// Why a user could read what they read (DESIGN.md §4). NONE never happens by design (every read
// passed an access rule that has one of the other grounds); it is logged rather than dropped
// so that a gap between the rules and the grounds shows up in log review.
export enum AccessGround {
  CASELOAD = 'CASELOAD',
  UNIT = 'UNIT',
  CONSENT = 'CONSENT',
  ASSIGNED_ACTION = 'ASSIGNED_ACTION',
  // A recorded disclosure to the reader's organisation on another legal ground (a referral sent
  // on a duty to report, say): what the disclosure carried, nothing more.
  DISCLOSURE = 'DISCLOSURE',
  EMERGENCY_ACCESS = 'EMERGENCY_ACCESS',
  // A stand-in coordinator (vikarie) working an absent colleague's caseload for the appointed
  // period (issue 17).
  STAND_IN = 'STAND_IN',
  // The statutory half-year file for SCB (SFS 2006:39, skollagen 29 kap. 9 §): a KAA team lead
  // producing it reads every registered young person of the municipality for that purpose only.
  STATUTORY_REPORT = 'STATUTORY_REPORT',
  // A school's own staff reading their school's early-warning data about a pupil (issue 17; the
  // school's duty to act on absence, SkolL 7 kap. 19 a §, 15 kap. 16 §). The entry's id is the
  // pupil's school_pupil id, not a young person of the register.
  SCHOOL = 'SCHOOL',
  // The young person reading their own record, or a guardian of a young person under 18 reading
  // it, in the own view (issue 19; GDPR art. 15). The row's user id is the young person's or the
  // guardian's id, not a staff user's.
  SELF = 'SELF',
  // The municipality's admin downloading a disposal's archive file for the e-archive (issue 19;
  // docs/RETENTION.md): the disposed rows about the young people the file names.
  ARCHIVE = 'ARCHIVE',
  NONE = 'NONE',
}

// What kind of subject a log row's reads were about (issue 19). A young person of the register
// (young_person_ids) is the usual case; a school's early-warning reads are about pupils of the
// school (school_pupil, school_pupil_ids), who need not be registered young people at all, so
// their ids must never be taken for young people's by the reviewer or the own view.
export enum AccessSubjectKind {
  YOUNG_PERSON = 'YOUNG_PERSON',
  SCHOOL_PUPIL = 'SCHOOL_PUPIL',
}

export const ACCESS_LOG_SUBJECTS_CHECK = `CASE WHEN subject_kind = 'SCHOOL_PUPIL'
  THEN cardinality(school_pupil_ids) >= 1 AND cardinality(young_person_ids) = 0
  ELSE cardinality(young_person_ids) >= 1 AND cardinality(school_pupil_ids) = 0 END`;

// The columns of a log row, which the access_log_entry view repeats for each young person.
export abstract class AccessLogColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 40 })
  role!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  // Every young person the response showed on this ground (sorted, no repeats); empty on a row
  // of school pupils.
  @Column({ type: 'uuid', array: true })
  youngPersonIds!: string[];

  // Every school pupil (school_pupil ids) the response showed (sorted, no repeats); empty on a
  // row of young people.
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  schoolPupilIds!: string[];

  @Column({ type: 'varchar', length: 20, array: true })
  categories!: string[];

  @Column({ type: 'enum', enum: AccessGround, enumName: 'access_ground' })
  ground!: AccessGround;

  @Column({ type: 'uuid', array: true })
  consentIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  emergencyAccessId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  disclosureId!: string | null;

  // The operation's type and root fields (`query youngPerson`), for the reviewer.
  @Column({ type: 'varchar', length: 200 })
  operation!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId!: string | null;
}

// One row per response and ground: who read which categories of which young people, on which
// ground. Append-only and hash-chained per municipality like audit_event. Readers see one entry
// per young person through the access_log_entry view (AccessLogEntryEntity).
@Entity({ name: 'access_log', comment: 'Append-only, hash-chained log of every read of a young person’s data.' })
@Index('uq_access_log_municipality_seq', ['municipalityId', 'seq'], { unique: true })
// GIN over young_person_ids and school_pupil_ids, created by their migrations: TypeORM cannot
// declare the method.
@Index('ix_access_log_young_people', { synchronize: false })
@Index('ix_access_log_school_pupils', { synchronize: false })
// A row names its subjects in the column of its kind only, at least one (a legacy row, kind
// NULL, names young people, or pupils on ground SCHOOL, in young_person_ids).
@Check('ck_access_log_subjects', ACCESS_LOG_SUBJECTS_CHECK)
@Index('ix_access_log_user', ['municipalityId', 'userId', 'occurredAt'])
@Index('ix_access_log_organization', ['municipalityId', 'organizationId', 'occurredAt'])
@Index('ix_access_log_occurred', ['municipalityId', 'occurredAt'])
export class AccessLogEntity extends AccessLogColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // NULL on the rows written before the column (migration 1796830000000): they keep their
  // hashes, which did not cover a kind, and readers take their kind from their ground (SCHOOL:
  // pupils, in young_person_ids; docs/DATABASE.md). Every row written since names its kind and
  // its hash covers it and school_pupil_ids (accessChainHash).
  @Column({
    type: 'enum',
    enum: AccessSubjectKind,
    enumName: 'access_subject_kind',
    nullable: true,
    default: AccessSubjectKind.YOUNG_PERSON,
  })
  subjectKind!: AccessSubjectKind | null;

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
