import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { BaseEntityColumns } from '@app/core/database';

import { GuardianRelation } from '../young-people.enums';
import { YoungPersonEntity } from './young-person.entity';

@Entity({ name: 'guardian', comment: "A young person's guardian (vårdnadshavare) or other contact adult." })
@Index('ix_guardian_young_person', ['municipalityId', 'youngPersonId'])
@Index('ix_guardian_identity_number', { synchronize: false })
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

  // Normalised (12 digits), to match a guardian's sign-in to the own view (issue 19).
  @Column({ type: 'char', length: 12, nullable: true })
  personalIdentityNumber!: string | null;
}
