import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum FilePurpose {
  // Uploaded by a user or an integration, for an import.
  UPLOAD = 'UPLOAD',
  // Written by a job: a dry-run report, an import's result.
  RESULT = 'RESULT',
  // A half-year file for SCB (libs/scb-kaa): kept with its history, read by the KAA unit's team leads.
  SCB_KAA = 'SCB_KAA',
  // What retention disposed (libs/retention), written before the rows are deleted.
  RETENTION_ARCHIVE = 'RETENTION_ARCHIVE',
}

// A file of one municipality. Its bytes are in stored_file_chunk (1 MiB each), so a file of any
// size streams in and out without being held in memory, and every api instance and worker reads
// the same file from the one database.
@Entity({
  name: 'stored_file',
  comment: 'A file uploaded for an import or produced by a job; its bytes in stored_file_chunk.',
})
@Index('ix_stored_file_municipality_created', ['municipalityId', 'createdAt'])
@Index('ix_stored_file_expires', ['expiresAt'])
@Check('ck_stored_file_purpose', `purpose IN ('UPLOAD', 'RESULT', 'SCB_KAA', 'RETENTION_ARCHIVE')`)
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_stored_file' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'varchar', length: 32 })
  purpose!: FilePurpose;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 255 })
  contentType!: string;

  // bigint comes back from pg as a string; a file is far below 2^53 bytes.
  @Column({ type: 'bigint', default: 0, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  byteSize!: number;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  // False while it is being written; an incomplete file is never read.
  @Column({ type: 'boolean', default: false })
  complete!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;
}

@Entity({ name: 'stored_file_chunk' })
export class StoredFileChunkEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_stored_file_chunk' })
  fileId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_stored_file_chunk' })
  seq!: number;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id', foreignKeyConstraintName: 'fk_stored_file_chunk_file' })
  file?: StoredFileEntity;

  @Column({ type: 'bytea' })
  data!: Buffer;
}
