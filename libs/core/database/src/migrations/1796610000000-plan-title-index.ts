import type { MigrationInterface, QueryRunner } from 'typeorm';

// Plan lists are paged by title (keyset on title, id) within a municipality. Without an index in
// that order a partner's page of 20 consented plans sorted every consented plan first: 46 ms at
// 16,000 consented young people and growing with them (issue 20). With it, the page walks the
// titles in order and checks each plan's consent by its index, stopping after 21 rows, so the
// page costs the same at any size; a partner with few consents is still driven from the grants
// (the planner sees the grants' count).
export class PlanTitleIndex1796610000000 implements MigrationInterface {
  name = 'PlanTitleIndex1796610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX ix_action_plan_title ON action_plan (municipality_id, title, id)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ix_action_plan_title');
  }
}
