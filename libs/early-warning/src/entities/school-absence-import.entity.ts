import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// A file of absence days a school sent (all rows or none). The idempotency key (the sender's)
// and the content hash (the file's SHA-256) each name the import already made: the same file, or
// the same upload retried, creates nothing new. The same pattern as `signal_import`.
@Entity({ name: 'school_absence_import', comment: 'A file of absence days imported from a school (all rows or none).' })
@Index('uq_school_absence_import_key', ['schoolId', 'idempotencyKey'], { unique: true })
@Index('uq_school_absence_import_content', ['schoolId', 'contentHash'], { unique: true })
export class SchoolAbsenceImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_school_absence_import' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  schoolId!: string;

  @Column({ type: 'varchar', length: 100 })
  idempotencyKey!: string;

  @Column({ type: 'char', length: 64 })
  contentHash!: string;

  @Column({ type: 'uuid' })
  fileId!: string;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'integer' })
  rowCount!: number;

  // Absence days not kept before; the rest were days already kept (their excused/unexcused value
  // is the file's now).
  @Column({ type: 'integer' })
  createdCount!: number;

  // The user who imported it in the app, or null when a school's system sent it.
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  // The integration credential it came with, if any.
  @Column({ type: 'uuid', nullable: true })
  credentialId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
