import type { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

const SUBJECTS_CHECK = `CASE WHEN subject_kind = 'SCHOOL_PUPIL'
  THEN cardinality(school_pupil_ids) >= 1 AND cardinality(young_person_ids) = 0
  ELSE cardinality(young_person_ids) >= 1 AND cardinality(school_pupil_ids) = 0 END`;

// The view as AccessLogGroupedRows1795593972663 made it, for down().
const GROUPED_VIEW = `SELECT CASE WHEN cardinality(al.young_person_ids) = 1 THEN al.id
                  ELSE md5(al.id::text || '/' || p.young_person_id::text)::uuid END AS id,
             al.id AS log_id, al.municipality_id, al.seq, al.occurred_at, al.user_id, al.role, al.organization_id,
             p.young_person_id, al.young_person_ids, al.categories, al.ground, al.consent_ids,
             al.emergency_access_id, al.disclosure_id, al.operation, al.request_id
        FROM access_log al
        CROSS JOIN LATERAL unnest(al.young_person_ids) AS p(young_person_id)`;

// The access log says what kind of subject a row's reads were about (issue 19): the school's
// early-warning reads named school_pupil ids in young_person_ids, so the reviewer and the young
// person's own view took pupils for young people. New rows name their kind (subject_kind) and
// put pupils in school_pupil_ids.
//
// The log is evidence and is not rewritten: rows written before this migration keep
// subject_kind NULL (the column gets its default only after it exists, so PostgreSQL does not
// fill it in for them) and their hashes, which covered no kind, stay valid (accessChainHash
// hashes a row with a NULL kind and no pupils as before). The access_log_entry view gives
// such a row its kind from its ground: SCHOOL rows were the early-warning reads, about pupils.
export class AccessLogSubjectKind1796830000000 implements MigrationInterface {
  name = 'AccessLogSubjectKind1796830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."access_subject_kind" AS ENUM('YOUNG_PERSON', 'SCHOOL_PUPIL')`);
    // Neither addition rewrites the table (a constant default is stored in the catalogue), so the
    // append-only row trigger is not involved.
    await queryRunner.query('ALTER TABLE "access_log" ADD "subject_kind" "public"."access_subject_kind"');
    await queryRunner.query(`ALTER TABLE "access_log" ALTER COLUMN "subject_kind" SET DEFAULT 'YOUNG_PERSON'`);
    await queryRunner.query(`ALTER TABLE "access_log" ADD "school_pupil_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query('ALTER TABLE "access_log" DROP CONSTRAINT "ck_access_log_young_people"');
    await queryRunner.query(
      `ALTER TABLE "access_log" ADD CONSTRAINT "ck_access_log_subjects" CHECK (${SUBJECTS_CHECK})`,
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_log_school_pupils" ON "access_log" USING gin ("school_pupil_ids")',
    );
    // New columns only at the end: CREATE OR REPLACE keeps the view's grants and its readers.
    await queryRunner.query(`CREATE OR REPLACE VIEW "access_log_entry" AS
      SELECT CASE WHEN cardinality(al.young_person_ids) + cardinality(al.school_pupil_ids) = 1 THEN al.id
                  ELSE md5(al.id::text || '/' || p.subject_id::text)::uuid END AS id,
             al.id AS log_id, al.municipality_id, al.seq, al.occurred_at, al.user_id, al.role, al.organization_id,
             CASE WHEN k.kind = 'YOUNG_PERSON' THEN p.subject_id END AS young_person_id,
             al.young_person_ids, al.categories, al.ground, al.consent_ids,
             al.emergency_access_id, al.disclosure_id, al.operation, al.request_id,
             k.kind AS subject_kind, p.subject_id,
             CASE WHEN k.kind = 'SCHOOL_PUPIL' THEN p.subject_id END AS school_pupil_id,
             al.school_pupil_ids
        FROM access_log al
        CROSS JOIN LATERAL (SELECT COALESCE(al.subject_kind,
                              CASE WHEN al.ground = 'SCHOOL' THEN 'SCHOOL_PUPIL' ELSE 'YOUNG_PERSON' END
                                ::"public"."access_subject_kind") AS kind) k
        CROSS JOIN LATERAL unnest(al.young_person_ids || al.school_pupil_ids) AS p(subject_id)`);
    await queryRunner.query(
      'COMMENT ON VIEW "access_log_entry" IS \'The access log with one entry per subject (young person or school pupil) of each row.\'',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT ON "access_log_entry" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const kinded = (await queryRunner.query(
      'SELECT count(*)::int AS n FROM access_log WHERE subject_kind IS NOT NULL',
    )) as Array<{ n: number }>;
    if ((kinded[0]?.n ?? 0) > 0) {
      // Their hashes cover the kind and the pupils; dropping the columns would break the chain.
      throw new Error('access_log holds rows that name their subject kind; the columns cannot be dropped');
    }
    await queryRunner.query('DROP VIEW "access_log_entry"');
    await queryRunner.query(`CREATE VIEW "access_log_entry" AS ${GROUPED_VIEW}`);
    await queryRunner.query(
      'COMMENT ON VIEW "access_log_entry" IS \'The access log with one entry per young person of each row.\'',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT ON "access_log_entry" TO ${app}`);
    await queryRunner.query('DROP INDEX "public"."ix_access_log_school_pupils"');
    await queryRunner.query('ALTER TABLE "access_log" DROP CONSTRAINT "ck_access_log_subjects"');
    await queryRunner.query(
      'ALTER TABLE "access_log" ADD CONSTRAINT "ck_access_log_young_people" CHECK (cardinality(young_person_ids) >= 1)',
    );
    await queryRunner.query('ALTER TABLE "access_log" DROP COLUMN "school_pupil_ids"');
    await queryRunner.query('ALTER TABLE "access_log" DROP COLUMN "subject_kind"');
    await queryRunner.query('DROP TYPE "public"."access_subject_kind"');
  }
}
