import { Column, Entity, PrimaryColumn } from 'typeorm';

import { AccessLogColumns, AccessSubjectKind } from './access-log.entity';

// The access log as its readers see it: one entry per subject (a young person, or a school pupil
// on the school's early-warning reads) of each access_log row (the access_log_entry view,
// created by its migrations; TypeORM only reads it). Reviewers, the young person's extract and
// the anomaly rules all count and filter reads per subject. Filters on one young person also
// test the row's youngPersonIds, so that PostgreSQL can use the GIN index (a condition on the
// unnested column cannot).
@Entity({ name: 'access_log_entry', synchronize: false })
export class AccessLogEntryEntity extends AccessLogColumns {
  // The row's id for a row of one subject; otherwise derived from the row and the subject, so
  // every entry has its own stable id.
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  logId!: string;

  // The kind of the entry's subject; a row written before the kind was recorded takes it from
  // its ground (SCHOOL: a pupil).
  @Column({ type: 'enum', enum: AccessSubjectKind, enumName: 'access_subject_kind' })
  subjectKind!: AccessSubjectKind;

  // The young person or school pupil read.
  @Column({ type: 'uuid' })
  subjectId!: string;

  // Set on an entry of a young person only: a pupil is never taken for one.
  @Column({ type: 'uuid', nullable: true })
  youngPersonId!: string | null;

  // Set on an entry of a school pupil only.
  @Column({ type: 'uuid', nullable: true })
  schoolPupilId!: string | null;
}
