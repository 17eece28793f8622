import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// A legal hold on a young person's records: while it is not lifted, nothing of theirs is
// disposed (and a chain's disposal stops before their first row). Set and lifted with a reason.
@Entity({ name: 'legal_hold', comment: 'A legal hold on a young person’s records: stops their disposal until lifted.' })
@Index('uq_legal_hold_active', ['municipalityId', 'youngPersonId'], { unique: true, where: 'lifted_at IS NULL' })
export class LegalHoldEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_legal_hold' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'uuid' })
  setById!: string;

  @Column({ type: 'timestamptz' })
  setAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  liftedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  liftedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  liftReason!: string | null;
}
