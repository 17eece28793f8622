import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Shared action plans: the head, goals, actions, follow-ups and a snapshot of every version.
export class ActionPlans1795559886124 implements MigrationInterface {
  name = 'ActionPlans1795559886124';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"plan_scope\" AS ENUM('INDIVIDUAL', 'GROUP', 'CLASS', 'SCHOOL')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"plan_participation\" AS ENUM('PARTICIPATED', 'CONSULTED', 'INFORMED', 'DECLINED', 'NOT_RECORDED')",
    );
    await queryRunner.query('CREATE TYPE "public"."plan_status" AS ENUM(\'ACTIVE\', \'CLOSED\')');
    await queryRunner.query(
      'CREATE TABLE "action_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "young_person_id" uuid, "scope" "public"."plan_scope" NOT NULL, "owner_organization_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "target_group" character varying(200) NOT NULL DEFAULT \'\', "background" character varying(4000) NOT NULL DEFAULT \'\', "background_date" date, "patterns_and_factors" character varying(4000) NOT NULL DEFAULT \'\', "development_area" character varying(2000) NOT NULL DEFAULT \'\', "lead_organization_id" uuid, "lead_user_id" uuid, "participation" "public"."plan_participation" NOT NULL, "participation_note" character varying(1000) NOT NULL DEFAULT \'\', "evaluation" character varying(4000) NOT NULL DEFAULT \'\', "status" "public"."plan_status" NOT NULL, "closed_on" date, "created_by_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT \'1\', CONSTRAINT "PK_73de59f4ddad48bad469c1afdbd" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_action_plan_owner" ON "action_plan"  ("municipality_id", "owner_organization_id", "scope") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_action_plan_young_person" ON "action_plan"  ("municipality_id", "young_person_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_action_plan_active_individual" ON "action_plan"  ("young_person_id") WHERE "status" = \'ACTIVE\' AND "young_person_id" IS NOT NULL',
    );
    await queryRunner.query('COMMENT ON TABLE "action_plan" IS \'A shared action plan (handlingsplan / SIP-like).\'');
    await queryRunner.query('CREATE TYPE "public"."plan_goal_owner" AS ENUM(\'YOUNG_PERSON\', \'PROFESSIONAL\')');
    await queryRunner.query(
      'CREATE TABLE "action_plan_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "position" integer NOT NULL, "text" character varying(1000) NOT NULL, "owner" "public"."plan_goal_owner" NOT NULL, CONSTRAINT "PK_e47bdfd8c9fbd6bd21d7d6f1c66" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_action_plan_goal_plan" ON "action_plan_goal"  ("municipality_id", "plan_id", "position") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "action_plan_goal" IS \'A goal of a plan, in the young person’s own words where theirs.\'',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"plan_action_status\" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')",
    );
    await queryRunner.query(
      'CREATE TABLE "action_plan_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "goal_id" uuid, "position" integer NOT NULL, "description" character varying(1000) NOT NULL, "responsible_organization_id" uuid NOT NULL, "responsible_user_id" uuid, "due_on" date, "status" "public"."plan_action_status" NOT NULL, CONSTRAINT "PK_39b062825545e3b4158b2b1a09e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_action_plan_action_responsible" ON "action_plan_action"  ("municipality_id", "responsible_organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_action_plan_action_plan" ON "action_plan_action"  ("municipality_id", "plan_id", "position") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "action_plan_action" IS \'An action of a plan with its responsible organisation.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "action_plan_follow_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "municipality_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "planned_on" date NOT NULL, "held_on" date, "summary" character varying(2000) NOT NULL DEFAULT \'\', "goal_evaluations" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_72ab11c517948dfb79041bbac45" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_action_plan_follow_up_plan" ON "action_plan_follow_up"  ("municipality_id", "plan_id", "planned_on") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "action_plan_follow_up" IS \'A planned or held follow-up of a plan, evaluating each goal.\'',
    );
    await queryRunner.query(
      'CREATE TABLE "action_plan_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "plan_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "changed_fields" character varying(100) array NOT NULL DEFAULT \'{}\', "changed_by_id" uuid NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fd89c88d2de7d1d63d5f6501822" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_action_plan_revision_plan" ON "action_plan_revision"  ("municipality_id", "plan_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_action_plan_revision_version" ON "action_plan_revision"  ("plan_id", "version") ',
    );
    await queryRunner.query('COMMENT ON TABLE "action_plan_revision" IS \'Every version of a plan, as a snapshot.\'');
    await queryRunner.query(
      'ALTER TABLE "action_plan" ADD CONSTRAINT "fk_action_plan_young_person" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_plan" ADD CONSTRAINT "fk_action_plan_owner" FOREIGN KEY ("owner_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_plan_goal" ADD CONSTRAINT "fk_action_plan_goal_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_plan_action" ADD CONSTRAINT "fk_action_plan_action_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_plan_follow_up" ADD CONSTRAINT "fk_action_plan_follow_up_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "action_plan_revision" ADD CONSTRAINT "fk_action_plan_revision_plan" FOREIGN KEY ("plan_id") REFERENCES "action_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Versions are history: the application appends them and never changes or deletes one.
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "action_plan" TO ${app}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON "action_plan_goal", "action_plan_action", "action_plan_follow_up" TO ${app}`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "action_plan_revision" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(
      `REVOKE ALL ON "action_plan", "action_plan_goal", "action_plan_action", "action_plan_follow_up", "action_plan_revision" FROM ${app}`,
    );
    await queryRunner.query('ALTER TABLE "action_plan_revision" DROP CONSTRAINT "fk_action_plan_revision_plan"');
    await queryRunner.query('ALTER TABLE "action_plan_follow_up" DROP CONSTRAINT "fk_action_plan_follow_up_plan"');
    await queryRunner.query('ALTER TABLE "action_plan_action" DROP CONSTRAINT "fk_action_plan_action_plan"');
    await queryRunner.query('ALTER TABLE "action_plan_goal" DROP CONSTRAINT "fk_action_plan_goal_plan"');
    await queryRunner.query('ALTER TABLE "action_plan" DROP CONSTRAINT "fk_action_plan_owner"');
    await queryRunner.query('ALTER TABLE "action_plan" DROP CONSTRAINT "fk_action_plan_young_person"');
    await queryRunner.query('COMMENT ON TABLE "action_plan_revision" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_action_plan_revision_version"');
    await queryRunner.query('DROP INDEX "public"."ix_action_plan_revision_plan"');
    await queryRunner.query('DROP TABLE "action_plan_revision"');
    await queryRunner.query('COMMENT ON TABLE "action_plan_follow_up" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_action_plan_follow_up_plan"');
    await queryRunner.query('DROP TABLE "action_plan_follow_up"');
    await queryRunner.query('COMMENT ON TABLE "action_plan_action" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_action_plan_action_plan"');
    await queryRunner.query('DROP INDEX "public"."ix_action_plan_action_responsible"');
    await queryRunner.query('DROP TABLE "action_plan_action"');
    await queryRunner.query('DROP TYPE "public"."plan_action_status"');
    await queryRunner.query('COMMENT ON TABLE "action_plan_goal" IS NULL');
    await queryRunner.query('DROP INDEX "public"."ix_action_plan_goal_plan"');
    await queryRunner.query('DROP TABLE "action_plan_goal"');
    await queryRunner.query('DROP TYPE "public"."plan_goal_owner"');
    await queryRunner.query('COMMENT ON TABLE "action_plan" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_action_plan_active_individual"');
    await queryRunner.query('DROP INDEX "public"."ix_action_plan_young_person"');
    await queryRunner.query('DROP INDEX "public"."ix_action_plan_owner"');
    await queryRunner.query('DROP TABLE "action_plan"');
    await queryRunner.query('DROP TYPE "public"."plan_status"');
    await queryRunner.query('DROP TYPE "public"."plan_participation"');
    await queryRunner.query('DROP TYPE "public"."plan_scope"');
  }
}
