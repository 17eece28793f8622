import { MigrationInterface, QueryRunner } from 'typeorm';

import { appRole } from './app-role';

// Least privilege for the application role and an append-only audit table. The role names
// come from the connection: migrations run as the owner role; the application role is the
// one named in the `brygga.app_role` setting put on the session by the bootstrap.
export class PrivilegesAndAuditGuards1795548600001 implements MigrationInterface {
  name = 'PrivilegesAndAuditGuards1795548600001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`GRANT SELECT ON "schema_migration" TO ${app}`);
    await queryRunner.query(`GRANT SELECT, INSERT ON "audit_event" TO ${app}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON "login_attempt" TO ${app}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE ON "municipality", "organization", "app_user", "membership", "refresh_token" TO ${app}`,
    );
    await queryRunner.query(`GRANT SELECT, INSERT ON "auth_signing_key" TO ${app}`);

    // Refuse changes to audit rows for every role, the owner included; only a superuser who
    // drops the trigger could, and the hash chain would then show it.
    await queryRunner.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const app = await appRole(queryRunner);
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(
      `REVOKE ALL ON "schema_migration", "audit_event", "login_attempt", "municipality", "organization", "app_user", "membership", "refresh_token", "auth_signing_key" FROM ${app}`,
    );
  }
}
