import type { MigrationInterface, QueryRunner } from 'typeorm';

// The access-log ground of a disposal's archive download (issue 19, docs/RETENTION.md): the
// admin reads the disposed rows about the young people the archive file names.
export class RetentionArchiveGround1796790000000 implements MigrationInterface {
  name = 'RetentionArchiveGround1796790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."access_ground" ADD VALUE IF NOT EXISTS 'ARCHIVE'`);
  }

  async down(): Promise<void> {
    // PostgreSQL cannot drop an enum value; ARCHIVE stays in access_ground (as STATUTORY_REPORT
    // and SCHOOL do), unused once the archive download is gone.
  }
}
