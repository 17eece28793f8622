import { Injectable } from '@nestjs/common';

import { whereAccessible, type AppAbility } from '@app/core/authz';
import { TransactionHost } from '@app/core/database';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, type Page } from '@app/core/graphql';

import { RegisterImportMappingEntity } from './entities/register-import-mapping.entity';
import { RegisterImportRowEntity } from './entities/register-import-row.entity';
import { RegisterImportEntity } from './entities/register-import.entity';
import { RegisterImportAction } from './register-import.enums';
import { REGISTER_IMPORT_MAPPING } from './register-import.sql-mapping';

export type NewRow = Omit<RegisterImportRowEntity, 'importId' | 'registerImport'>;

export interface RowCounts {
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  refused: number;
}

@Injectable()
export class RegisterImportRepository {
  constructor(private readonly tx: TransactionHost) {}

  // --- The mapping (one per municipality) ---

  findMapping(municipalityId: string): Promise<RegisterImportMappingEntity | null> {
    return this.tx.manager.getRepository(RegisterImportMappingEntity).findOneBy({ municipalityId });
  }

  async saveMapping(values: Omit<RegisterImportMappingEntity, 'version'>): Promise<RegisterImportMappingEntity> {
    const [row] = await this.tx.manager.query<Array<{ version: number }>>(
      `INSERT INTO register_import_mapping (municipality_id, columns, default_registration_reason, updated_by_id, updated_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (municipality_id) DO UPDATE
         SET columns = EXCLUDED.columns, default_registration_reason = EXCLUDED.default_registration_reason,
             updated_by_id = EXCLUDED.updated_by_id, updated_at = EXCLUDED.updated_at,
             version = register_import_mapping.version + 1
       RETURNING version`,
      [
        values.municipalityId,
        JSON.stringify(values.columns),
        values.defaultRegistrationReason,
        values.updatedById,
        values.updatedAt,
      ],
    );
    return { ...values, version: row?.version ?? 1 };
  }

  // --- Dry runs ---

  private imports(ability: AppAbility, action: 'read' | 'update' = 'read') {
    const qb = this.tx.manager.getRepository(RegisterImportEntity).createQueryBuilder('ri');
    return whereAccessible(qb, ability, action, REGISTER_IMPORT_MAPPING);
  }

  findImport(
    ability: AppAbility,
    id: string,
    action: 'read' | 'update' = 'read',
  ): Promise<RegisterImportEntity | null> {
    const query = this.imports(ability, action).andWhere('ri.id = :id', { id });
    // The run locks its dry run so that two runs of it cannot both apply it.
    if (action === 'update') query.setLock('pessimistic_write');
    return query.getOne();
  }

  insertImport(values: Omit<RegisterImportEntity, 'id'>): Promise<RegisterImportEntity> {
    const repo = this.tx.manager.getRepository(RegisterImportEntity);
    return repo.save(repo.create(values));
  }

  async setImportJob(id: string, jobId: string): Promise<void> {
    await this.tx.manager.query('UPDATE register_import SET job_id = $2 WHERE id = $1', [id, jobId]);
  }

  async setRunJob(id: string, jobId: string): Promise<void> {
    await this.tx.manager.query('UPDATE register_import SET run_job_id = $2 WHERE id = $1', [id, jobId]);
  }

  async insertRows(importId: string, rows: NewRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.tx.manager.query(
      `INSERT INTO register_import_row
         (import_id, line, action, code, field, changes, personal_identity_number, given_name, family_name,
          coordinator_id, registered_on, status, registration_reason, phone, email, young_person_id,
          young_person_version, enrollment_id, enrollment_version)
       SELECT $1, r.line, r.action, r.code, r.field,
              CASE WHEN r.changes = '' THEN '{}'::varchar[] ELSE string_to_array(r.changes, ',')::varchar[] END,
              r.pnr, r.given_name, r.family_name, r.coordinator_id, r.registered_on, r.status, r.reason, r.phone,
              r.email, r.young_person_id, r.young_person_version, r.enrollment_id, r.enrollment_version
         FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bpchar[], $8::text[], $9::text[],
                     $10::uuid[], $11::date[], $12::text[], $13::text[], $14::text[], $15::text[], $16::uuid[],
                     $17::int[], $18::uuid[], $19::int[])
           AS r(line, action, code, field, changes, pnr, given_name, family_name, coordinator_id, registered_on, status,
                reason, phone, email, young_person_id, young_person_version, enrollment_id, enrollment_version)`,
      [
        importId,
        rows.map((r) => r.line),
        rows.map((r) => r.action),
        rows.map((r) => r.code),
        rows.map((r) => r.field),
        rows.map((r) => r.changes.join(',')),
        rows.map((r) => r.personalIdentityNumber),
        rows.map((r) => r.givenName),
        rows.map((r) => r.familyName),
        rows.map((r) => r.coordinatorId),
        rows.map((r) => r.registeredOn),
        rows.map((r) => r.status),
        rows.map((r) => r.registrationReason),
        rows.map((r) => r.phone),
        rows.map((r) => r.email),
        rows.map((r) => r.youngPersonId),
        rows.map((r) => r.youngPersonVersion),
        rows.map((r) => r.enrollmentId),
        rows.map((r) => r.enrollmentVersion),
      ],
    );
  }

  async countRows(importId: string): Promise<RowCounts> {
    const [row] = await this.tx.manager.query<Array<Record<keyof RowCounts, number>>>(
      `SELECT count(*)::int AS rows,
              count(*) FILTER (WHERE action = 'CREATE')::int AS create,
              count(*) FILTER (WHERE action = 'UPDATE')::int AS update,
              count(*) FILTER (WHERE action = 'UNCHANGED')::int AS unchanged,
              count(*) FILTER (WHERE action = 'REFUSED')::int AS refused
         FROM register_import_row WHERE import_id = $1`,
      [importId],
    );
    return row ?? { rows: 0, create: 0, update: 0, unchanged: 0, refused: 0 };
  }

  // The report, by line. The caller has read the dry run through its access predicate.
  async rowPage(
    importId: string,
    actions: readonly RegisterImportAction[] | undefined,
    page: { first?: number; after?: string },
  ): Promise<Page<RegisterImportRowEntity>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const query = this.tx.manager
      .getRepository(RegisterImportRowEntity)
      .createQueryBuilder('r')
      .where('r.import_id = :importId', { importId });
    if (actions && actions.length > 0) query.andWhere('r.action IN (:...actions)', { actions });
    const totalCount = await query.clone().getCount();
    if (page.after) {
      const [line] = decodeCursor(page.after, 1);
      query.andWhere('r.line > :line', { line: Number(line) });
    }
    const rows = await query
      .orderBy('r.line', 'ASC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount,
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([String(last.line)]) : null },
    };
  }

  // The rows a run applies or checks, in file order.
  applicableRows(importId: string): Promise<RegisterImportRowEntity[]> {
    return this.tx.manager
      .getRepository(RegisterImportRowEntity)
      .createQueryBuilder('r')
      .where("r.import_id = :importId AND r.action <> 'REFUSED'", { importId })
      .orderBy('r.line', 'ASC')
      .getMany();
  }

  async finishDryRun(id: string, counts: RowCounts, now: Date): Promise<void> {
    await this.tx.manager.query(
      `UPDATE register_import SET status = 'READY', row_count = $2, create_count = $3, update_count = $4,
              unchanged_count = $5, refused_count = $6, finished_at = $7 WHERE id = $1`,
      [id, counts.rows, counts.create, counts.update, counts.unchanged, counts.refused, now],
    );
  }

  async refuseDryRun(id: string, code: string, now: Date): Promise<void> {
    await this.tx.manager.query(
      `UPDATE register_import SET status = 'REFUSED', error_code = $2, finished_at = $3 WHERE id = $1`,
      [id, code, now],
    );
  }

  // After the run: the report stays (line, action, code, field, changes); the personal values it
  // carried for the run are gone.
  async markApplied(id: string, userId: string, now: Date): Promise<void> {
    await this.tx.manager.query(
      `UPDATE register_import SET status = 'APPLIED', applied_by_id = $2, applied_at = $3 WHERE id = $1`,
      [id, userId, now],
    );
    await this.tx.manager.query(
      `UPDATE register_import_row
          SET personal_identity_number = NULL, given_name = NULL, family_name = NULL, phone = NULL, email = NULL
        WHERE import_id = $1`,
      [id],
    );
  }

  // Dry runs never run, older than `hours`: deleted with their rows. Returns how many.
  async pruneDryRuns(now: Date, hours: number): Promise<number> {
    const result = await this.tx.manager.query<[unknown[], number]>(
      `DELETE FROM register_import
        WHERE status <> 'APPLIED' AND created_at < $1::timestamptz - make_interval(hours => $2)`,
      [now, hours],
    );
    return result[1];
  }

  // Active coordinators of the KAA unit by their e-mail (lower case).
  async coordinatorsByEmail(kaaUnitId: string): Promise<Map<string, string>> {
    const rows = await this.tx.manager.query<Array<{ id: string; email: string }>>(
      `SELECT DISTINCT u.id, lower(u.email) AS email
         FROM membership m JOIN app_user u ON u.id = m.user_id AND u.disabled_at IS NULL
        WHERE m.organization_id = $1 AND m.ended_at IS NULL AND m.role = 'COORDINATOR'`,
      [kaaUnitId],
    );
    return new Map(rows.map((row) => [row.email, row.id]));
  }
}
