import { MigrationInterface, QueryRunner } from 'typeorm';

const OLD_RANGES =
  'no_coordinator_days BETWEEN 0 AND 365 AND no_contact_days BETWEEN 1 AND 365 AND never_reached_attempts BETWEEN 1 AND 50 AND no_activity_days BETWEEN 1 AND 365 AND overdue_grace_days BETWEEN 0 AND 90 AND referral_unanswered_days BETWEEN 1 AND 365 AND consent_expiring_days BETWEEN 1 AND 365 AND status_unknown_days BETWEEN 1 AND 365 AND turning_20_days BETWEEN 1 AND 365 AND first_contact_days BETWEEN 1 AND 90 AND offer_days BETWEEN 1 AND 365 AND escalate_after_days BETWEEN 1 AND 90';

const NEW_RANGES = OLD_RANGES.replace(
  'offer_days BETWEEN 1 AND 365',
  'offer_days BETWEEN 1 AND 365 AND signal_not_handled_days BETWEEN 1 AND 365 AND to_check_days BETWEEN 1 AND 365',
);

// Two more gap rules (issue 17): a school's signal not handled within N days and a "to check"
// entry left for N days. Their thresholds; and an alert may now be about a record with no
// registered young person (young_person_id null), kept for the KAA unit (kaa_unit_id) whose team
// lead reads it. A second partial unique index keeps such a condition's one open alert. The unit
// is filled in for the alerts already kept (their young person's unit).
export class AlertSignalAndCheckRules1796591789189 implements MigrationInterface {
  name = 'AlertSignalAndCheckRules1796591789189';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "alert" ADD "kaa_unit_id" uuid');
    await queryRunner.query(
      'UPDATE "alert" a SET "kaa_unit_id" = yp."kaa_unit_id" FROM "young_person" yp WHERE yp."id" = a."young_person_id"',
    );
    await queryRunner.query('ALTER TABLE "alert" ALTER COLUMN "young_person_id" DROP NOT NULL');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_alert_open_unit_condition" ON "alert"  ("rule", "condition_key") WHERE ended_at IS NULL AND young_person_id IS NULL',
    );
    await queryRunner.query(`ALTER TABLE "alert_settings" ADD "signal_not_handled_days" smallint NOT NULL DEFAULT '7'`);
    await queryRunner.query(`ALTER TABLE "alert_settings" ADD "to_check_days" smallint NOT NULL DEFAULT '14'`);
    await queryRunner.query('ALTER TABLE "alert_settings" DROP CONSTRAINT "ck_alert_settings_ranges"');
    await queryRunner.query(
      `ALTER TABLE "alert_settings" ADD CONSTRAINT "ck_alert_settings_ranges" CHECK (${NEW_RANGES})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "alert_settings" DROP CONSTRAINT "ck_alert_settings_ranges"');
    await queryRunner.query(
      `ALTER TABLE "alert_settings" ADD CONSTRAINT "ck_alert_settings_ranges" CHECK (${OLD_RANGES})`,
    );
    await queryRunner.query('ALTER TABLE "alert_settings" DROP COLUMN "to_check_days"');
    await queryRunner.query('ALTER TABLE "alert_settings" DROP COLUMN "signal_not_handled_days"');
    await queryRunner.query('DROP INDEX "public"."uq_alert_open_unit_condition"');
    await queryRunner.query('DELETE FROM "alert" WHERE "young_person_id" IS NULL');
    await queryRunner.query('ALTER TABLE "alert" ALTER COLUMN "young_person_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "alert" DROP COLUMN "kaa_unit_id"');
  }
}
