import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Issue 17's notifications: in-app notifications and the e-mail outbox (counts and links only).

export class Notifications1796581815458 implements MigrationInterface {
  name = 'Notifications1796581815458';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "email_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "user_id" uuid NOT NULL, "to_address" character varying(320) NOT NULL, "kind" character varying(20) NOT NULL, "subject" character varying(200) NOT NULL, "body" text NOT NULL, "dedupe_key" character varying(120) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'PENDING\', "attempts" smallint NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_error" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_email_outbox_attempts" CHECK (attempts >= 0), CONSTRAINT "ck_email_outbox_status" CHECK (status IN (\'PENDING\', \'SENT\', \'FAILED\')), CONSTRAINT "PK_b6fbfc201f705fbf1ac87bd7197" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_email_outbox_dedupe" ON "email_outbox"  ("dedupe_key") ');
    await queryRunner.query(
      'CREATE INDEX "ix_email_outbox_municipality" ON "email_outbox"  ("municipality_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_email_outbox_pending" ON "email_outbox"  ("next_attempt_at") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "email_outbox" IS \'E-mails written to staff (counts and links only) and their delivery.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "count" integer NOT NULL, "link" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_notification_link" CHECK (link LIKE \'/%\'), CONSTRAINT "ck_notification_count" CHECK (count > 0), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_notification_unread" ON "notification"  ("user_id") WHERE read_at IS NULL',
    );
    await queryRunner.query('CREATE INDEX "ix_notification_user" ON "notification"  ("user_id", "created_at") ');
    await queryRunner.query(
      'COMMENT ON TABLE "notification" IS \'In-app notification of one person: a kind, a count and a link.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "email_outbox" ADD CONSTRAINT "fk_email_outbox_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "notification", "email_outbox" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "notification", "email_outbox" FROM ${app}`);
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_user"');
    await queryRunner.query('ALTER TABLE "email_outbox" DROP CONSTRAINT "fk_email_outbox_user"');
    await queryRunner.query('COMMENT ON TABLE "notification" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_notification_user"');
    await queryRunner.query('DROP INDEX "public"."ix_notification_unread"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('COMMENT ON TABLE "email_outbox" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_email_outbox_pending"');
    await queryRunner.query('DROP INDEX "public"."ix_email_outbox_municipality"');
    await queryRunner.query('DROP INDEX "public"."uq_email_outbox_dedupe"');
    await queryRunner.query('DROP TABLE "email_outbox"');
  }
}
