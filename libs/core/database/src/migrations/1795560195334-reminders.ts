import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Reminders created by the KAA jobs (plan the hand-over before the 20th birthday).
export class Reminders1795560195334 implements MigrationInterface {
  name = 'Reminders1795560195334';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."kaa_reminder_kind" AS ENUM(\'TURNING_20\')');
    await queryRunner.query(
      'CREATE TABLE "kaa_reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "kind" "public"."kaa_reminder_kind" NOT NULL, "due_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_id" uuid, CONSTRAINT "PK_3ecacda0122ba50149da4a557c5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_kaa_reminder_open" ON "kaa_reminder"  ("municipality_id", "acknowledged_at", "due_on") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_kaa_reminder" ON "kaa_reminder"  ("young_person_id", "kind", "due_on") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "kaa_reminder" IS \'A reminder created by a KAA job, until someone acknowledges it.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "kaa_reminder" ADD CONSTRAINT "fk_kaa_reminder_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "kaa_reminder" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "kaa_reminder" FROM ${app}`);
    await queryRunner.query('ALTER TABLE "kaa_reminder" DROP CONSTRAINT "fk_kaa_reminder_young_person"');
    await queryRunner.query('COMMENT ON TABLE "kaa_reminder" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_kaa_reminder"');
    await queryRunner.query('DROP INDEX "public"."ix_kaa_reminder_open"');
    await queryRunner.query('DROP TABLE "kaa_reminder"');
    await queryRunner.query('DROP TYPE "public"."kaa_reminder_kind"');
  }
}
