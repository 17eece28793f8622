import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { InformationCategory } from '@app/core/authz';
import { OrganizationEntity } from '@app/organizations';
import { YoungPersonEntity } from '@app/young-people';

// Information the young person withholds from one organisation (one row per category): a deny
// rule in every partner's ability, whatever consent exists, until the refusal is lifted. Only
// its lifting is ever recorded on it (trigger).
@Entity({ name: 'consent_refusal', comment: 'A category the young person withholds from one organisation.' })
@Index('ix_consent_refusal_young_person', ['youngPersonId', 'organizationId'])
export class ConsentRefusalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_consent_refusal_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_consent_refusal_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: InformationCategory, enumName: 'information_category' })
  category!: InformationCategory;

  @Column({ type: 'uuid' })
  recordedById!: string;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  liftedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  liftedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
