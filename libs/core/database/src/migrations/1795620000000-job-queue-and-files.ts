import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// A job queue in PostgreSQL (imports, matching runs) and a file store for what is uploaded to
// them and what they produce: both live in the one dependency the service has, so several api
// instances and a separate worker share them with no disk of their own.
export class JobQueueAndFiles1795620000000 implements MigrationInterface {
  name = 'JobQueueAndFiles1795620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "created_by_id" uuid, "purpose" character varying(32) NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(255) NOT NULL, "byte_size" bigint NOT NULL DEFAULT '0', "sha256" character(64), "complete" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_stored_file_purpose" CHECK (purpose IN ('UPLOAD', 'RESULT')), CONSTRAINT "PK_stored_file" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `COMMENT ON TABLE "stored_file" IS 'A file uploaded for an import or produced by a job; its bytes in stored_file_chunk.'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_stored_file_municipality_created" ON "stored_file" ("municipality_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_stored_file_expires" ON "stored_file" ("expires_at") `);
    await queryRunner.query(
      `CREATE TABLE "stored_file_chunk" ("file_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_stored_file_chunk" PRIMARY KEY ("file_id", "seq"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "stored_file_chunk" ADD CONSTRAINT "fk_stored_file_chunk_file" FOREIGN KEY ("file_id") REFERENCES "stored_file"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" character varying(64) NOT NULL, "payload" jsonb NOT NULL, "status" character varying(16) NOT NULL, "idempotency_key" character varying(200), "created_by_id" uuid, "progress_done" integer NOT NULL DEFAULT '0', "progress_total" integer, "result" jsonb, "result_file_id" uuid, "error_code" character varying(64), "error" character varying(1000), "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL DEFAULT '3', "run_after" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_by" character varying(100), "locked_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_job_status" CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')), CONSTRAINT "PK_job" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `COMMENT ON TABLE "job" IS 'Queued work (imports, matching runs): status, progress, result; claimed with SKIP LOCKED.'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_job_idempotency" ON "job" ("municipality_id", "kind", "idempotency_key") WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_job_claim" ON "job" ("status", "run_after") `);
    await queryRunner.query(`CREATE INDEX "ix_job_municipality_created" ON "job" ("municipality_id", "created_at") `);
    const app = await appRole(queryRunner);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "stored_file", "stored_file_chunk", "job" TO ${app}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "job"');
    await queryRunner.query('DROP TABLE "stored_file_chunk"');
    await queryRunner.query('DROP TABLE "stored_file"');
  }
}
