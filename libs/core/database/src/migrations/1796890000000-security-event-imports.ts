import type { MigrationInterface, QueryRunner } from 'typeorm';

// Refused school imports are security events (issue 19): IMPORT_REFUSED, and ANOMALY_IMPORT when
// one integration credential or user keeps sending rows about another school's pupils (probing
// which school a personnummer attends). The credential is a column of its own, so the anomaly
// can count a school system's refusals as it counts an account's failed logins.
export class SecurityEventImports1796890000000 implements MigrationInterface {
  name = 'SecurityEventImports1796890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "security_event" ADD "credential_id" uuid`);
    await queryRunner.query(`ALTER TABLE "security_event" DROP CONSTRAINT "ck_security_event_kind"`);
    await queryRunner.query(
      `ALTER TABLE "security_event" ADD CONSTRAINT "ck_security_event_kind" CHECK (kind IN ('LOGIN_FAILED', 'LOGIN_THROTTLED', 'TOKEN_REFUSED', 'REFRESH_TOKEN_REFUSED', 'OPERATION_REFUSED', 'IMPORT_REFUSED', 'ANOMALY_ACCOUNT', 'ANOMALY_ADDRESS', 'ANOMALY_IMPORT'))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_security_event_credential_time" ON "security_event" ("credential_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_security_event_user_time" ON "security_event" ("user_id", "occurred_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_security_event_user_time"`);
    await queryRunner.query(`DROP INDEX "public"."ix_security_event_credential_time"`);
    await queryRunner.query(`DELETE FROM "security_event" WHERE kind IN ('IMPORT_REFUSED', 'ANOMALY_IMPORT')`);
    await queryRunner.query(`ALTER TABLE "security_event" DROP CONSTRAINT "ck_security_event_kind"`);
    await queryRunner.query(
      `ALTER TABLE "security_event" ADD CONSTRAINT "ck_security_event_kind" CHECK (kind IN ('LOGIN_FAILED', 'LOGIN_THROTTLED', 'TOKEN_REFUSED', 'REFRESH_TOKEN_REFUSED', 'OPERATION_REFUSED', 'ANOMALY_ACCOUNT', 'ANOMALY_ADDRESS'))`,
    );
    await queryRunner.query(`ALTER TABLE "security_event" DROP COLUMN "credential_id"`);
  }
}
