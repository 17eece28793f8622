import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { OccupationCategory, OccupationKind, OccupationSource } from '../young-people.enums';
import { YoungPersonEntity } from './young-person.entity';

// Previous, current and planned occupation as a history: a new fact is a new row, and the
// latest row of each kind is what holds now.
@Entity({ name: 'occupation', comment: 'Occupation history (sysselsättning): previous, current, planned.' })
@Index('ix_occupation_young_person', ['municipalityId', 'youngPersonId', 'kind', 'validFrom'])
export class OccupationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_occupation_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'enum', enum: OccupationKind, enumName: 'occupation_kind' })
  kind!: OccupationKind;

  @Column({ type: 'enum', enum: OccupationCategory, enumName: 'occupation_category' })
  category!: OccupationCategory;

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'enum', enum: OccupationSource, enumName: 'occupation_source' })
  source!: OccupationSource;

  @Column({ type: 'uuid', nullable: true })
  contactAttemptId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
