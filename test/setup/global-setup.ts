// Relative imports: jest's moduleNameMapper does not apply to global setup files.
import { randomBytes } from 'node:crypto';
import path from 'node:path';

import { Client } from 'pg';

import { migrateDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '../../libs/core/database/src';
import { TEST_ADMIN_URL_ENV, TEST_ROLES, TEST_TEMPLATE_ENV } from '../../libs/core/testing/src';

declare global {
  // Shared with global-teardown (same process).
  var __bryggaEmbedded: EmbeddedDatabase | undefined;
  var __bryggaTemplate: string | undefined;
}

// Starts a throw-away embedded PostgreSQL (or uses DATABASE_URL when set, e.g. an external
// PostgreSQL 15), and builds one migrated template database that each test file clones.
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  if (process.env[TEST_ADMIN_URL_ENV] && process.env[TEST_TEMPLATE_ENV]) return; // other project already did it
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(__dirname, '..', '..', '.data', `test-postgres-${process.pid}`),
      ephemeral: true,
    });
    globalThis.__bryggaEmbedded = embedded;
    adminUrl = embedded.adminUrl;
  }
  const template = `brygga_test_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  await migrateDatabase(templateUrl.toString(), TEST_ROLES);
  globalThis.__bryggaTemplate = template;
  process.env[TEST_ADMIN_URL_ENV] = adminUrl;
  process.env[TEST_TEMPLATE_ENV] = template;
  // The app under test must not pick up the admin URL itself; tests pass their own database.
  delete process.env.DATABASE_URL;
}
