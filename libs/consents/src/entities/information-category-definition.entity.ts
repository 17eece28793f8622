import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// An information category the municipality adds to the built-in ones (for information held
// outside Brygga, e.g. "EKONOMI"): it can be named in consents, referrals and disclosures, and
// grants no reading in Brygga itself. Retired, never deleted, so old consents keep their meaning.
@Entity({ name: 'information_category_definition', comment: 'A municipality’s own information category.' })
@Index('uq_information_category_definition_code', ['municipalityId', 'code'], { unique: true })
export class InformationCategoryDefinitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'timestamptz', nullable: true })
  retiredAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
