import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Read-only views the reports library reads (DESIGN.md §8: a report reads views the library that
// owns the tables defines, never the tables), and the municipality's own minimum cell size for
// its reports (k, at least 3).
export class ReportViews1795630000000 implements MigrationInterface {
  name = 'ReportViews1795630000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipality" ADD "report_min_cell" smallint');
    await queryRunner.query(
      'ALTER TABLE "municipality" ADD CONSTRAINT "ck_municipality_report_min_cell" CHECK (report_min_cell BETWEEN 3 AND 100)',
    );
    // Young people's registrations with what reports break them down by. Sex is the personnummer's
    // (and samordningsnummer's) ninth digit, position 11 of the 12 stored: odd for men.
    await queryRunner.query(`CREATE VIEW "report_enrollment" AS
      SELECT e.municipality_id, e.id AS enrollment_id, e.young_person_id, yp.kaa_unit_id,
             e.registered_on, e.registration_reason, e.status, e.ended_on, e.end_reason,
             yp.date_of_birth,
             CASE WHEN substr(yp.personal_identity_number, 11, 1)::int % 2 = 1 THEN 'MALE' ELSE 'FEMALE' END AS sex
        FROM kaa_enrollment e
        JOIN young_person yp ON yp.id = e.young_person_id AND yp.municipality_id = e.municipality_id`);
    await queryRunner.query(`CREATE VIEW "report_enrollment_status" AS
      SELECT municipality_id, enrollment_id, to_status AS status, changed_at FROM kaa_enrollment_status_change`);
    await queryRunner.query(`CREATE VIEW "report_occupation" AS
      SELECT municipality_id, young_person_id, kind, category, valid_from, created_at FROM occupation`);
    await queryRunner.query(`CREATE VIEW "report_contact" AS
      SELECT municipality_id, young_person_id, occurred_at, outcome FROM contact_attempt`);
    await queryRunner.query(`CREATE VIEW "report_measure" AS
      SELECT m.municipality_id, m.young_person_id, t.scb_category, m.tier, m.level, m.status,
             m.offered_on, m.started_on, m.ended_on, m.end_reason, m.occupation_after
        FROM measure m JOIN measure_type t ON t.id = m.measure_type_id`);
    const app = await appRole(queryRunner);
    await queryRunner.query(
      `GRANT SELECT ON "report_enrollment", "report_enrollment_status", "report_occupation", "report_contact", "report_measure" TO ${app}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const view of [
      'report_measure',
      'report_contact',
      'report_occupation',
      'report_enrollment_status',
      'report_enrollment',
    ]) {
      await queryRunner.query(`DROP VIEW "${view}"`);
    }
    await queryRunner.query('ALTER TABLE "municipality" DROP CONSTRAINT "ck_municipality_report_min_cell"');
    await queryRunner.query('ALTER TABLE "municipality" DROP COLUMN "report_min_cell"');
  }
}
