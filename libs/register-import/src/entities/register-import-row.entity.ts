import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { RegisterImportAction } from '../register-import.enums';
import { RegisterImportEntity } from './register-import.entity';

// One row of a dry run: what the run would do with it, and the values it would write. The
// personal values (identity number, names, contact) are cleared when the run has applied them
// and deleted with the dry run after a day when it is never run (REGISTER_IMPORT_KEEP_HOURS);
// line, action, code, field and changes stay as the report.
@Entity({ name: 'register_import_row', comment: 'One row of a register dry run: its action and values.' })
@Check('ck_register_import_row_action', `action IN ('CREATE', 'UPDATE', 'UNCHANGED', 'REFUSED')`)
export class RegisterImportRowEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_register_import_row' })
  importId!: string;

  @ManyToOne(() => RegisterImportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id', foreignKeyConstraintName: 'fk_register_import_row_import' })
  registerImport?: RegisterImportEntity;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_register_import_row' })
  line!: number;

  @Column({ type: 'varchar', length: 16 })
  action!: RegisterImportAction;

  @Column({ type: 'varchar', length: 64, nullable: true })
  code!: string | null;

  // The file's column the code is about.
  @Column({ type: 'varchar', length: 100, nullable: true })
  field!: string | null;

  @Column({ type: 'varchar', length: 32, array: true, default: () => "'{}'" })
  changes!: string[];

  @Column({ type: 'char', length: 12, nullable: true })
  personalIdentityNumber!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  givenName!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  familyName!: string | null;

  @Column({ type: 'uuid', nullable: true })
  coordinatorId!: string | null;

  @Column({ type: 'date', nullable: true })
  registeredOn!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  status!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  registrationReason!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  email!: string | null;

  // The register as the dry run saw it: the run refuses (REGISTER_IMPORT_STALE) if it changed.
  @Column({ type: 'uuid', nullable: true })
  youngPersonId!: string | null;

  @Column({ type: 'integer', nullable: true })
  youngPersonVersion!: number | null;

  @Column({ type: 'uuid', nullable: true })
  enrollmentId!: string | null;

  @Column({ type: 'integer', nullable: true })
  enrollmentVersion!: number | null;
}
