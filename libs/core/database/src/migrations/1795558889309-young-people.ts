import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// The case domain: young people, the KAA register record with its status history, guardians,
// occupations and contact attempts.
export class YoungPeople1795558889309 implements MigrationInterface {
  name = 'YoungPeople1795558889309';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "young_person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "personal_identity_number" character(12) NOT NULL, "coordination_number" boolean NOT NULL, "date_of_birth" date NOT NULL, "given_name" character varying(100) NOT NULL, "family_name" character varying(100) NOT NULL, "phone" character varying(40), "email" character varying(320), "street_address" character varying(200), "postal_code" character varying(10), "city" character varying(100), "protected_identity" boolean NOT NULL DEFAULT false, "protected_named_user_ids" uuid array NOT NULL DEFAULT \'{}\', "kaa_unit_id" uuid, "coordinator_id" uuid, "last_contact_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_b832e030351a2083678c62461ba" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_young_person_unit" ON "young_person"  ("municipality_id", "kaa_unit_id", "family_name", "given_name", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_young_person_caseload" ON "young_person"  ("municipality_id", "coordinator_id", "family_name", "given_name", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_young_person_identity_number" ON "young_person"  ("municipality_id", "personal_identity_number") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "young_person" IS \'A young person followed by the municipality (ungdom).\'',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"contact_channel\" AS ENUM('LETTER', 'TEXT_MESSAGE', 'PHONE', 'EMAIL', 'SOCIAL_MEDIA', 'HOME_VISIT', 'MEETING')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"contact_outcome\" AS ENUM('REACHED', 'NOT_REACHED', 'DECLINED')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"occupation_category\" AS ENUM('EDUCATION', 'WORK', 'OTHER_ACTIVITY', 'NONE', 'UNKNOWN')",
    );
    await queryRunner.query(
      'CREATE TABLE "contact_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "channel" "public"."contact_channel" NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "performed_by_id" uuid NOT NULL, "outcome" "public"."contact_outcome" NOT NULL, "occupation_learned" "public"."occupation_category", "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_abf634ac7eea109d9fe6e267618" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_contact_attempt_performer" ON "contact_attempt"  ("municipality_id", "performed_by_id", "occurred_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_contact_attempt_young_person" ON "contact_attempt"  ("municipality_id", "young_person_id", "occurred_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "contact_attempt" IS \'A contact attempt (kontaktförsök) with a young person.\'',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"kaa_registration_reason\" AS ENUM('DROPPED_OUT', 'LEAVING_CERTIFICATE', 'NEVER_STARTED', 'LEFT_INTRODUCTION_PROGRAMME', 'ARRIVED_AFTER_COMPULSORY_AGE', 'MOVED_IN', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"kaa_enrollment_status\" AS ENUM('NOT_CONTACTED', 'CONTACT_ATTEMPTED', 'IN_DIALOGUE', 'IN_MEASURE', 'IN_EDUCATION', 'IN_WORK', 'DECLINED', 'UNKNOWN')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"kaa_enrollment_end_reason\" AS ENUM('TURNED_20', 'STARTED_EDUCATION', 'COMPLETED_EDUCATION', 'MOVED', 'EMIGRATED', 'DECEASED', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "kaa_enrollment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "registered_on" date NOT NULL, "registration_reason" "public"."kaa_registration_reason" NOT NULL, "status" "public"."kaa_enrollment_status" NOT NULL, "ended_on" date, "end_reason" "public"."kaa_enrollment_end_reason", "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_9c81168ca188381d059a2b83119" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_kaa_enrollment_young_person" ON "kaa_enrollment"  ("municipality_id", "young_person_id", "registered_on") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_kaa_enrollment_open" ON "kaa_enrollment"  ("young_person_id") WHERE "ended_on" IS NULL',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "kaa_enrollment" IS \'Registration in the KAA register (registrering i aktivitetsansvaret).\'',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"kaa_status_change_cause\" AS ENUM('REGISTRATION', 'MANUAL', 'CONTACT', 'MEASURE', 'END', 'SCHEDULED')",
    );
    await queryRunner.query(
      'CREATE TABLE "kaa_enrollment_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "from_status" "public"."kaa_enrollment_status", "to_status" "public"."kaa_enrollment_status" NOT NULL, "cause" "public"."kaa_status_change_cause" NOT NULL, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4bd1acfbd8ce014b150804ae349" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_kaa_enrollment_status_change_enrollment" ON "kaa_enrollment_status_change"  ("municipality_id", "enrollment_id", "changed_at") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "kaa_enrollment_status_change" IS \'History of a KAA registration status.\'',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"guardian_relation\" AS ENUM('PARENT', 'LEGAL_GUARDIAN', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "guardian" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "relation" "public"."guardian_relation" NOT NULL, "phone" character varying(40), "email" character varying(320), CONSTRAINT "PK_5eb51ec9378bc6b07702717160e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_guardian_young_person" ON "guardian"  ("municipality_id", "young_person_id") ',
    );
    await queryRunner.query(
      "COMMENT ON TABLE \"guardian\" IS 'A young person''s guardian (vårdnadshavare) or other contact adult.'",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"occupation_kind\" AS ENUM('PREVIOUS', 'CURRENT', 'PLANNED')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"occupation_source\" AS ENUM('YOUNG_PERSON', 'GUARDIAN', 'SCHOOL', 'PARTNER', 'CONTACT_ATTEMPT', 'REGISTER', 'OTHER')",
    );
    await queryRunner.query(
      'CREATE TABLE "occupation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "kind" "public"."occupation_kind" NOT NULL, "category" "public"."occupation_category" NOT NULL, "valid_from" date NOT NULL, "source" "public"."occupation_source" NOT NULL, "contact_attempt_id" uuid, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07cfcefef555693d96dce8805c5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_occupation_young_person" ON "occupation"  ("municipality_id", "young_person_id", "kind", "valid_from") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "occupation" IS \'Occupation history (sysselsättning): previous, current, planned.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "young_person" ADD CONSTRAINT "fk_young_person_municipality" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "young_person" ADD CONSTRAINT "fk_young_person_kaa_unit" FOREIGN KEY ("kaa_unit_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "young_person" ADD CONSTRAINT "fk_young_person_coordinator" FOREIGN KEY ("coordinator_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "contact_attempt" ADD CONSTRAINT "fk_contact_attempt_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kaa_enrollment" ADD CONSTRAINT "fk_kaa_enrollment_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kaa_enrollment_status_change" ADD CONSTRAINT "fk_kaa_enrollment_status_change_enrollment" FOREIGN KEY ("enrollment_id") REFERENCES "kaa_enrollment"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "guardian" ADD CONSTRAINT "fk_guardian_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "occupation" ADD CONSTRAINT "fk_occupation_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );

    // Least privilege: histories are append-only for the application; guardians are replaced
    // as a list; young people and registrations are updated (with a version check).
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "young_person", "kaa_enrollment" TO ${app}`);
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON "guardian" TO ${app}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT ON "kaa_enrollment_status_change", "occupation", "contact_attempt" TO ${app}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(
      `REVOKE ALL ON "young_person", "kaa_enrollment", "guardian", "kaa_enrollment_status_change", "occupation", "contact_attempt" FROM ${app}`,
    );
    await queryRunner.query('ALTER TABLE "occupation" DROP CONSTRAINT "fk_occupation_young_person"');
    await queryRunner.query('ALTER TABLE "guardian" DROP CONSTRAINT "fk_guardian_young_person"');
    await queryRunner.query(
      'ALTER TABLE "kaa_enrollment_status_change" DROP CONSTRAINT "fk_kaa_enrollment_status_change_enrollment"',
    );
    await queryRunner.query('ALTER TABLE "kaa_enrollment" DROP CONSTRAINT "fk_kaa_enrollment_young_person"');
    await queryRunner.query('ALTER TABLE "contact_attempt" DROP CONSTRAINT "fk_contact_attempt_young_person"');
    await queryRunner.query('ALTER TABLE "young_person" DROP CONSTRAINT "fk_young_person_coordinator"');
    await queryRunner.query('ALTER TABLE "young_person" DROP CONSTRAINT "fk_young_person_kaa_unit"');
    await queryRunner.query('ALTER TABLE "young_person" DROP CONSTRAINT "fk_young_person_municipality"');
    await queryRunner.query('COMMENT ON TABLE "occupation" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_occupation_young_person"');
    await queryRunner.query('DROP TABLE "occupation"');
    await queryRunner.query('DROP TYPE "public"."occupation_source"');
    await queryRunner.query('DROP TYPE "public"."occupation_kind"');
    await queryRunner.query('COMMENT ON TABLE "guardian" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_guardian_young_person"');
    await queryRunner.query('DROP TABLE "guardian"');
    await queryRunner.query('DROP TYPE "public"."guardian_relation"');
    await queryRunner.query('COMMENT ON TABLE "kaa_enrollment_status_change" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_kaa_enrollment_status_change_enrollment"');
    await queryRunner.query('DROP TABLE "kaa_enrollment_status_change"');
    await queryRunner.query('DROP TYPE "public"."kaa_status_change_cause"');
    await queryRunner.query('COMMENT ON TABLE "kaa_enrollment" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_kaa_enrollment_open"');
    await queryRunner.query('DROP INDEX "public"."ix_kaa_enrollment_young_person"');
    await queryRunner.query('DROP TABLE "kaa_enrollment"');
    await queryRunner.query('DROP TYPE "public"."kaa_enrollment_end_reason"');
    await queryRunner.query('DROP TYPE "public"."kaa_enrollment_status"');
    await queryRunner.query('DROP TYPE "public"."kaa_registration_reason"');
    await queryRunner.query('COMMENT ON TABLE "contact_attempt" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_contact_attempt_young_person"');
    await queryRunner.query('DROP INDEX "public"."ix_contact_attempt_performer"');
    await queryRunner.query('DROP TABLE "contact_attempt"');
    await queryRunner.query('DROP TYPE "public"."occupation_category"');
    await queryRunner.query('DROP TYPE "public"."contact_outcome"');
    await queryRunner.query('DROP TYPE "public"."contact_channel"');
    await queryRunner.query('COMMENT ON TABLE "young_person" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_young_person_identity_number"');
    await queryRunner.query('DROP INDEX "public"."ix_young_person_caseload"');
    await queryRunner.query('DROP INDEX "public"."ix_young_person_unit"');
    await queryRunner.query('DROP TABLE "young_person"');
  }
}
