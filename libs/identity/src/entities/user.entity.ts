import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';
import { MunicipalityEntity } from '@app/organizations';

import { MembershipEntity } from './membership.entity';

@Entity({ name: 'app_user', comment: 'A person who signs in; access comes from memberships.' })
@Index('uq_app_user_email', ['email'], { unique: true })
@Index('uq_app_user_external_subject', ['externalSubject'], { unique: true, where: 'external_subject IS NOT NULL' })
@Index('ix_app_user_municipality', ['municipalityId', 'displayName'])
export class UserEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_app_user_municipality' })
  municipality?: MunicipalityEntity;

  // Stored lower-cased; the login name.
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  // The name folded for users(search:) (IdentityRepository.foldedName's expression), kept by the
  // trigger app_user_search_name on every insert and update: never written or read as a field.
  @Column({
    type: 'text',
    select: false,
    insert: false,
    update: false,
    comment: 'display_name folded for users(search:): lower case, marks dropped except on å, ä, ö',
  })
  searchName?: string;

  // scrypt hash in PHC-like form; null for users who only sign in through the municipality's
  // identity provider.
  @Column({ type: 'varchar', length: 300, nullable: true })
  passwordHash!: string | null;

  // The identity provider's claim value (OIDC_USER_CLAIM) that maps a token to this user.
  @Column({ type: 'varchar', length: 300, nullable: true })
  externalSubject!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @OneToMany(() => MembershipEntity, (membership) => membership.user)
  memberships?: MembershipEntity[];
}
