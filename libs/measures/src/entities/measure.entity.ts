import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';
import { OccupationCategory, YoungPersonEntity } from '@app/young-people';

import { EvidenceBasis, MeasureEndReason, MeasureLevel, MeasureStatus, MeasureTier } from '../measures.enums';
import { MeasureTypeEntity } from './measure-type.entity';

// A measure offered to a young person, with the documentation SFS 2006:39 asks for: planning
// and goal; the young person's, the municipality's and other actors' responsibilities; start
// and end; end reason; follow-up and evaluation dates.
@Entity({ name: 'measure', comment: 'A measure (insats / individuell åtgärd) for a young person.' })
@Index('ix_measure_young_person', ['municipalityId', 'youngPersonId', 'status'])
@Index('ix_measure_follow_up', ['municipalityId', 'followUpOn'])
export class MeasureEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_measure_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'uuid' })
  measureTypeId!: string;

  @ManyToOne(() => MeasureTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'measure_type_id', foreignKeyConstraintName: 'fk_measure_type' })
  measureType?: MeasureTypeEntity;

  @Column({ type: 'enum', enum: MeasureTier, enumName: 'measure_tier' })
  tier!: MeasureTier;

  @Column({ type: 'enum', enum: MeasureLevel, enumName: 'measure_level' })
  level!: MeasureLevel;

  @Column({ type: 'enum', enum: MeasureStatus, enumName: 'measure_status' })
  status!: MeasureStatus;

  @Column({ type: 'date' })
  offeredOn!: string;

  @Column({ type: 'date', nullable: true })
  respondedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  plannedStartOn!: string | null;

  @Column({ type: 'date', nullable: true })
  plannedEndOn!: string | null;

  @Column({ type: 'date', nullable: true })
  startedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'enum', enum: MeasureEndReason, enumName: 'measure_end_reason', nullable: true })
  endReason!: MeasureEndReason | null;

  @Column({ type: 'enum', enum: OccupationCategory, enumName: 'occupation_category', nullable: true })
  occupationAfter!: OccupationCategory | null;

  @Column({ type: 'varchar', length: 2000, default: '' })
  planningAndGoal!: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  youngPersonResponsibility!: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  municipalityResponsibility!: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  otherActorResponsibility!: string;

  @Column({ type: 'uuid', nullable: true })
  otherActorOrganizationId!: string | null;

  @Column({ type: 'date', nullable: true })
  followUpOn!: string | null;

  @Column({ type: 'date', nullable: true })
  evaluationOn!: string | null;

  @Column({ type: 'enum', enum: EvidenceBasis, enumName: 'evidence_basis', array: true, default: () => "'{}'" })
  evidenceBasis!: EvidenceBasis[];

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
