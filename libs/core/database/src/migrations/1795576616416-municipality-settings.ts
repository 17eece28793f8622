import { MigrationInterface, QueryRunner } from 'typeorm';

// A municipality's own consent period (days), within the same bounds as the service default.
export class MunicipalitySettings1795576616416 implements MigrationInterface {
  name = 'MunicipalitySettings1795576616416';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipality" ADD "consent_default_valid_days" smallint');
    await queryRunner.query(
      'ALTER TABLE "municipality" ADD CONSTRAINT "ck_municipality_consent_days" CHECK (consent_default_valid_days BETWEEN 1 AND 3650)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "municipality" DROP CONSTRAINT "ck_municipality_consent_days"');
    await queryRunner.query('ALTER TABLE "municipality" DROP COLUMN "consent_default_valid_days"');
  }
}
