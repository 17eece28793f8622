import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795548600000 implements MigrationInterface {
  name = 'Foundation1795548600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "seq" bigint NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_user_id" uuid, "actor_role" character varying(40), "actor_organization_id" uuid, "action" character varying(100) NOT NULL, "subject_type" character varying(60) NOT NULL, "subject_id" uuid, "summary" jsonb NOT NULL, "request_id" character varying(100), "prev_hash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_audit_event_municipality_subject" ON "audit_event"  ("municipality_id", "subject_type", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_audit_event_municipality_seq" ON "audit_event"  ("municipality_id", "seq") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "audit_event" IS \'Append-only, hash-chained trail of every change, per municipality.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_key" character(64) NOT NULL, "client_address" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_login_attempt_address_time" ON "login_attempt"  ("client_address", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_login_attempt_account_time" ON "login_attempt"  ("account_key", "attempted_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "login_attempt" IS \'Login attempts for rate limiting; the account is a hash.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(4) NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_municipality_code" ON "municipality"  ("code") ');
    await queryRunner.query('COMMENT ON TABLE "municipality" IS \'Tenant: one Swedish municipality (kommun).\'');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organization_kind\" AS ENUM('KAA_UNIT', 'SCHOOL', 'SOCIAL_SERVICES', 'EMPLOYMENT_SERVICE', 'HEALTH_CARE', 'ADULT_EDUCATION', 'FOLK_HIGH_SCHOOL', 'YOUTH_CLINIC', 'NGO', 'MANAGEMENT', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"secrecy_domain\" AS ENUM('KAA', 'SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE', 'LABOUR_MARKET', 'NONE')",
    );
    await queryRunner.query(
      'CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kind" "public"."organization_kind" NOT NULL, "secrecy_domain" "public"."secrecy_domain" NOT NULL, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_organization_municipality_name" ON "organization"  ("municipality_id", "name") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "organization" IS \'A participating organisation with its secrecy domain.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(300), "external_subject" character varying(300), "disabled_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_app_user_municipality" ON "app_user"  ("municipality_id", "display_name") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_app_user_external_subject" ON "app_user"  ("external_subject") WHERE external_subject IS NOT NULL',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user"  ("email") ');
    await queryRunner.query('COMMENT ON TABLE "app_user" IS \'A person who signs in; access comes from memberships.\'');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"membership_role\" AS ENUM('COORDINATOR', 'TEAM_LEAD', 'SCHOOL_STAFF', 'PARTNER_CASEWORKER', 'LEADERSHIP', 'LOG_REVIEWER', 'ADMIN')",
    );
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_membership_municipality_organization" ON "membership"  ("municipality_id", "organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_membership_user_organization_role" ON "membership"  ("user_id", "organization_id", "role") ',
    );
    await queryRunner.query(
      "COMMENT ON TABLE \"membership\" IS 'A user''s role in one organisation; ended memberships grant nothing.'",
    );
    await queryRunner.query(
      'CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "user_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_refresh_token_family" ON "refresh_token"  ("family_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token"  ("token_hash") ');
    await queryRunner.query('COMMENT ON TABLE "refresh_token" IS \'Hashed, rotating refresh tokens.\'');
    await queryRunner.query(
      'CREATE TABLE "auth_signing_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "secret" character varying(128) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7238c13d0b3f1179940bdf46219" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "auth_signing_key" IS \'Generated access-token key when AUTH_TOKEN_SECRET is unset.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "organization" ADD CONSTRAINT "fk_organization_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "app_user" ADD CONSTRAINT "fk_app_user_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "fk_membership_organization" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_organization"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "fk_membership_user"');
    await queryRunner.query('ALTER TABLE "app_user" DROP CONSTRAINT "fk_app_user_municipality"');
    await queryRunner.query('ALTER TABLE "organization" DROP CONSTRAINT "fk_organization_municipality"');
    await queryRunner.query('COMMENT ON TABLE "auth_signing_key" IS NULL');
    await queryRunner.query('DROP TABLE "auth_signing_key"');
    await queryRunner.query('COMMENT ON TABLE "refresh_token" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_refresh_token_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_refresh_token_family"');
    await queryRunner.query('DROP TABLE "refresh_token"');
    await queryRunner.query('COMMENT ON TABLE "membership" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_membership_user_organization_role"');
    await queryRunner.query('DROP INDEX "public"."ix_membership_municipality_organization"');
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('DROP TYPE "public"."membership_role"');
    await queryRunner.query('COMMENT ON TABLE "app_user" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_app_user_email"');
    await queryRunner.query('DROP INDEX "public"."uq_app_user_external_subject"');
    await queryRunner.query('DROP INDEX "public"."ix_app_user_municipality"');
    await queryRunner.query('DROP TABLE "app_user"');
    await queryRunner.query('COMMENT ON TABLE "organization" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_organization_municipality_name"');
    await queryRunner.query('DROP TABLE "organization"');
    await queryRunner.query('DROP TYPE "public"."secrecy_domain"');
    await queryRunner.query('DROP TYPE "public"."organization_kind"');
    await queryRunner.query('COMMENT ON TABLE "municipality" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_municipality_code"');
    await queryRunner.query('DROP TABLE "municipality"');
    await queryRunner.query('COMMENT ON TABLE "login_attempt" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_login_attempt_account_time"');
    await queryRunner.query('DROP INDEX "public"."ix_login_attempt_address_time"');
    await queryRunner.query('DROP TABLE "login_attempt"');
    await queryRunner.query('COMMENT ON TABLE "audit_event" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_audit_event_municipality_seq"');
    await queryRunner.query('DROP INDEX "public"."ix_audit_event_municipality_subject"');
    await queryRunner.query('DROP TABLE "audit_event"');
  }
}
