import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// The municipality's own information categories, and where consents, referrals and
// disclosures name them.
export class InformationCategories1795576990983 implements MigrationInterface {
  name = 'InformationCategories1795576990983';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "information_category_definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(200) NOT NULL, "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f87dda597b20d1b70758311f332" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_information_category_definition_code" ON "information_category_definition"  ("municipality_id", "code") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "information_category_definition" IS \'A municipality’s own information category.\'',
    );
    await queryRunner.query(
      'ALTER TABLE "consent" ADD "other_categories" character varying(40) array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "disclosure" ADD "other_categories" character varying(40) array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query(
      'ALTER TABLE "referral" ADD "other_categories" character varying(40) array NOT NULL DEFAULT \'{}\'',
    );
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "information_category_definition" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`REVOKE ALL ON "information_category_definition" FROM ${app}`);
    await queryRunner.query('ALTER TABLE "referral" DROP COLUMN "other_categories"');
    await queryRunner.query('ALTER TABLE "disclosure" DROP COLUMN "other_categories"');
    await queryRunner.query('ALTER TABLE "consent" DROP COLUMN "other_categories"');
    await queryRunner.query('COMMENT ON TABLE "information_category_definition" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_information_category_definition_code"');
    await queryRunner.query('DROP TABLE "information_category_definition"');
  }
}
