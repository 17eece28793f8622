import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';
import { MunicipalityEntity } from '@app/organizations';

import { HandOverStatus } from '../young-people.enums';
import { YoungPersonEntity } from './young-person.entity';

// The register entry of a young person who moved, on its way from the old home municipality
// (municipality_id) to the new one. `entry` carries what the receiver needs to continue and
// is cleared once received: from then on only the receiving municipality holds the details.
@Entity({ name: 'kaa_hand_over', comment: 'Hand-over of a register entry between municipalities.' })
@Index('ix_kaa_hand_over_outgoing', ['municipalityId', 'status', 'sentAt'])
@Index('ix_kaa_hand_over_incoming', ['toMunicipalityId', 'status', 'sentAt'])
export class HandOverEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  toMunicipalityId!: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_municipality_id', foreignKeyConstraintName: 'fk_kaa_hand_over_to_municipality' })
  toMunicipality?: MunicipalityEntity;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_kaa_hand_over_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'uuid' })
  enrollmentId!: string;

  @Column({ type: 'date' })
  movedOn!: string;

  @Column({ type: 'enum', enum: HandOverStatus, enumName: 'kaa_hand_over_status' })
  status!: HandOverStatus;

  @Column({ type: 'jsonb', nullable: true })
  entry!: Record<string, unknown> | null;

  @Column({ type: 'uuid' })
  sentById!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  receivedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  receivedById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  receivedYoungPersonId!: string | null;
}
