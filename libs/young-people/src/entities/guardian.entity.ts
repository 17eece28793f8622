import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';

import { GuardianRelation } from '../young-people.enums';
import { YoungPersonEntity } from './young-person.entity';

@Entity({ name: 'guardian', comment: "A young person's guardian (vårdnadshavare) or other contact adult." })
@Index('ix_guardian_young_person', ['municipalityId', 'youngPersonId'])
export class GuardianEntity extends BaseEntityColumns {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @Column({ type: 'uuid' })
  youngPersonId!: string;

  @ManyToOne(() => YoungPersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'young_person_id', foreignKeyConstraintName: 'fk_guardian_young_person' })
  youngPerson?: YoungPersonEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'enum', enum: GuardianRelation, enumName: 'guardian_relation' })
  relation!: GuardianRelation;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;
}
