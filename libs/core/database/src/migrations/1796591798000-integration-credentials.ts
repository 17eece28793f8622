import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Integration credentials (issue 16): a school system's bearer credential for POST /signals/import
// (only the secret's hash is kept); an import may now come from such a credential instead of a user.

export class IntegrationCredentials1796591798000 implements MigrationInterface {
  name = 'IntegrationCredentials1796591798000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "integration_credential" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "secret_hash" character(64) NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_integration_credential" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "ix_integration_credential_municipality" ON "integration_credential"  ("municipality_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "uq_integration_credential_hash" ON "integration_credential"  ("secret_hash") ',
    );
    await queryRunner.query(
      'COMMENT ON TABLE "integration_credential" IS \'A school system’s credential for POST /signals/import.\'',
    );
    await queryRunner.query('ALTER TABLE "signal_import" ADD "credential_id" uuid');
    await queryRunner.query('ALTER TABLE "signal_import" ALTER COLUMN "created_by_id" DROP NOT NULL');
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON "integration_credential" TO ${app}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "signal_import" ALTER COLUMN "created_by_id" SET NOT NULL');
    await queryRunner.query('ALTER TABLE "signal_import" DROP COLUMN "credential_id"');
    await queryRunner.query('COMMENT ON TABLE "integration_credential" IS NULL');
    await queryRunner.query('DROP INDEX "public"."uq_integration_credential_hash"');
    await queryRunner.query('DROP INDEX "public"."ix_integration_credential_municipality"');
    await queryRunner.query('DROP TABLE "integration_credential"');
  }
}
