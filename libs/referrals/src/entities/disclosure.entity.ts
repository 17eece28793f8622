import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { InformationCategory } from '@app/core/authz';
import { YoungPersonEntity } from '@app/young-people';

import { LegalGround } from '../referrals.enums';

// One sharing of information about a young person with another organisation (or someone outside
// Brygga), with its legal ground: a referral's, or one recorded by hand (a report of concern, a
// call). Never changed or deleted (trigger).
@Entity({
  name: 'disclosure',
  comment: 'A sharing of a young person’s information with its legal ground (utlämnande).',
})
@Index('ix_disclosure_young_person', ['municipalityId', 'youngPersonId', 'disclosedAt'])
@Index('ix_disclosure_recipient', ['recipientOrganizationId', 'youngPersonId'])
export class DisclosureEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_disclosure_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'uuid' })
  fromOrganizationId!: string;

  @Column({ type: 'uuid' })
  disclosedById!: string;

  // An organisation in Brygga, or null with a description of a recipient outside it.
  @Column({ type: 'uuid', nullable: true })
  recipientOrganizationId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  recipientDescription!: string | null;

  @Column({ type: 'enum', enum: InformationCategory, enumName: 'information_category', array: true })
  categories!: InformationCategory[];

  // Codes of the municipality's own categories (information_category_definition).
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  otherCategories!: string[];

  @Column({ type: 'enum', enum: LegalGround, enumName: 'legal_ground' })
  legalGround!: LegalGround;

  @Column({ type: 'uuid', nullable: true })
  consentId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  provisionReference!: string | null;

  @Column({ type: 'uuid', nullable: true })
  referralId!: string | null;

  @Column({ type: 'timestamptz' })
  disclosedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
