import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { TargetGroupImportEntity } from './target-group-import.entity';

// One person of an imported file, the identity number normalised (12 digits) so that every form
// it was written in matches. Deleted with its import.
@Entity({ name: 'target_group_import_row', comment: 'A person of an imported extract or list.' })
@Index('ix_target_group_import_row_person', ['importId', 'personalIdentityNumber'])
export class TargetGroupImportRowEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_target_group_import_row' })
  importId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_target_group_import_row' })
  line!: number;

  @ManyToOne(() => TargetGroupImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'fk_target_group_import_row_import' })
  import?: TargetGroupImportEntity;

  @Column({ type: 'char', length: 12 })
  personalIdentityNumber!: string;

  @Column({ type: 'boolean' })
  coordinationNumber!: boolean;

  @Column({ type: 'date' })
  dateOfBirth!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  givenName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  familyName!: string | null;

  // Enrolment lists: the school, and the day the pupil left (still enrolled when empty or later
  // than the list's day), and whether they hold a diploma.
  @Column({ type: 'varchar', length: 200, nullable: true })
  schoolName!: string | null;

  @Column({ type: 'date', nullable: true })
  leftOn!: string | null;

  @Column({ type: 'boolean', default: false })
  diploma!: boolean;
}
