import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Import of an existing KAA register (issue 16): the municipality's column mapping, dry runs and
// their per-row reports.
export class RegisterImport1796581981273 implements MigrationInterface {
  name = 'RegisterImport1796581981273';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "register_import_mapping" ("municipality_id" uuid NOT NULL, "columns" jsonb NOT NULL, "default_registration_reason" character varying(40) NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "updated_by_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_register_import_mapping" PRIMARY KEY ("municipality_id"))',
    );
    await queryRunner.query(
      "COMMENT ON TABLE \"register_import_mapping\" IS 'A municipality''s column mapping for importing its existing KAA register.'",
    );
    await queryRunner.query(
      'CREATE TABLE "register_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kaa_unit_id" uuid NOT NULL, "file_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "columns" jsonb NOT NULL, "default_registration_reason" character varying(40) NOT NULL, "status" character varying(16) NOT NULL, "job_id" uuid, "row_count" integer NOT NULL DEFAULT \'0\', "create_count" integer NOT NULL DEFAULT \'0\', "update_count" integer NOT NULL DEFAULT \'0\', "unchanged_count" integer NOT NULL DEFAULT \'0\', "refused_count" integer NOT NULL DEFAULT \'0\', "error_code" character varying(64), "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "applied_by_id" uuid, "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_register_import_status" CHECK (status IN (\'QUEUED\', \'READY\', \'REFUSED\', \'APPLIED\')), CONSTRAINT "PK_register_import" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_register_import_unit" ON "register_import"  ("municipality_id", "kaa_unit_id", "created_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "register_import" IS \'A dry run of an existing KAA register file, and its run (all rows or none).\'',
    );
    await queryRunner.query(
      'CREATE TABLE "register_import_row" ("import_id" uuid NOT NULL, "line" integer NOT NULL, "action" character varying(16) NOT NULL, "code" character varying(64), "field" character varying(100), "changes" character varying(32) array NOT NULL DEFAULT \'{}\', "personal_identity_number" character(12), "given_name" character varying(100), "family_name" character varying(100), "coordinator_id" uuid, "registered_on" date, "status" character varying(40), "registration_reason" character varying(40), "phone" character varying(40), "email" character varying(320), "young_person_id" uuid, "young_person_version" integer, "enrollment_id" uuid, "enrollment_version" integer, CONSTRAINT "ck_register_import_row_action" CHECK (action IN (\'CREATE\', \'UPDATE\', \'UNCHANGED\', \'REFUSED\')), CONSTRAINT "PK_register_import_row" PRIMARY KEY ("import_id", "line"))',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "register_import_row" IS \'One row of a register dry run: its action and values.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "register_import_row" ADD CONSTRAINT "fk_register_import_row_import" FOREIGN KEY ("import_id") REFERENCES "register_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "register_import_mapping", "register_import", "register_import_row" TO ${app}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "register_import_row" DROP CONSTRAINT "fk_register_import_row_import"');
    await queryRunner.query('COMMENT ON TABLE "register_import_row" IS NULL');
    await queryRunner.query('DROP TABLE "register_import_row"');
    await queryRunner.query('COMMENT ON TABLE "register_import" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_register_import_unit"');
    await queryRunner.query('DROP TABLE "register_import"');
    await queryRunner.query('COMMENT ON TABLE "register_import_mapping" IS NULL');
    await queryRunner.query('DROP TABLE "register_import_mapping"');
  }
}
