import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Absence days as a file (issue 17): the files of absence days a school imported, so that the
// same file or the same idempotency key creates nothing new (as `signal_import` does for signals).

export class AbsenceImport1796780000000 implements MigrationInterface {
  name = 'AbsenceImport1796780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "school_absence_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "school_id" uuid NOT NULL, "idempotency_key" character varying(100) NOT NULL, "content_hash" character(64) NOT NULL, "file_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "row_count" integer NOT NULL, "created_count" integer NOT NULL, "created_by_id" uuid, "credential_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_school_absence_import" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_school_absence_import_content" ON "school_absence_import"  ("school_id", "content_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_school_absence_import_key" ON "school_absence_import"  ("school_id", "idempotency_key") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "school_absence_import" IS \'A file of absence days imported from a school (all rows or none).\'',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "school_absence_import" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('COMMENT ON TABLE "school_absence_import" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_school_absence_import_key"');
    await queryRunner.query('DROP INDEX "public"."uq_school_absence_import_content"');
    await queryRunner.query('DROP TABLE "school_absence_import"');
  }
}
