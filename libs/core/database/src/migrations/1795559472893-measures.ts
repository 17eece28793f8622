import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Measures and the municipality's catalogue of measure types.
export class Measures1795559472893 implements MigrationInterface {
  name = 'Measures1795559472893';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"scb_measure_category\" AS ENUM('INTRODUCTION_PROGRAMME', 'STUDY_AND_CAREER_GUIDANCE', 'ADULT_EDUCATION', 'FOLK_HIGH_SCHOOL', 'WORK_PLACEMENT', 'MOTIVATIONAL', 'OTHER')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"measure_tier\" AS ENUM('PROMOTIVE', 'PREVENTIVE', 'REMEDIAL')");
    await queryRunner.query(
      'CREATE TABLE "measure_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "code" character varying(30) NOT NULL, "name" character varying(200) NOT NULL, "scb_category" "public"."scb_measure_category" NOT NULL, "default_tier" "public"."measure_tier" NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_13cbcb75ae8b6afcc55fcc399f8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_measure_type_code" ON "measure_type"  ("municipality_id", "code") ',
    );
    await queryRunner.query(
      "COMMENT ON TABLE \"measure_type\" IS 'A municipality''s catalogue of measures, mapped to SCB categories.'",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"measure_level\" AS ENUM('ORGANISATION', 'GROUP', 'INDIVIDUAL')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"measure_status\" AS ENUM('OFFERED', 'ACCEPTED', 'DECLINED', 'STARTED', 'ENDED')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"measure_end_reason\" AS ENUM('COMPLETED', 'INTERRUPTED', 'STARTED_EDUCATION', 'STARTED_WORK', 'MOVED', 'TURNED_20', 'OTHER')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"evidence_basis\" AS ENUM('SCIENTIFIC_BASIS', 'PROVEN_EXPERIENCE', 'PROFESSIONAL_JUDGEMENT', 'PUPILS_VOICE')",
    );
    await queryRunner.query(
      'CREATE TABLE "measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "measure_type_id" uuid NOT NULL, "tier" "public"."measure_tier" NOT NULL, "level" "public"."measure_level" NOT NULL, "status" "public"."measure_status" NOT NULL, "offered_on" date NOT NULL, "responded_on" date, "planned_start_on" date, "planned_end_on" date, "started_on" date, "ended_on" date, "end_reason" "public"."measure_end_reason", "occupation_after" "public"."occupation_category", "planning_and_goal" character varying(2000) NOT NULL DEFAULT \'\', "young_person_responsibility" character varying(1000) NOT NULL DEFAULT \'\', "municipality_responsibility" character varying(1000) NOT NULL DEFAULT \'\', "other_actor_responsibility" character varying(1000) NOT NULL DEFAULT \'\', "other_actor_organization_id" uuid, "follow_up_on" date, "evaluation_on" date, "evidence_basis" "public"."evidence_basis" array NOT NULL DEFAULT \'{}\', "created_by_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "ix_measure_follow_up" ON "measure"  ("municipality_id", "follow_up_on") ');
    await queryRunner.query(
      'CREATE INDEX "ix_measure_young_person" ON "measure"  ("municipality_id", "young_person_id", "status") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "measure" IS \'A measure (insats / individuell åtgärd) for a young person.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "measure" ADD CONSTRAINT "fk_measure_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "measure" ADD CONSTRAINT "fk_measure_type" FOREIGN KEY ("measure_type_id") REFERENCES "measure_type"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "measure", "measure_type" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "measure", "measure_type" FROM ${app}`);
    await queryRunner.query('ALTER TABLE "measure" DROP CONSTRAINT "fk_measure_type"');
    await queryRunner.query('ALTER TABLE "measure" DROP CONSTRAINT "fk_measure_young_person"');
    await queryRunner.query('COMMENT ON TABLE "measure" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_measure_young_person"');
    await queryRunner.query('DROP INDEX "public"."ix_measure_follow_up"');
    await queryRunner.query('DROP TABLE "measure"');
    await queryRunner.query('DROP TYPE "public"."evidence_basis"');
    await queryRunner.query('DROP TYPE "public"."measure_end_reason"');
    await queryRunner.query('DROP TYPE "public"."measure_status"');
    await queryRunner.query('DROP TYPE "public"."measure_level"');
    await queryRunner.query('COMMENT ON TABLE "measure_type" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_measure_type_code"');
    await queryRunner.query('DROP TABLE "measure_type"');
    await queryRunner.query('DROP TYPE "public"."measure_tier"');
    await queryRunner.query('DROP TYPE "public"."scb_measure_category"');
  }
}
