import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';
import { MunicipalityEntity } from '@app/organizations';

import { SelfServiceActorKind } from '../self-service.enums';

// A sign-in to the own view (issue 19). Bound to the identity number the provider proved and the
// municipality; which records it shows is derived again at every request, so removing a
// guardian, or the young person turning 18, ends a guardian's access at once.
@Entity({
  name: 'self_service_session',
  comment: "A young person's or guardian's sign-in through the provider to their own view.",
})
@Index('uq_self_service_session_token', ['tokenHash'], { unique: true })
export class SelfServiceSessionEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_self_service_session_municipality' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'enum', enum: SelfServiceActorKind, enumName: 'self_service_actor' })
  actor!: SelfServiceActorKind;

  @Column({ type: 'char', length: 12 })
  personalIdentityNumber!: string;

  // SHA-256 of the cookie's opaque token (the token itself is never stored).
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;
}
