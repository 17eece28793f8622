import { DataSource } from 'typeorm';

import { dataSourceOptions } from './data-source.options';
import { DatabaseRoles, ensureDatabaseRoles } from './database-roles';

export interface MigrationOutcome {
  applied: string[];
}

// Creates the roles, then applies pending migrations as the owner role, so every object is
// owned by it and the application role holds only what the migrations grant.
export async function migrateDatabase(adminUrl: string, roles: DatabaseRoles): Promise<MigrationOutcome> {
  await ensureDatabaseRoles(adminUrl, roles);
  const ds = ownerDataSource(adminUrl, roles);
  await ds.initialize();
  try {
    // Two instances starting together must not both run the same migration.
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query("SELECT pg_advisory_lock(hashtextextended('brygga:migrations', 0))");
      const applied = await ds.runMigrations({ transaction: 'each' });
      return { applied: applied.map((m) => m.name) };
    } finally {
      await runner.query("SELECT pg_advisory_unlock(hashtextextended('brygga:migrations', 0))").catch(() => undefined);
      await runner.release();
    }
  } finally {
    await ds.destroy();
  }
}

// Reverts every applied migration (tests of the down path only).
export async function revertAllMigrations(adminUrl: string, roles: DatabaseRoles): Promise<number> {
  const ds = ownerDataSource(adminUrl, roles);
  await ds.initialize();
  let reverted = 0;
  try {
    for (;;) {
      const executed = await ds.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "schema_migration"`);
      if ((executed[0]?.n ?? 0) === 0) return reverted;
      await ds.undoLastMigration({ transaction: 'each' });
      reverted += 1;
    }
  } finally {
    await ds.destroy();
  }
}

export function ownerDataSource(
  adminUrl: string,
  roles: DatabaseRoles,
  entities: Parameters<typeof dataSourceOptions>[1] = [],
): DataSource {
  return new DataSource(
    dataSourceOptions(
      {
        url: adminUrl,
        role: roles.owner,
        appRole: roles.app,
        poolSize: 2,
        statementTimeoutMs: 120_000,
        applicationName: 'brygga-migrate',
      },
      entities,
    ),
  );
}
