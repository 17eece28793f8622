import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import type { DatabaseRoles } from '@app/core/database';

// Written by test/setup/global-setup.ts for every worker.
export const TEST_ADMIN_URL_ENV = 'BRYGGA_TEST_ADMIN_URL';
export const TEST_TEMPLATE_ENV = 'BRYGGA_TEST_TEMPLATE';

export const TEST_ROLES: DatabaseRoles = { owner: 'brygga_owner', app: 'brygga_app' };

export interface TestDatabase {
  name: string;
  // Superuser (or DATABASE_URL login) connection to this database.
  adminUrl: string;
  drop(): Promise<void>;
}

export function testAdminUrl(database?: string): string {
  const url = process.env[TEST_ADMIN_URL_ENV];
  if (!url) throw new Error(`${TEST_ADMIN_URL_ENV} is not set: run this test through jest's global setup`);
  if (!database) return url;
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// A new database cloned from the migrated template: each test file gets its own, so files
// run in parallel without seeing each other's rows.
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.NODE_ENV !== 'test') throw new Error('Test databases are created only with NODE_ENV=test');
  const template = process.env[TEST_TEMPLATE_ENV];
  if (!template) throw new Error(`${TEST_TEMPLATE_ENV} is not set`);
  const name = `${template}_${randomBytes(5).toString('hex')}`;
  await withAdmin(async (client) => {
    // CREATE DATABASE ... TEMPLATE fails if anyone is connected to the template; retry briefly.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return {
    name,
    adminUrl: testAdminUrl(name),
    drop: () => dropDatabase(name),
  };
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
