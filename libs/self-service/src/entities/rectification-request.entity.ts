import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';
import { MunicipalityEntity } from '@app/organizations';
import { YoungPersonEntity } from '@app/young-people';

import { RectificationField, RectificationStatus, SelfServiceActorKind } from '../self-service.enums';

// A request to correct the record (GDPR art. 16) made in the own view, and its handling by the
// young person's coordinator or the unit's team lead. Never deleted by its handling.
@Entity({ name: 'rectification_request', comment: 'A request to correct the record (GDPR art. 16) and its handling.' })
@Index('ix_rectification_request_young_person', ['municipalityId', 'youngPersonId', 'createdAt'])
@Check('ck_rectification_decision', "(status = 'OPEN') = (decided_at IS NULL)")
export class RectificationRequestEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'fk_rectification_request_municipality' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_rectification_request_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'enum', enum: SelfServiceActorKind, enumName: 'self_service_actor' })
  requestedBy!: SelfServiceActorKind;

  @Column({ type: 'uuid', nullable: true })
  guardianId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  field!: RectificationField;

  @Column({ type: 'varchar', length: 2000 })
  text!: string;

  @Column({ type: 'enum', enum: RectificationStatus, enumName: 'rectification_status', default: 'OPEN' })
  status!: RectificationStatus;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
