import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// The access log (append-only and hash-chained like audit_event), emergency accesses (the
// application may only insert them and end them once) and log reviews (closed once).
export class AccessLog1795571672562 implements MigrationInterface {
  name = 'AccessLog1795571672562';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"access_ground\" AS ENUM('CASELOAD', 'UNIT', 'CONSENT', 'ASSIGNED_ACTION', 'DISCLOSURE', 'EMERGENCY_ACCESS', 'NONE')",
    );
    await queryRunner.query(
      'CREATE TABLE "access_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "seq" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_id" uuid NOT NULL, "role" character varying(40) NOT NULL, "organization_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "categories" character varying(20) array NOT NULL, "ground" "public"."access_ground" NOT NULL, "consent_ids" uuid array NOT NULL, "emergency_access_id" uuid, "disclosure_id" uuid, "operation" character varying(200) NOT NULL, "request_id" character varying(100), "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_bd09621fb73b42d9e32b85ae41f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_log_occurred" ON "access_log"  ("municipality_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_log_organization" ON "access_log"  ("municipality_id", "organization_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_log_user" ON "access_log"  ("municipality_id", "user_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_log_young_person" ON "access_log"  ("municipality_id", "young_person_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_access_log_municipality_seq" ON "access_log"  ("municipality_id", "seq") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "access_log" IS \'Append-only, hash-chained log of every read of a young person’s data.\'',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"access_review_kind\" AS ENUM('EMERGENCY_ACCESS', 'OUTSIDE_GROUNDS', 'BULK_READ', 'AFTER_HOURS', 'RANDOM_SAMPLE')",
    );
    await queryRunner.query('CREATE TYPE "public"."access_review_status" AS ENUM(\'OPEN\', \'CLOSED\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"access_review_outcome\" AS ENUM('JUSTIFIED', 'FOLLOW_UP_WITH_USER', 'INCIDENT_REPORTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "access_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "kind" "public"."access_review_kind" NOT NULL, "user_id" uuid NOT NULL, "young_person_id" uuid, "emergency_access_id" uuid, "access_log_id" uuid, "period_from" TIMESTAMP WITH TIME ZONE NOT NULL, "period_to" TIMESTAMP WITH TIME ZONE NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."access_review_status" NOT NULL, "outcome" "public"."access_review_outcome", "outcome_note" character varying(2000), "reviewed_by_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6adbbc064ab5f4478b4666e417c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_access_review_emergency_access" ON "access_review"  ("emergency_access_id") WHERE emergency_access_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_access_review_queue" ON "access_review"  ("municipality_id", "status", "opened_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "access_review" IS \'Review of accesses to young people’s data, with its outcome.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "emergency_access" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "user_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" character varying(40) NOT NULL, "reason" character varying(1000) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df6a3cc6b2bd3f218edb410a3f3" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_emergency_access_young_person" ON "emergency_access"  ("municipality_id", "young_person_id", "started_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_emergency_access_membership" ON "emergency_access"  ("membership_id", "expires_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "emergency_access" IS \'Time-boxed emergency access to one young person (nödåtkomst).\'',
    );
    await queryRunner.query(
      'ALTER TABLE "emergency_access" ADD CONSTRAINT "fk_emergency_access_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Refuse changes to access log rows for every role, as for audit_event.
    await queryRunner.query(
      'CREATE TRIGGER access_log_no_update_delete BEFORE UPDATE OR DELETE ON "access_log" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()',
    );
    await queryRunner.query(
      'CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON "access_log" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()',
    );
    // An emergency access only ever gets its end, once; nothing else about it changes.
    await queryRunner.query(`CREATE FUNCTION emergency_access_end_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL
           AND (to_jsonb(NEW) - 'ended_at') = (to_jsonb(OLD) - 'ended_at') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'emergency_access rows are only ended, once (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(
      'CREATE TRIGGER emergency_access_end_once BEFORE UPDATE OR DELETE ON "emergency_access" FOR EACH ROW EXECUTE FUNCTION emergency_access_end_only()',
    );
    // A review only ever gets its outcome, once.
    await queryRunner.query(`CREATE FUNCTION access_review_close_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.status = 'OPEN' AND NEW.status = 'CLOSED' AND NEW.outcome IS NOT NULL
           AND (to_jsonb(NEW) - ARRAY['status', 'outcome', 'outcome_note', 'reviewed_by_id', 'reviewed_at'])
             = (to_jsonb(OLD) - ARRAY['status', 'outcome', 'outcome_note', 'reviewed_by_id', 'reviewed_at']) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'access_review rows are only closed, once (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(
      'CREATE TRIGGER access_review_close_once BEFORE UPDATE OR DELETE ON "access_review" FOR EACH ROW EXECUTE FUNCTION access_review_close_only()',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT ON "access_log" TO ${app}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "emergency_access", "access_review" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "access_log", "emergency_access", "access_review" FROM ${app}`);
    await queryRunner.query('DROP TRIGGER access_review_close_once ON "access_review"');
    await queryRunner.query('DROP FUNCTION access_review_close_only()');
    await queryRunner.query('DROP TRIGGER emergency_access_end_once ON "emergency_access"');
    await queryRunner.query('DROP FUNCTION emergency_access_end_only()');
    await queryRunner.query('DROP TRIGGER access_log_no_truncate ON "access_log"');
    await queryRunner.query('DROP TRIGGER access_log_no_update_delete ON "access_log"');
    await queryRunner.query('ALTER TABLE "emergency_access" DROP CONSTRAINT "fk_emergency_access_young_person"');
    await queryRunner.query('COMMENT ON TABLE "emergency_access" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_emergency_access_membership"');
    await queryRunner.query('DROP INDEX "public"."ix_emergency_access_young_person"');
    await queryRunner.query('DROP TABLE "emergency_access"');
    await queryRunner.query('COMMENT ON TABLE "access_review" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_access_review_queue"');
    await queryRunner.query('DROP INDEX "public"."uq_access_review_emergency_access"');
    await queryRunner.query('DROP TABLE "access_review"');
    await queryRunner.query('DROP TYPE "public"."access_review_outcome"');
    await queryRunner.query('DROP TYPE "public"."access_review_status"');
    await queryRunner.query('DROP TYPE "public"."access_review_kind"');
    await queryRunner.query('COMMENT ON TABLE "access_log" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_access_log_municipality_seq"');
    await queryRunner.query('DROP INDEX "public"."ix_access_log_young_person"');
    await queryRunner.query('DROP INDEX "public"."ix_access_log_user"');
    await queryRunner.query('DROP INDEX "public"."ix_access_log_organization"');
    await queryRunner.query('DROP INDEX "public"."ix_access_log_occurred"');
    await queryRunner.query('DROP TABLE "access_log"');
    await queryRunner.query('DROP TYPE "public"."access_ground"');
  }
}
