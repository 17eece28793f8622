import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { DisposalTrigger, RetentionClass } from '../retention.enums';

// The proof of one batch's disposal (gallringsprotokoll), with no personal data: the rule, the
// count, the age range of what went, the archive file's SHA-256, and who or what ran it.
// Append-only (trigger).
@Entity({
  name: 'disposal',
  comment: 'Proof of one disposal batch: rule, counts, time range, archive hash; no personal data.',
})
@Index('ix_disposal_municipality', ['municipalityId', 'disposedAt'])
export class DisposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_disposal' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'varchar', length: 32 })
  recordClass!: RetentionClass;

  @Column({ type: 'smallint' })
  keepYears!: number;

  // Records older than this were disposable.
  @Column({ type: 'timestamptz' })
  cutoff!: Date;

  @Column({ type: 'integer' })
  disposedCount!: number;

  // The reference times of the oldest and newest record disposed.
  @Column({ type: 'timestamptz' })
  oldestAt!: Date;

  @Column({ type: 'timestamptz' })
  newestAt!: Date;

  // For a chain: the last position disposed (the chain now starts after it).
  @Column({ type: 'bigint', nullable: true })
  throughSeq!: string | null;

  @Column({ type: 'uuid' })
  archiveFileId!: string;

  @Column({ type: 'char', length: 64 })
  archiveSha256!: string;

  @Column({ type: 'varchar', length: 8 })
  trigger!: DisposalTrigger;

  @Column({ type: 'uuid', nullable: true })
  runById!: string | null;

  @Column({ type: 'timestamptz' })
  disposedAt!: Date;
}
