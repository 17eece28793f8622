import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// The young person's (or a guardian's) own view (issue 19, domain.md §3.3):
// - a guardian's identity number, so that a guardian signing in through the provider is matched
//   to the young people they are guardian of (normalised 12 digits, as young_person's);
// - self-service sessions: one sign-in through the provider, bound to the identity number it
//   proved and the municipality, never to a staff user or membership;
// - rectification requests (GDPR art. 16) and the staff decision on them;
// - the SELF ground: reads of the record by the young person or their guardian are logged too.
export class SelfService1796630000000 implements MigrationInterface {
  name = 'SelfService1796630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."access_ground" ADD VALUE IF NOT EXISTS 'SELF'`);
    await queryRunner.query('ALTER TABLE "guardian" ADD "personal_identity_number" character(12)');
    await queryRunner.query(
      'CREATE INDEX "ix_guardian_identity_number" ON "guardian" ("personal_identity_number") WHERE personal_identity_number IS NOT NULL',
    );
    // The sign-in looks a number up across municipalities; the unique index starts with the
    // municipality.
    await queryRunner.query(
      'CREATE INDEX "ix_young_person_identity_number_any" ON "young_person" ("personal_identity_number")',
    );
    await queryRunner.query(`CREATE TYPE "public"."self_service_actor" AS ENUM('YOUNG_PERSON', 'GUARDIAN')`);
    await queryRunner.query(
      `CREATE TABLE "self_service_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "actor" "public"."self_service_actor" NOT NULL, "personal_identity_number" character(12) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "pk_self_service_session" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_self_service_session_token" ON "self_service_session" ("token_hash")',
    );
    await queryRunner.query(
      `COMMENT ON TABLE "self_service_session" IS 'A young person''s or guardian''s sign-in through the provider to their own view.'`,
    );
    await queryRunner.query(
      'ALTER TABLE "self_service_session" ADD CONSTRAINT "fk_self_service_session_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(`CREATE TYPE "public"."rectification_status" AS ENUM('OPEN', 'ACCEPTED', 'REFUSED')`);
    await queryRunner.query(
      `CREATE TABLE "rectification_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "requested_by" "public"."self_service_actor" NOT NULL, "guardian_id" uuid, "field" character varying(60) NOT NULL, "text" character varying(2000) NOT NULL, "status" "public"."rectification_status" NOT NULL DEFAULT 'OPEN', "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "decision_reason" character varying(2000), "version" integer NOT NULL DEFAULT 1, CONSTRAINT "ck_rectification_decision" CHECK ((status = 'OPEN') = (decided_at IS NULL)), CONSTRAINT "pk_rectification_request" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "ix_rectification_request_young_person" ON "rectification_request" ("municipality_id", "young_person_id", "created_at")',
    );
    await queryRunner.query(
      `COMMENT ON TABLE "rectification_request" IS 'A request to correct the record (GDPR art. 16) and its handling.'`,
    );
    await queryRunner.query(
      'ALTER TABLE "rectification_request" ADD CONSTRAINT "fk_rectification_request_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "rectification_request" ADD CONSTRAINT "fk_rectification_request_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "self_service_session" TO ${app}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "rectification_request" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An enum value cannot be dropped; SELF stays in access_ground (the log keeps its rows).
    await queryRunner.query('DROP TABLE "rectification_request"');
    await queryRunner.query('DROP TYPE "public"."rectification_status"');
    await queryRunner.query('DROP TABLE "self_service_session"');
    await queryRunner.query('DROP TYPE "public"."self_service_actor"');
    await queryRunner.query('DROP INDEX "public"."ix_young_person_identity_number_any"');
    await queryRunner.query('DROP INDEX "public"."ix_guardian_identity_number"');
    await queryRunner.query('ALTER TABLE "guardian" DROP COLUMN "personal_identity_number"');
  }
}
