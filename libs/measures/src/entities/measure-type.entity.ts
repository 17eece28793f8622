import { Column, Entity, Index } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';

import { MeasureTier, ScbMeasureCategory } from '../measures.enums';

@Entity({ name: 'measure_type', comment: "A municipality's catalogue of measures, mapped to SCB categories." })
@Index('uq_measure_type_code', ['municipalityId', 'code'], { unique: true })
export class MeasureTypeEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: ScbMeasureCategory, enumName: 'scb_measure_category' })
  scbCategory!: ScbMeasureCategory;

  @Column({ type: 'enum', enum: MeasureTier, enumName: 'measure_tier' })
  defaultTier!: MeasureTier;

  // Retired types stay for the measures that used them; new measures cannot pick them.
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
