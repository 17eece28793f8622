import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Signals from schools (issue 16): the signals and the files they came in; a "to check" entry
// may now be opened by a signal (a drop-out) before any matching run has seen the person.

export class Signals1796581869935 implements MigrationInterface {
  name = 'Signals1796581869935';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "signal_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "school_id" uuid NOT NULL, "idempotency_key" character varying(100) NOT NULL, "content_hash" character(64) NOT NULL, "file_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "row_count" integer NOT NULL, "created_count" integer NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_signal_import" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_signal_import_content" ON "signal_import"  ("school_id", "content_hash") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_signal_import_key" ON "signal_import"  ("school_id", "idempotency_key") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "signal_import" IS \'A file of signals imported from a school (all rows or none).\'',
    );
    await queryRunner.query(
      'CREATE TABLE "signal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "school_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "personal_identity_number" character(12) NOT NULL, "coordination_number" boolean NOT NULL, "young_person_id" uuid, "occurred_on" date NOT NULL, "period_start" date, "period_end" date, "absence_percent" smallint, "details" character varying(1000), "hash" character(64) NOT NULL, "import_id" uuid, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decision" character varying(16), "decision_reason" character varying(1000), "handled_by_id" uuid, "handled_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "ck_signal_absence_percent" CHECK (absence_percent BETWEEN 0 AND 100), CONSTRAINT "ck_signal_decision" CHECK (decision IN (\'CONTACTED\', \'MEASURE_STARTED\', \'NO_ACTION\')), CONSTRAINT "ck_signal_kind" CHECK (kind IN (\'UNEXCUSED_ABSENCE\', \'ABSENCE_INVESTIGATION_STARTED\', \'STARTED_UPPER_SECONDARY\', \'LEFT_UPPER_SECONDARY\', \'ABSENCE_PERIOD\')), CONSTRAINT "PK_signal" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_signal_person" ON "signal"  ("municipality_id", "personal_identity_number") ',
    );
    await queryRunner.query('CREATE INDEX "ix_signal_young_person" ON "signal"  ("young_person_id") ');
    await queryRunner.query(
      'CREATE INDEX "ix_signal_municipality" ON "signal"  ("municipality_id", "handled_at", "occurred_on", "id") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_signal_hash" ON "signal"  ("school_id", "hash") ');
    await queryRunner.query(
      'COMMENT ON TABLE "signal" IS \'A signal from a school about a pupil (absence, start or drop-out).\'',
    );
    await queryRunner.query('ALTER TABLE "target_group_check" ADD "signal_id" uuid');
    await queryRunner.query('ALTER TABLE "target_group_check" ALTER COLUMN "first_run_id" DROP NOT NULL');
    await queryRunner.query('ALTER TABLE "target_group_check" ALTER COLUMN "last_run_id" DROP NOT NULL');
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "signal", "signal_import" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "target_group_check" ALTER COLUMN "last_run_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "target_group_check" ALTER COLUMN "first_run_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "target_group_check" DROP COLUMN "signal_id"');
    await queryRunner.query('COMMENT ON TABLE "signal" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_signal_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_signal_municipality"');
    await queryRunner.query('DROP INDEX "public"."ix_signal_young_person"');
    await queryRunner.query('DROP INDEX "public"."ix_signal_person"');
    await queryRunner.query('DROP TABLE "signal"');
    await queryRunner.query('COMMENT ON TABLE "signal_import" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_signal_import_key"');
    await queryRunner.query('DROP INDEX "public"."uq_signal_import_content"');
    await queryRunner.query('DROP TABLE "signal_import"');
  }
}
