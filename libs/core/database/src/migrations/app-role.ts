import type { QueryRunner } from 'typeorm';

// The application role's name, quoted. Migrations run as the owner role; the role to grant to
// is named in the `brygga.app_role` setting that the bootstrap puts on the session.
export async function appRole(queryRunner: QueryRunner): Promise<string> {
  const rows = (await queryRunner.query(`SELECT current_setting('brygga.app_role', true) AS role`)) as Array<{
    role: string | null;
  }>;
  const role = rows[0]?.role;
  if (!role || !/^[a-z_][a-z0-9_]{0,62}$/.test(role)) {
    throw new Error('brygga.app_role is not set on the migration connection');
  }
  return `"${role}"`;
}
