import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// Where a municipality's audit or access-log chain starts after a disposal: the position and hash
// of the last disposed row, which the first remaining row links to. Written only by the
// database function `retention_dispose_chain_prefix`; append-only (trigger). `audit:verify`
// starts each chain from its latest checkpoint.
@Entity({ name: 'chain_checkpoint', comment: 'Start of a disposed chain: seq and hash of its last disposed row.' })
@Index('uq_chain_checkpoint', ['municipalityId', 'chainTable', 'throughSeq'], { unique: true })
@Check('ck_chain_checkpoint_table', `chain_table IN ('audit_event', 'access_log')`)
export class ChainCheckpointEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_chain_checkpoint' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'varchar', length: 16 })
  chainTable!: 'audit_event' | 'access_log';

  @Column({ type: 'bigint' })
  throughSeq!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  @Column({ type: 'uuid' })
  disposalId!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
