import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// A record of every run of a scheduled job (started, finished, failed, rows touched).
export class JobRuns1795610000001 implements MigrationInterface {
  name = 'JobRuns1795610000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job" character varying(64) NOT NULL, "status" character varying(16) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "counts" jsonb, "error" character varying(500), CONSTRAINT "ck_job_run_status" CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED', 'SKIPPED')), CONSTRAINT "PK_job_run" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `COMMENT ON TABLE "job_run" IS 'Runs of scheduled jobs: when, how they ended, rows touched.'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_job_run_job_started" ON "job_run" ("job", "started_at") `);
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "job_run" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "job_run"');
  }
}
