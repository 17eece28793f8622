import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import { SchoolFileImportColumns } from './school-file-import.columns';

// A file of signals a school sent (the columns and their meaning: SchoolFileImportColumns).
// createdCount: new signals; the rest were signals already kept.
@Entity({ name: 'signal_import', comment: 'A file of signals imported from a school (all rows or none).' })
@Index('uq_signal_import_key', ['schoolId', 'idempotencyKey'], { unique: true })
@Index('uq_signal_import_content', ['schoolId', 'contentHash'], { unique: true })
export class SignalImportEntity extends SchoolFileImportColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_signal_import' })
  id!: string;
}
