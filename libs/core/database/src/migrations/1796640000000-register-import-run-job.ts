import type { MigrationInterface, QueryRunner } from 'typeorm';

// The run of a register import is a queued job (issue 16): the import names its latest run job,
// whose progress the page shows. A failed run job is replaced by the next runRegisterImport.
export class RegisterImportRunJob1796640000000 implements MigrationInterface {
  name = 'RegisterImportRunJob1796640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "register_import" ADD "run_job_id" uuid');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "register_import" DROP COLUMN "run_job_id"');
  }
}
