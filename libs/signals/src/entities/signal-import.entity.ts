import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// A file of signals a school sent. The idempotency key (the sender's) and the content hash (the
// file's SHA-256) each name the import already made: the same file, or the same upload retried,
// creates nothing new.
@Entity({ name: 'signal_import', comment: 'A file of signals imported from a school (all rows or none).' })
@Index('uq_signal_import_key', ['schoolId', 'idempotencyKey'], { unique: true })
@Index('uq_signal_import_content', ['schoolId', 'contentHash'], { unique: true })
export class SignalImportEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_signal_import' })
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

  // New signals; the rest were signals already kept.
  @Column({ type: 'integer' })
  createdCount!: number;

  // The user who imported it in the app, or null when a school's system sent it.
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  // The integration credential it came with (POST /signals/import), if any.
  @Column({ type: 'uuid', nullable: true })
  credentialId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
