import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// One access_log row per response and ground names every young person read on it (a uuid[]
// with a GIN index), instead of one row per young person: a caseload page wrote 50 rows. Earlier
// rows become rows of one young person; their hashes stay valid (accessChainHash hashes a row of
// one young person as before). Readers see one entry per young person through access_log_entry.
export class AccessLogGroupedRows1795593972663 implements MigrationInterface {
  name = 'AccessLogGroupedRows1795593972663';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."ix_access_log_young_person"');
    // A type change rewrites the table without firing the append-only row trigger.
    await queryRunner.query(
      'ALTER TABLE "access_log" ALTER COLUMN "young_person_id" TYPE uuid array USING ARRAY["young_person_id"]',
    );
    await queryRunner.query('ALTER TABLE "access_log" RENAME COLUMN "young_person_id" TO "young_person_ids"');
    await queryRunner.query(
      'ALTER TABLE "access_log" ADD CONSTRAINT "ck_access_log_young_people" CHECK (cardinality(young_person_ids) >= 1)',
    );
    await queryRunner.query('CREATE INDEX "ix_access_log_young_people" ON "access_log" USING gin ("young_person_ids")');
    await queryRunner.query(`CREATE VIEW "access_log_entry" AS
      SELECT CASE WHEN cardinality(al.young_person_ids) = 1 THEN al.id
                  ELSE md5(al.id::text || '/' || p.young_person_id::text)::uuid END AS id,
             al.id AS log_id, al.municipality_id, al.seq, al.occurred_at, al.user_id, al.role, al.organization_id,
             p.young_person_id, al.young_person_ids, al.categories, al.ground, al.consent_ids,
             al.emergency_access_id, al.disclosure_id, al.operation, al.request_id
        FROM access_log al
        CROSS JOIN LATERAL unnest(al.young_person_ids) AS p(young_person_id)`);
    await queryRunner.query(
      'COMMENT ON VIEW "access_log_entry" IS \'The access log with one entry per young person of each row.\'',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT ON "access_log_entry" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const grouped = (await queryRunner.query(
      'SELECT count(*)::int AS n FROM access_log WHERE cardinality(young_person_ids) > 1',
    )) as Array<{ n: number }>;
    if ((grouped[0]?.n ?? 0) > 0) {
      // Splitting a row would break its hash chain; the log is evidence and is not rewritten.
      throw new Error('access_log holds rows of several young people; they cannot be split back');
    }
    await queryRunner.query('DROP VIEW "access_log_entry"');
    await queryRunner.query('DROP INDEX "public"."ix_access_log_young_people"');
    await queryRunner.query('ALTER TABLE "access_log" DROP CONSTRAINT "ck_access_log_young_people"');
    await queryRunner.query('ALTER TABLE "access_log" RENAME COLUMN "young_person_ids" TO "young_person_id"');
    await queryRunner.query(
      'ALTER TABLE "access_log" ALTER COLUMN "young_person_id" TYPE uuid USING "young_person_id"[1]',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_log_young_person" ON "access_log" ("municipality_id", "young_person_id", "occurred_at") ',
    );
  }
}
