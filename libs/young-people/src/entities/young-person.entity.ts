import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';
import { UserEntity } from '@app/identity';
import { MunicipalityEntity, OrganizationEntity } from '@app/organizations';

// A young person known to the municipality (their home municipality is the tenant). Identity
// and contact details only: what the KAA register may hold (SFS 2006:39 4 §) plus guardians,
// kept in their own table. Case facts live in the enrollment, occupation and contact tables.
@Entity({ name: 'young_person', comment: 'A young person followed by the municipality (ungdom).' })
@Index('uq_young_person_identity_number', ['municipalityId', 'personalIdentityNumber'], { unique: true })
// The own view's sign-in looks a number up in every municipality (issue 19; its migration).
@Index('ix_young_person_identity_number_any', { synchronize: false })
@Index('ix_young_person_caseload', ['municipalityId', 'coordinatorId', 'familyName', 'givenName', 'id'])
@Index('ix_young_person_unit', ['municipalityId', 'kaaUnitId', 'familyName', 'givenName', 'id'])
export class YoungPersonEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_young_person_municipality' })
  municipality?: MunicipalityEntity;

  // 12 digits, YYYYMMDDNNNN.
  @Column({ type: 'char', length: 12 })
  personalIdentityNumber!: string;

  @Column({ type: 'boolean' })
  coordinationNumber!: boolean;

  @Column({ type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'varchar', length: 100 })
  givenName!: string;

  @Column({ type: 'varchar', length: 100 })
  familyName!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  streetAddress!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  // Skyddade personuppgifter: address and contact details are shown only to the users named
  // here, and the record never appears in searches for anyone else.
  @Column({ type: 'boolean', default: false })
  protectedIdentity!: boolean;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  protectedNamedUserIds!: string[];

  // The KAA unit responsible, and the coordinator within it; both drive row access.
  @Column({ type: 'uuid', nullable: true })
  kaaUnitId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kaa_unit_id', foreignKeyConstraintName: 'fk_young_person_kaa_unit' })
  kaaUnit?: OrganizationEntity;

  @Column({ type: 'uuid', nullable: true })
  coordinatorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'coordinator_id', foreignKeyConstraintName: 'fk_young_person_coordinator' })
  coordinator?: UserEntity;

  // Kept in step with contact_attempt in the same transaction, so the caseload can filter and
  // sort on it by index instead of aggregating every contact.
  @Column({ type: 'timestamptz', nullable: true })
  lastContactAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
