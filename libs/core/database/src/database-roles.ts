import { Client } from 'pg';

export interface DatabaseRoles {
  owner: string;
  app: string;
}

const identifier = /^[a-z_][a-z0-9_]{0,62}$/;

function quoteRole(name: string): string {
  if (!identifier.test(name)) throw new Error(`Invalid role name: ${name}`);
  return `"${name}"`;
}

// Creates the two roles the schema relies on and gives them what they need on this database.
// The owner role owns every table (migrations run as it); the application role gets only
// the privileges each migration grants it. Idempotent; runs before migrations on every start.
export async function ensureDatabaseRoles(adminUrl: string, roles: DatabaseRoles): Promise<void> {
  const owner = quoteRole(roles.owner);
  const app = quoteRole(roles.app);
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // Role creation races when several test workers or api instances start at once; a
    // transaction-level advisory lock serialises it across the whole cluster.
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended('brygga:roles', 0))");
    for (const role of [roles.owner, roles.app]) {
      const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (found.rowCount === 0) await client.query(`CREATE ROLE ${quoteRole(role)} NOLOGIN`);
    }
    // The login of DATABASE_URL must be able to act as both roles (SET ROLE at connect).
    await client.query(`GRANT ${owner} TO CURRENT_USER`);
    await client.query(`GRANT ${app} TO CURRENT_USER`);
    await client.query('COMMIT');
    await client.query(`GRANT USAGE, CREATE ON SCHEMA public TO ${owner}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

// Connection option that makes a login act as `role` from its first statement on.
export function roleOption(role: string): string {
  quoteRole(role);
  return `-c role=${role}`;
}
