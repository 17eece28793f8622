import { Injectable } from '@nestjs/common';

import { TransactionHost } from '@app/core/database';

import type { SchoolFileImportColumns } from '../entities/school-file-import.columns';

// One import of a school's file as its table keeps it (signal_import, school_absence_import).
export type SchoolFileImport = SchoolFileImportColumns & { id: string };

// Which table, and the advisory lock that keeps its imports one at a time per school.
export interface SchoolFileImportTable<E extends SchoolFileImport> {
  entity: new () => E;
  // The lock's namespace ('signal-import', 'absence-import'): a signal file and an absence file
  // of one school do not wait for each other.
  lock: string;
}

// The SQL of the imports' bookkeeping, the same for every kind of school file.
@Injectable()
export class SchoolFileImportsRepository {
  constructor(private readonly tx: TransactionHost) {}

  // The import this key or this content already made at the school (the key first).
  async existing<E extends SchoolFileImport>(
    table: SchoolFileImportTable<E>,
    schoolId: string,
    key: { idempotencyKey: string; contentHash: string },
  ): Promise<E | null> {
    // One import at a time per school, to the end of the transaction: two uploads of the same
    // file at once would otherwise both find nothing here and the second would fail on the
    // unique index (a 500) instead of answering the first's import.
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1::text || ':' || $2::text, 0))`, [
      table.lock,
      schoolId,
    ]);
    const bySchool = (column: 'idempotencyKey' | 'contentHash', value: string): Promise<E | null> =>
      this.tx.manager
        .getRepository(table.entity)
        .createQueryBuilder('i')
        .where('i.schoolId = :schoolId', { schoolId })
        .andWhere(`i.${column} = :value`, { value })
        .getOne();
    return (await bySchool('idempotencyKey', key.idempotencyKey)) ?? (await bySchool('contentHash', key.contentHash));
  }

  insert<E extends SchoolFileImport>(table: SchoolFileImportTable<E>, values: SchoolFileImportColumns): Promise<E> {
    return this.tx.manager.save(Object.assign(new table.entity(), values));
  }

  async setCreated<E extends SchoolFileImport>(
    table: SchoolFileImportTable<E>,
    id: string,
    createdCount: number,
  ): Promise<void> {
    const { tableName } = this.tx.manager.connection.getMetadata(table.entity);
    await this.tx.manager.query(`UPDATE "${tableName}" SET created_count = $2 WHERE id = $1`, [id, createdCount]);
  }
}
