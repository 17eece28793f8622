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

  // Every young person the response showed on this ground (sorted, no repeats).
  @Column({ type: 'uuid', array: true })
  youngPersonIds!: string[];

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
// GIN over young_person_ids, created by its migration: TypeORM cannot declare the method.
@Index('ix_access_log_young_people', { synchronize: false })
@Check('ck_access_log_young_people', 'cardinality(young_person_ids) >= 1')
@Index('ix_access_log_user', ['municipalityId', 'userId', 'occurredAt'])
@Index('ix_access_log_organization', ['municipalityId', 'organizationId', 'occurredAt'])
@Index('ix_access_log_occurred', ['municipalityId', 'occurredAt'])
export class AccessLogEntity extends AccessLogColumns {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
