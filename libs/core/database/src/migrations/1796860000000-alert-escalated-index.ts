import type { MigrationInterface, QueryRunner } from 'typeorm';

// The escalations index holds only escalated alerts (issue 17). Every lookup through it names the
// team lead it went to (`escalated_to_id = …`), and most alerts are never escalated: as a full
// index it took one entry per alert, a sixth of the index work of a first evaluation run that
// opens 300,000 alerts (1.3 of 17 s over 200,000 young people, EXPLAIN ANALYZE).
export class AlertEscalatedIndex1796860000000 implements MigrationInterface {
  name = 'AlertEscalatedIndex1796860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_alert_escalated"`);
    await queryRunner.query(
      `CREATE INDEX "ix_alert_escalated" ON "alert" ("municipality_id", "escalated_to_id", "resolved_at", "due_on") WHERE escalated_to_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_alert_escalated"`);
    await queryRunner.query(
      `CREATE INDEX "ix_alert_escalated" ON "alert" ("municipality_id", "escalated_to_id", "resolved_at", "due_on")`,
    );
  }
}
