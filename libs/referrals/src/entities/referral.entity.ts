import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { InformationCategory } from '@app/core/authz';
import { YoungPersonEntity } from '@app/young-people';

import { LegalGround, ReferralStatus } from '../referrals.enums';

// A referral (remiss) of a young person to a partner organisation, from the KAA unit: what for,
// which information goes with it and on which ground, and where it stands.
@Entity({ name: 'referral', comment: 'A referral of a young person to a partner organisation (remiss).' })
@Index('ix_referral_to', ['toOrganizationId', 'status', 'sentAt'])
@Index('ix_referral_from', ['fromOrganizationId', 'status', 'sentAt'])
@Index('ix_referral_young_person', ['municipalityId', 'youngPersonId', 'sentAt'])
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_referral_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'uuid' })
  fromOrganizationId!: string;

  @Column({ type: 'uuid' })
  sentById!: string;

  @Column({ type: 'uuid' })
  toOrganizationId!: string;

  @Column({ type: 'varchar', length: 1000 })
  purpose!: string;

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

  @Column({ type: 'enum', enum: ReferralStatus, enumName: 'referral_status' })
  status!: ReferralStatus;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  answeredById!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  declineReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById!: string | null;

  @Column({ type: 'int', default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
