import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Hand-over of a register entry between municipalities when a young person moves.
export class HandOver1795560429679 implements MigrationInterface {
  name = 'HandOver1795560429679';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."kaa_hand_over_status" AS ENUM(\'SENT\', \'RECEIVED\')');
    await queryRunner.query(
      'CREATE TABLE "kaa_hand_over" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "to_municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "moved_on" date NOT NULL, "status" "public"."kaa_hand_over_status" NOT NULL, "entry" jsonb, "sent_by_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE, "received_by_id" uuid, "received_young_person_id" uuid, CONSTRAINT "PK_48d1e9ee4cec5174db019fdc1d8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_kaa_hand_over_incoming" ON "kaa_hand_over"  ("to_municipality_id", "status", "sent_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_kaa_hand_over_outgoing" ON "kaa_hand_over"  ("municipality_id", "status", "sent_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "kaa_hand_over" IS \'Hand-over of a register entry between municipalities.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "kaa_hand_over" ADD CONSTRAINT "fk_kaa_hand_over_to_municipality" FOREIGN KEY ("to_municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kaa_hand_over" ADD CONSTRAINT "fk_kaa_hand_over_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "kaa_hand_over" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "kaa_hand_over" FROM ${app}`);
    await queryRunner.query('ALTER TABLE "kaa_hand_over" DROP CONSTRAINT "fk_kaa_hand_over_young_person"');
    await queryRunner.query('ALTER TABLE "kaa_hand_over" DROP CONSTRAINT "fk_kaa_hand_over_to_municipality"');
    await queryRunner.query('COMMENT ON TABLE "kaa_hand_over" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_kaa_hand_over_outgoing"');
    await queryRunner.query('DROP INDEX "public"."ix_kaa_hand_over_incoming"');
    await queryRunner.query('DROP TABLE "kaa_hand_over"');
    await queryRunner.query('DROP TYPE "public"."kaa_hand_over_status"');
  }
}
