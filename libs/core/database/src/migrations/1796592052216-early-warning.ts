import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Early warning (issue 17): the municipality's indicators, the schools' absence days, their pupils
// (class, mentor), student health staff and the suggestions with their reviews; the access log's
// ground SCHOOL for a school's reads of its own pupils.

export class EarlyWarning1796592052216 implements MigrationInterface {
  name = 'EarlyWarning1796592052216';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "early_warning_settings" ("municipality_id" uuid NOT NULL, "attendance_enabled" boolean NOT NULL DEFAULT true, "attendance_min_percent" smallint NOT NULL DEFAULT \'90\', "attendance_period_days" smallint NOT NULL DEFAULT \'28\', "unexcused_enabled" boolean NOT NULL DEFAULT true, "unexcused_count" smallint NOT NULL DEFAULT \'4\', "unexcused_days" smallint NOT NULL DEFAULT \'30\', "weekday_enabled" boolean NOT NULL DEFAULT true, "weekday_count" smallint NOT NULL DEFAULT \'3\', "weekday_days" smallint NOT NULL DEFAULT \'42\', "single_days_enabled" boolean NOT NULL DEFAULT true, "single_days_count" smallint NOT NULL DEFAULT \'4\', "single_days_days" smallint NOT NULL DEFAULT \'30\', "drop_out_enabled" boolean NOT NULL DEFAULT true, "escalate_after_days" smallint NOT NULL DEFAULT \'5\', "version" integer NOT NULL DEFAULT \'1\', "updated_at" TIMESTAMP WITH TIME ZONE, "updated_by_id" uuid, CONSTRAINT "ck_early_warning_settings_ranges" CHECK (attendance_min_percent BETWEEN 1 AND 100 AND attendance_period_days BETWEEN 7 AND 365 AND unexcused_count BETWEEN 1 AND 100 AND unexcused_days BETWEEN 7 AND 365 AND weekday_count BETWEEN 2 AND 50 AND weekday_days BETWEEN 14 AND 365 AND single_days_count BETWEEN 2 AND 100 AND single_days_days BETWEEN 7 AND 365 AND escalate_after_days BETWEEN 1 AND 90), CONSTRAINT "PK_2203cc6d7b0f9e08e18e9f61695" PRIMARY KEY ("municipality_id"))',
    );
    await queryRunner.query(
      "COMMENT ON TABLE \"early_warning_settings\" IS 'A municipality''s early-warning indicators and thresholds.'",
    );
    await queryRunner.query(
      'CREATE TABLE "early_warning_suggestion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "school_id" uuid NOT NULL, "pupil_id" uuid NOT NULL, "personal_identity_number" character(12) NOT NULL, "indicator" character varying(24) NOT NULL, "condition_key" character varying(100) NOT NULL, "facts" jsonb NOT NULL, "status" character varying(10) NOT NULL, "addressed_level" character varying(16) NOT NULL, "addressed_to_id" uuid, "escalated_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "decision" character varying(16), "action_taken" character varying(2000), "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_early_warning_suggestion_decision" CHECK (decision IN (\'ACTION_TAKEN\', \'MONITOR\', \'NO_ACTION\')), CONSTRAINT "ck_early_warning_suggestion_level" CHECK (addressed_level IN (\'MENTOR\', \'STUDENT_HEALTH\', \'SCHOOL\')), CONSTRAINT "ck_early_warning_suggestion_status" CHECK (status IN (\'OPEN\', \'REVIEWED\', \'ENDED\')), CONSTRAINT "ck_early_warning_suggestion_indicator" CHECK (indicator IN (\'ATTENDANCE_BELOW\', \'UNEXCUSED_ABSENCES\', \'SAME_WEEKDAY\', \'SINGLE_DAYS\', \'DROP_OUT\')), CONSTRAINT "PK_early_warning_suggestion" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_early_warning_suggestion_school" ON "early_warning_suggestion"  ("municipality_id", "school_id", "status", "opened_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_early_warning_suggestion_condition" ON "early_warning_suggestion"  ("school_id", "personal_identity_number", "indicator", "condition_key") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_early_warning_suggestion_open" ON "early_warning_suggestion"  ("school_id", "personal_identity_number", "indicator") WHERE status = \'OPEN\'',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "early_warning_suggestion" IS \'An early-warning suggestion to review a pupil (school staff).\'',
    );
    await queryRunner.query(
      'CREATE TABLE "school_pupil" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "school_id" uuid NOT NULL, "personal_identity_number" character(12) NOT NULL, "class_name" character varying(40), "mentor_user_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_school_pupil" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_school_pupil_mentor" ON "school_pupil"  ("mentor_user_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_school_pupil" ON "school_pupil"  ("school_id", "personal_identity_number") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "school_pupil" IS \'A pupil of a school for early warning: class and mentor.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "school_absence_day" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "school_id" uuid NOT NULL, "personal_identity_number" character(12) NOT NULL, "day" date NOT NULL, "unexcused" boolean NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_school_absence_day" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_school_absence_day_municipality" ON "school_absence_day"  ("municipality_id", "day") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_school_absence_day" ON "school_absence_day"  ("school_id", "personal_identity_number", "day") ',
    );
    await queryRunner.query(
      "COMMENT ON TABLE \"school_absence_day\" IS 'A pupil''s absence day at a school (the school''s own data).'",
    );
    await queryRunner.query(
      'CREATE TABLE "school_staff_function" ("school_id" uuid NOT NULL, "user_id" uuid NOT NULL, "function" character varying(20) NOT NULL, "municipality_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_school_staff_function" CHECK (function IN (\'STUDENT_HEALTH\')), CONSTRAINT "PK_929e0a9be66d708363c6b8a506b" PRIMARY KEY ("school_id", "user_id", "function"))',
    );
    await queryRunner.query(
      "COMMENT ON TABLE \"school_staff_function\" IS 'A school staff member''s early-warning function at the school.'",
    );
    await queryRunner.query('ALTER TYPE "public"."access_ground" ADD VALUE IF NOT EXISTS \'SCHOOL\'');
    await queryRunner.query(
      'ALTER TABLE "early_warning_settings" ADD CONSTRAINT "fk_early_warning_settings_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON "early_warning_settings", "early_warning_suggestion", "school_pupil", "school_absence_day" TO ${app}`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON "school_staff_function" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "early_warning_settings" DROP CONSTRAINT "fk_early_warning_settings_municipality"',
    );
    // PostgreSQL cannot drop an enum value; SCHOOL stays in access_ground (as STATUTORY_REPORT does).
    await queryRunner.query('COMMENT ON TABLE "school_staff_function" IS NULL');
    await queryRunner.query('DROP TABLE "school_staff_function"');
    await queryRunner.query('COMMENT ON TABLE "school_absence_day" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_school_absence_day"');
    await queryRunner.query('DROP INDEX "public"."ix_school_absence_day_municipality"');
    await queryRunner.query('DROP TABLE "school_absence_day"');
    await queryRunner.query('COMMENT ON TABLE "school_pupil" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_school_pupil"');
    await queryRunner.query('DROP INDEX "public"."ix_school_pupil_mentor"');
    await queryRunner.query('DROP TABLE "school_pupil"');
    await queryRunner.query('COMMENT ON TABLE "early_warning_suggestion" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_early_warning_suggestion_open"');
    await queryRunner.query('DROP INDEX "public"."uq_early_warning_suggestion_condition"');
    await queryRunner.query('DROP INDEX "public"."ix_early_warning_suggestion_school"');
    await queryRunner.query('DROP TABLE "early_warning_suggestion"');
    await queryRunner.query('COMMENT ON TABLE "early_warning_settings" IS NULL');
    await queryRunner.query('DROP TABLE "early_warning_settings"');
  }
}
