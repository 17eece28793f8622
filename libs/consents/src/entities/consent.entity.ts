import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { InformationCategory } from '@app/core/authz';
import { OrganizationEntity } from '@app/organizations';
import { YoungPersonEntity } from '@app/young-people';

import { ConsentForm, ConsentGiver } from '../consents.enums';

// A consent (samtycke) as given. Nothing of it is ever overwritten: a change is a new consent
// that replaces this one (replaces_id / replaced_by_id), a withdrawal is recorded once. A
// trigger refuses any other update, for every database role.
@Entity({ name: 'consent', comment: 'A consent to share information with one organisation (samtycke).' })
@Index('ix_consent_young_person', ['municipalityId', 'youngPersonId', 'createdAt'])
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_consent_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'uuid' })
  recipientOrganizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recipient_organization_id', foreignKeyConstraintName: 'fk_consent_recipient' })
  recipientOrganization?: OrganizationEntity;

  @Column({ type: 'enum', enum: InformationCategory, enumName: 'information_category', array: true })
  categories!: InformationCategory[];

  // Codes of the municipality's own categories (information_category_definition).
  @Column({ type: 'varchar', length: 40, array: true, default: () => "'{}'" })
  otherCategories!: string[];

  @Column({ type: 'varchar', length: 500 })
  purpose!: string;

  @Column({ type: 'enum', enum: ConsentGiver, enumName: 'consent_giver' })
  givenBy!: ConsentGiver;

  @Column({ type: 'varchar', length: 200, nullable: true })
  guardianName!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  maturityAssessment!: string | null;

  @Column({ type: 'enum', enum: ConsentForm, enumName: 'consent_form' })
  form!: ConsentForm;

  @Column({ type: 'varchar', length: 200, nullable: true })
  documentReference!: string | null;

  @Column({ type: 'uuid' })
  documentedById!: string;

  @Column({ type: 'timestamptz' })
  documentedAt!: Date;

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date' })
  validTo!: string;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  replacesId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  replacedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

// One row per consent × category, while the consent can grant anything: what the access rules
// read (indexed by organisation, category and young person, so a partner's list starts from
// its grants instead of testing every young person). Revoked when the consent is withdrawn or
// replaced; expiry needs no job, the rule compares the dates.
@Entity({ name: 'consent_grant', comment: 'What a consent lets one organisation read, per category.' })
@Index('ix_consent_grant_recipient', ['organizationId', 'category', 'youngPersonId'])
@Index('ix_consent_grant_young_person', ['youngPersonId', 'organizationId'])
export class ConsentGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  consentId!: string;

  @ManyToOne(() => ConsentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consent_id', foreignKeyConstraintName: 'fk_consent_grant_consent' })
  consent?: ConsentEntity;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'enum', enum: InformationCategory, enumName: 'information_category' })
  category!: InformationCategory;

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date' })
  validTo!: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
