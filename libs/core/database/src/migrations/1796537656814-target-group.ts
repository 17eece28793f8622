import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Target-group identification (issue 16): imported population extracts and enrolment lists, the
// matching runs, and the "to check" entries they produce.
export class TargetGroup1796537656814 implements MigrationInterface {
  name = 'TargetGroup1796537656814';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "target_group_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kaa_unit_id" uuid NOT NULL, "personal_identity_number" character(12) NOT NULL, "coordination_number" boolean NOT NULL, "date_of_birth" date NOT NULL, "given_name" character varying(100), "family_name" character varying(100), "status" character varying(16) NOT NULL, "lists_date" date NOT NULL, "last_school" character varying(200), "left_school_on" date, "first_run_id" uuid NOT NULL, "last_run_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "left_reason" character varying(24), "left_school" character varying(200), "left_at" TIMESTAMP WITH TIME ZONE, "dismiss_reason" character varying(16), "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "young_person_id" uuid, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_target_group_check_left_reason" CHECK (left_reason IN (\'IN_ENROLLMENT_LIST\', \'DIPLOMA_RECORDED\', \'REGISTERED\', \'NOT_RESIDENT\', \'OUTSIDE_AGE_BAND\')), CONSTRAINT "ck_target_group_check_dismiss_reason" CHECK (dismiss_reason IN (\'MOVED\', \'DIPLOMA\', \'ALREADY_HANDLED\')), CONSTRAINT "ck_target_group_check_status" CHECK (status IN (\'TO_CHECK\', \'LEFT\', \'REGISTERED\', \'DISMISSED\')), CONSTRAINT "PK_target_group_check" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_group_check_queue" ON "target_group_check"  ("municipality_id", "kaa_unit_id", "status", "family_name", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_target_group_check_person" ON "target_group_check"  ("municipality_id", "personal_identity_number") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "target_group_check" IS \'A "to check" entry of the target-group matching.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "target_group_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kaa_unit_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "file_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "as_of" date NOT NULL, "school_name" character varying(200), "status" character varying(16) NOT NULL, "job_id" uuid, "row_count" integer NOT NULL DEFAULT \'0\', "error_count" integer NOT NULL DEFAULT \'0\', "error_code" character varying(64), "errors" jsonb NOT NULL DEFAULT \'[]\', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_target_group_import_status" CHECK (status IN (\'QUEUED\', \'SUCCEEDED\', \'REFUSED\')), CONSTRAINT "ck_target_group_import_kind" CHECK (kind IN (\'POPULATION\', \'ENROLLMENT\')), CONSTRAINT "PK_target_group_import" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_group_import_unit" ON "target_group_import"  ("municipality_id", "kaa_unit_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_target_group_import_file" ON "target_group_import"  ("municipality_id", "file_id", "kind") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "target_group_import" IS \'A population extract or enrolment list read for target-group matching (all rows or none).\'',
    );
    await queryRunner.query(
      'CREATE TABLE "target_group_import_row" ("import_id" uuid NOT NULL, "line" integer NOT NULL, "personal_identity_number" character(12) NOT NULL, "coordination_number" boolean NOT NULL, "date_of_birth" date NOT NULL, "given_name" character varying(100), "family_name" character varying(100), "school_name" character varying(200), "left_on" date, "diploma" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_target_group_import_row" PRIMARY KEY ("import_id", "line"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_group_import_row_person" ON "target_group_import_row"  ("import_id", "personal_identity_number") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "target_group_import_row" IS \'A person of an imported extract or list.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "target_group_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kaa_unit_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "population_import_id" uuid NOT NULL, "enrollment_import_ids" uuid array NOT NULL, "population_file_name" character varying(255) NOT NULL, "enrollment_file_names" character varying(255) array NOT NULL, "lists_date" date NOT NULL, "judged_on" date, "job_id" uuid, "residents" integer NOT NULL DEFAULT \'0\', "in_age_band" integer NOT NULL DEFAULT \'0\', "enrolled" integer NOT NULL DEFAULT \'0\', "new_count" integer NOT NULL DEFAULT \'0\', "still_count" integer NOT NULL DEFAULT \'0\', "left_count" integer NOT NULL DEFAULT \'0\', "unknown_count" integer NOT NULL DEFAULT \'0\', "dismissed_count" integer NOT NULL DEFAULT \'0\', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_target_group_run_status" CHECK (status IN (\'QUEUED\', \'SUCCEEDED\', \'FAILED\')), CONSTRAINT "PK_target_group_run" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_target_group_run_unit" ON "target_group_run"  ("municipality_id", "kaa_unit_id", "created_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "target_group_run" IS \'A matching run of the population extract against enrolment lists.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "target_group_import_row" ADD CONSTRAINT "fk_target_group_import_row_import" FOREIGN KEY ("import_id") REFERENCES "target_group_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "target_group_import", "target_group_import_row", "target_group_run", "target_group_check" TO ${app}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "target_group_import_row" DROP CONSTRAINT "fk_target_group_import_row_import"',
    );
    await queryRunner.query('COMMENT ON TABLE "target_group_run" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_target_group_run_unit"');
    await queryRunner.query('DROP TABLE "target_group_run"');
    await queryRunner.query('COMMENT ON TABLE "target_group_import_row" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_target_group_import_row_person"');
    await queryRunner.query('DROP TABLE "target_group_import_row"');
    await queryRunner.query('COMMENT ON TABLE "target_group_import" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_target_group_import_file"');
    await queryRunner.query('DROP INDEX "public"."ix_target_group_import_unit"');
    await queryRunner.query('DROP TABLE "target_group_import"');
    await queryRunner.query('COMMENT ON TABLE "target_group_check" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_target_group_check_person"');
    await queryRunner.query('DROP INDEX "public"."ix_target_group_check_queue"');
    await queryRunner.query('DROP TABLE "target_group_check"');
  }
}
