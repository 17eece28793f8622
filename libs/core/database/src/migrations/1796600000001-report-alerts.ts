import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// The gap alerts leadership's report on alerts reads (issue 18): an alert's rule, the young
// person it is about, and when it was opened, escalated and resolved. Nothing of its facts,
// owner or reasons leaves the view. Only alerts about a registered young person: the report
// counts young people of the register (a "to check" entry, or a signal about someone not
// registered, has no young person).
export class ReportAlerts1796600000001 implements MigrationInterface {
  name = 'ReportAlerts1796600000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "report_alert" AS
      SELECT a.municipality_id, a.young_person_id, a.rule::text AS rule, a.opened_at, a.escalated_at, a.resolved_at
        FROM alert a
       WHERE a.young_person_id IS NOT NULL`);
    await queryRunner.query(`GRANT SELECT ON "report_alert" TO ${await appRole(queryRunner)}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "report_alert"');
  }
}
