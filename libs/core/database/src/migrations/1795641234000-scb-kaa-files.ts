import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// The statutory half-year file for SCB (issue 18): read-only views over the young people's
// register that the scb-kaa library reads (DESIGN.md §8), the history of produced files (rows
// are never updated or deleted: INSERT and SELECT only for the app), the file store's purpose
// for them, and the access-log ground of the bulk read that producing a file is.
export class ScbKaaFiles1795641234000 implements MigrationInterface {
  name = 'ScbKaaFiles1795641234000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."access_ground" ADD VALUE IF NOT EXISTS 'STATUTORY_REPORT'`);
    await queryRunner.query('ALTER TABLE "stored_file" DROP CONSTRAINT "ck_stored_file_purpose"');
    await queryRunner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "ck_stored_file_purpose" CHECK (purpose IN ('UPLOAD', 'RESULT', 'SCB_KAA'))`,
    );
    await queryRunner.query(`CREATE VIEW "scb_kaa_person" AS
      SELECT id, municipality_id, kaa_unit_id, coordinator_id, protected_identity,
             personal_identity_number, date_of_birth, given_name, family_name
        FROM young_person`);
    await queryRunner.query(`CREATE VIEW "scb_kaa_contact" AS
      SELECT municipality_id, young_person_id, occurred_at, outcome, occupation_learned FROM contact_attempt`);
    await queryRunner.query(`CREATE VIEW "scb_kaa_measure" AS
      SELECT m.id, m.municipality_id, m.young_person_id, t.scb_category, m.status, m.offered_on, m.responded_on,
             m.started_on, m.ended_on, m.occupation_after
        FROM measure m JOIN measure_type t ON t.id = m.measure_type_id`);
    await queryRunner.query(`CREATE TABLE "scb_kaa_file" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "municipality_id" uuid NOT NULL,
      "period" character varying(6) NOT NULL,
      "sequence" integer NOT NULL,
      "file_id" uuid,
      "file_name" character varying(255) NOT NULL,
      "byte_size" bigint NOT NULL,
      "sha256" character(64) NOT NULL,
      "code_table_version" character varying(20) NOT NULL,
      "counts" jsonb NOT NULL,
      "warning_count" integer NOT NULL,
      "produced_by_id" uuid NOT NULL,
      "produced_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "replaces_id" uuid,
      CONSTRAINT "PK_scb_kaa_file" PRIMARY KEY ("id"),
      CONSTRAINT "uq_scb_kaa_file_sequence" UNIQUE ("municipality_id", "period", "sequence"),
      CONSTRAINT "ck_scb_kaa_file_period" CHECK (period ~ '^[0-9]{4}H[12]$'),
      CONSTRAINT "fk_scb_kaa_file_file" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE SET NULL,
      CONSTRAINT "fk_scb_kaa_file_replaces" FOREIGN KEY ("replaces_id") REFERENCES "scb_kaa_file"("id"))`);
    await queryRunner.query(
      `COMMENT ON TABLE "scb_kaa_file" IS 'A half-year file produced for SCB (KAA); a later one for the same period replaces it at SCB.'`,
    );
    await queryRunner.query(
      'CREATE INDEX "ix_scb_kaa_file_municipality" ON "scb_kaa_file" ("municipality_id", "produced_at")',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT ON "scb_kaa_person", "scb_kaa_contact", "scb_kaa_measure" TO ${app}`);
    // History is kept: the app may add a file and read them, never change or remove one. (The
    // file's bytes expire with the file store's rules; the row stays, with file_id set to null.)
    await queryRunner.query(`GRANT SELECT, INSERT ON "scb_kaa_file" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "scb_kaa_file"');
    for (const view of ['scb_kaa_measure', 'scb_kaa_contact', 'scb_kaa_person']) {
      await queryRunner.query(`DROP VIEW "${view}"`);
    }
    await queryRunner.query(`DELETE FROM "stored_file" WHERE purpose = 'SCB_KAA'`);
    await queryRunner.query('ALTER TABLE "stored_file" DROP CONSTRAINT "ck_stored_file_purpose"');
    await queryRunner.query(
      `ALTER TABLE "stored_file" ADD CONSTRAINT "ck_stored_file_purpose" CHECK (purpose IN ('UPLOAD', 'RESULT'))`,
    );
    // PostgreSQL cannot drop an enum value; STATUTORY_REPORT stays until the access log's own
    // migration drops the type.
  }
}
