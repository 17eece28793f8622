import { Column } from 'typeorm';

// The columns every import of a school's file has (signal_import, school_absence_import): one
// file of one school, all rows or none. The idempotency key (the sender's) and the content hash
// (the file's SHA-256) each name the import already made, so the same file, or the same upload
// retried, creates nothing new. Not an entity itself: each import is its own table (TypeORM's
// concrete table inheritance) with its own primary key, declared there with its constraint's
// name, and its own unique indexes on the key and the content.
export abstract class SchoolFileImportColumns {
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

  // What the file added that was not kept before (each import says what it counts).
  @Column({ type: 'integer' })
  createdCount!: number;

  // The user who imported it in the app, or null when a school's system sent it.
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  // The integration credential it came with (a school system's POST), if any.
  @Column({ type: 'uuid', nullable: true })
  credentialId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
