import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { SchoolFileImportColumns } from '@app/signals';

// A file of absence days a school sent, with the same columns as `signal_import`
// (SchoolFileImportColumns). createdCount: absence days not kept before; the rest were days
// already kept (their excused/unexcused value is the file's now).
@Entity({ name: 'school_absence_import', comment: 'A file of absence days imported from a school (all rows or none).' })
@Index('uq_school_absence_import_key', ['schoolId', 'idempotencyKey'], { unique: true })
@Index('uq_school_absence_import_content', ['schoolId', 'contentHash'], { unique: true })
export class SchoolAbsenceImportEntity extends SchoolFileImportColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_school_absence_import' })
  id!: string;
}
