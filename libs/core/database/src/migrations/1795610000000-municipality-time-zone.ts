import { MigrationInterface, QueryRunner } from 'typeorm';

// The municipality's time zone: every date-only rule (consent validity, the end at 20, due
// dates) judges on the municipality's local day, not the UTC day.
export class MunicipalityTimeZone1795610000000 implements MigrationInterface {
  name = 'MunicipalityTimeZone1795610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "municipality" ADD "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/Stockholm'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipality" DROP COLUMN "time_zone"');
  }
}
