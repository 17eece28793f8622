import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { keysetPage, type Page } from '@app/core/graphql';

import { TargetGroupCheckEntity } from './entities/target-group-check.entity';
import { TargetGroupImportEntity } from './entities/target-group-import.entity';
import { TargetGroupRunEntity } from './entities/target-group-run.entity';
import { TargetGroupCheckStatus } from './target-group.enums';
import {
  TARGET_GROUP_CHECK_MAPPING,
  TARGET_GROUP_IMPORT_MAPPING,
  TARGET_GROUP_RUN_MAPPING,
} from './target-group.sql-mapping';

// Reads carry the caller's access predicate (the KAA unit's own imports, runs and queue).
@Injectable()
export class TargetGroupRepository {
  constructor(private readonly tx: TransactionHost) {}

  // --- Imports ---

  private imports(ability: AppAbility, action: 'read' | 'create' = 'read') {
    const qb = this.tx.manager.getRepository(TargetGroupImportEntity).createQueryBuilder('ti');
    return whereAccessible(qb, ability, action, TARGET_GROUP_IMPORT_MAPPING);
  }

  findImport(ability: AppAbility, id: string): Promise<TargetGroupImportEntity | null> {
    return this.imports(ability).andWhere('ti.id = :id', { id }).getOne();
  }

  importsByIds(ability: AppAbility, ids: readonly string[]): Promise<TargetGroupImportEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.imports(ability).andWhere('ti.id IN (:...ids)', { ids }).getMany();
  }

  importPage(ability: AppAbility, page: { first?: number; after?: string }): Promise<Page<TargetGroupImportEntity>> {
    return keysetPage(this.imports(ability), page, {
      column: 'ti.created_at',
      value: (row) => row.createdAt.toISOString(),
      type: 'timestamptz',
      descending: true,
    });
  }

  importOfFile(municipalityId: string, fileId: string, kind: string): Promise<TargetGroupImportEntity | null> {
    return this.tx.manager
      .getRepository(TargetGroupImportEntity)
      .findOneBy({ municipalityId, fileId, kind: kind as never });
  }

  insertImport(values: Omit<TargetGroupImportEntity, 'id'>): Promise<TargetGroupImportEntity> {
    const repo = this.tx.manager.getRepository(TargetGroupImportEntity);
    return repo.save(repo.create(values));
  }

  // Imports among `ids` whose rows are still kept (see IMPORT_ROWS_KEEP_DAYS).
  async importsWithRows(ids: readonly string[]): Promise<Set<string>> {
    const rows = await this.tx.manager.query<Array<{ id: string }>>(
      `SELECT i.id FROM unnest($1::uuid[]) AS i(id)
        WHERE EXISTS (SELECT 1 FROM target_group_import_row r WHERE r.import_id = i.id)`,
      [ids],
    );
    return new Set(rows.map((row) => row.id));
  }

  async setImportJob(id: string, jobId: string): Promise<void> {
    await this.tx.manager.query('UPDATE target_group_import SET job_id = $2 WHERE id = $1', [id, jobId]);
  }

  // --- Runs ---

  private runs(ability: AppAbility) {
    const qb = this.tx.manager.getRepository(TargetGroupRunEntity).createQueryBuilder('tr');
    return whereAccessible(qb, ability, 'read', TARGET_GROUP_RUN_MAPPING);
  }

  findRun(ability: AppAbility, id: string): Promise<TargetGroupRunEntity | null> {
    return this.runs(ability).andWhere('tr.id = :id', { id }).getOne();
  }

  runPage(ability: AppAbility, page: { first?: number; after?: string }): Promise<Page<TargetGroupRunEntity>> {
    return keysetPage(this.runs(ability), page, {
      column: 'tr.created_at',
      value: (row) => row.createdAt.toISOString(),
      type: 'timestamptz',
      descending: true,
    });
  }

  latestRun(ability: AppAbility): Promise<TargetGroupRunEntity | null> {
    return this.runs(ability).andWhere(`tr.status = 'SUCCEEDED'`).orderBy('tr.created_at', 'DESC').limit(1).getOne();
  }

  insertRun(values: Omit<TargetGroupRunEntity, 'id'>): Promise<TargetGroupRunEntity> {
    const repo = this.tx.manager.getRepository(TargetGroupRunEntity);
    return repo.save(repo.create(values));
  }

  async setRunJob(id: string, jobId: string): Promise<void> {
    await this.tx.manager.query('UPDATE target_group_run SET job_id = $2 WHERE id = $1', [id, jobId]);
  }

  // --- The queue ---

  private checks(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(TargetGroupCheckEntity).createQueryBuilder('tc');
    return whereAccessible(qb, ability, action, TARGET_GROUP_CHECK_MAPPING);
  }

  findCheck(
    ability: AppAbility,
    id: string,
    action: 'read' | 'update' = 'read',
  ): Promise<TargetGroupCheckEntity | null> {
    return this.checks(ability, action).andWhere('tc.id = :id', { id }).getOne();
  }

  checkPage(
    ability: AppAbility,
    filter: { status?: TargetGroupCheckStatus },
    page: { first?: number; after?: string },
  ): Promise<Page<TargetGroupCheckEntity>> {
    const qb = this.checks(ability);
    if (filter.status) qb.andWhere('tc.status = :status', { status: filter.status });
    // Longest waiting first.
    return keysetPage(qb, page, {
      column: 'tc.opened_at',
      value: (row) => row.openedAt.toISOString(),
      type: 'timestamptz',
    });
  }

  countChecks(ability: AppAbility, status: TargetGroupCheckStatus): Promise<number> {
    return this.checks(ability).andWhere('tc.status = :status', { status }).getCount();
  }

  // Decides an entry still to be checked: false when someone (or a run) got there first.
  async decide(id: string, values: Partial<TargetGroupCheckEntity>): Promise<boolean> {
    const result = await this.tx.manager
      .createQueryBuilder()
      .update(TargetGroupCheckEntity)
      .set({ ...values, version: () => 'version + 1' })
      .where(`id = :id AND status = 'TO_CHECK'`, { id })
      .execute();
    return result.affected === 1;
  }

  reloadCheck(id: string): Promise<TargetGroupCheckEntity> {
    return this.tx.manager.getRepository(TargetGroupCheckEntity).findOneByOrFail({ id });
  }

  // A school's signal that a pupil left upper secondary without a diploma puts the person in the
  // queue of the municipality's KAA unit at once (issue 16), unless they are registered already
  // or a person decided the entry (registered, dismissed). An entry in the queue takes the school
  // named; one that left the queue comes back. Answers the entry's id, or null.
  async openFromSignal(values: {
    municipalityId: string;
    personalIdentityNumber: string;
    coordinationNumber: boolean;
    dateOfBirth: string;
    school: string;
    leftOn: string;
    signalId: string;
    now: Date;
  }): Promise<string | null> {
    const rows = await this.tx.manager.query<Array<{ id: string }>>(
      `WITH unit AS (
         SELECT id FROM organization WHERE municipality_id = $1 AND kind = 'KAA_UNIT' ORDER BY created_at, id LIMIT 1
       )
       INSERT INTO target_group_check AS c
         (municipality_id, kaa_unit_id, personal_identity_number, coordination_number, date_of_birth, status,
          lists_date, last_school, left_school_on, signal_id, opened_at)
       SELECT $1, unit.id, $2, $3, $4, 'TO_CHECK', $6, $5, $6, $7, $8 FROM unit
        WHERE NOT EXISTS (
          SELECT 1 FROM young_person yp WHERE yp.municipality_id = $1 AND yp.personal_identity_number = $2)
       ON CONFLICT (municipality_id, personal_identity_number) DO UPDATE
          SET status = 'TO_CHECK', last_school = EXCLUDED.last_school, left_school_on = EXCLUDED.left_school_on,
              lists_date = EXCLUDED.lists_date, signal_id = EXCLUDED.signal_id,
              opened_at = CASE WHEN c.status = 'LEFT' THEN EXCLUDED.opened_at ELSE c.opened_at END,
              left_reason = NULL, left_school = NULL, left_at = NULL, version = c.version + 1
        WHERE c.status IN ('TO_CHECK', 'LEFT')
       RETURNING c.id`,
      [
        values.municipalityId,
        values.personalIdentityNumber,
        values.coordinationNumber,
        values.dateOfBirth,
        values.school,
        values.leftOn,
        values.signalId,
        values.now,
      ],
    );
    return rows[0]?.id ?? null;
  }
}
