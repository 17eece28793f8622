import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// The signals from schools leadership's report on signal handling reads (issue 18): a signal's
// kind, when it was received and handled, the pupil's sex (the identity number's ninth digit) and
// the registered young person, if any. The identity number itself does not leave the view: a
// digest of it tells one pupil from another, so a pupil is counted once per kind. No free text.
// A signal counts in the pupil's home municipality, whose KAA unit handles it.
export class ReportSignals1796600000000 implements MigrationInterface {
  name = 'ReportSignals1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "report_signal" AS
      SELECT s.home_municipality_id AS municipality_id, s.kind::text AS kind, md5(s.personal_identity_number) AS pupil, s.young_person_id,
             CASE WHEN substr(s.personal_identity_number, 11, 1)::int % 2 = 1 THEN 'MALE' ELSE 'FEMALE' END AS sex,
             s.created_at AS received_at, s.handled_at
        FROM signal s`);
    await queryRunner.query(`GRANT SELECT ON "report_signal" TO ${await appRole(queryRunner)}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "report_signal"');
  }
}
