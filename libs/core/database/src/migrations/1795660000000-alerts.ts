import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Gap alerts (issue 17): each municipality's thresholds and timers, and the alerts the
// evaluation job opens, keeps and resolves. An alert is open for one condition at a time: the
// partial unique index holds while the condition lasts (ended_at IS NULL), so no run and no
// two runs in parallel can open it twice; its row stays as history once the condition ends.
export class Alerts1795660000000 implements MigrationInterface {
  name = 'Alerts1795660000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alert_settings" (
        "municipality_id" uuid NOT NULL,
        "no_coordinator_days" smallint NOT NULL DEFAULT 3,
        "no_contact_days" smallint NOT NULL DEFAULT 30,
        "never_reached_attempts" smallint NOT NULL DEFAULT 3,
        "no_activity_days" smallint NOT NULL DEFAULT 30,
        "overdue_grace_days" smallint NOT NULL DEFAULT 0,
        "referral_unanswered_days" smallint NOT NULL DEFAULT 14,
        "consent_expiring_days" smallint NOT NULL DEFAULT 30,
        "status_unknown_days" smallint NOT NULL DEFAULT 30,
        "turning_20_days" smallint NOT NULL DEFAULT 90,
        "first_contact_days" smallint NOT NULL DEFAULT 5,
        "first_contact_working_days" boolean NOT NULL DEFAULT true,
        "offer_days" smallint NOT NULL DEFAULT 30,
        "offer_working_days" boolean NOT NULL DEFAULT false,
        "escalate_after_days" smallint NOT NULL DEFAULT 7,
        "disabled_rules" character varying(40) array NOT NULL DEFAULT '{}',
        "version" integer NOT NULL DEFAULT 1,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_by_id" uuid,
        CONSTRAINT "PK_alert_settings" PRIMARY KEY ("municipality_id"),
        CONSTRAINT "ck_alert_settings_ranges" CHECK (no_coordinator_days BETWEEN 0 AND 365 AND no_contact_days BETWEEN 1 AND 365 AND never_reached_attempts BETWEEN 1 AND 50 AND no_activity_days BETWEEN 1 AND 365 AND overdue_grace_days BETWEEN 0 AND 90 AND referral_unanswered_days BETWEEN 1 AND 365 AND consent_expiring_days BETWEEN 1 AND 365 AND status_unknown_days BETWEEN 1 AND 365 AND turning_20_days BETWEEN 1 AND 365 AND first_contact_days BETWEEN 1 AND 90 AND offer_days BETWEEN 1 AND 365 AND escalate_after_days BETWEEN 1 AND 90)
      )`,
    );
    await queryRunner.query(
      'ALTER TABLE "alert_settings" ADD CONSTRAINT "fk_alert_settings_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `COMMENT ON TABLE "alert_settings" IS 'A municipality''s gap-alert thresholds and statutory timers.'`,
    );
    await queryRunner.query(
      `CREATE TABLE "alert" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "municipality_id" uuid NOT NULL,
        "young_person_id" uuid NOT NULL,
        "rule" character varying(40) NOT NULL,
        "condition_key" character varying(80) NOT NULL DEFAULT '',
        "due_on" date NOT NULL,
        "facts" jsonb NOT NULL DEFAULT '{}',
        "owner_user_id" uuid,
        "responsible_organization_id" uuid,
        "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "escalated_at" TIMESTAMP WITH TIME ZONE,
        "escalated_to_id" uuid,
        "acknowledged_at" TIMESTAMP WITH TIME ZONE,
        "acknowledged_by_id" uuid,
        "acknowledge_reason" character varying(500),
        "snoozed_until" date,
        "resolved_at" TIMESTAMP WITH TIME ZONE,
        "resolved_by_id" uuid,
        "resolution" character varying(20),
        "resolve_reason" character varying(500),
        "ended_at" TIMESTAMP WITH TIME ZONE,
        "version" integer NOT NULL DEFAULT 1,
        CONSTRAINT "PK_alert" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_alert_open_condition" ON "alert" ("young_person_id", "rule", "condition_key") WHERE ended_at IS NULL`,
    );
    await queryRunner.query(
      'CREATE INDEX "ix_alert_owner" ON "alert" ("municipality_id", "owner_user_id", "resolved_at", "due_on")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_alert_escalated" ON "alert" ("municipality_id", "escalated_to_id", "resolved_at", "due_on")',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_alert_young_person" ON "alert" ("municipality_id", "young_person_id", "opened_at")',
    );
    await queryRunner.query(
      'ALTER TABLE "alert" ADD CONSTRAINT "fk_alert_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      `COMMENT ON TABLE "alert" IS 'A gap found by a rule (larm): who must act, why, and its life cycle; kept as history.'`,
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "alert", "alert_settings" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "alert", "alert_settings" FROM ${app}`);
    await queryRunner.query('DROP TABLE "alert"');
    await queryRunner.query('DROP TABLE "alert_settings"');
  }
}
