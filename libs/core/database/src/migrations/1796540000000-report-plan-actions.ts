import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// The plan actions leadership's report on overdue actions reads (issue 18): an active individual
// plan's actions with the kind of their responsible organisation, their due day and status. No
// text of the plan leaves the view.
export class ReportPlanActions1796540000000 implements MigrationInterface {
  name = 'ReportPlanActions1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE VIEW "report_plan_action" AS
      SELECT a.municipality_id, p.young_person_id, o.kind::text AS responsible_kind, a.due_on, a.status::text AS status
        FROM action_plan_action a
        JOIN action_plan p ON p.id = a.plan_id AND p.municipality_id = a.municipality_id
        JOIN organization o ON o.id = a.responsible_organization_id
       WHERE p.status = 'ACTIVE' AND p.young_person_id IS NOT NULL`);
    await queryRunner.query(`GRANT SELECT ON "report_plan_action" TO ${await appRole(queryRunner)}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW "report_plan_action"');
  }
}
