// Relative imports: jest's moduleNameMapper does not apply to global setup files.
import { Client } from 'pg';

import { TEST_ADMIN_URL_ENV } from '../../libs/core/testing/src';

export default async function globalTeardown(): Promise<void> {
  const template = globalThis.__bryggaTemplate;
  const adminUrl = process.env[TEST_ADMIN_URL_ENV];
  if (template && adminUrl) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    // Drop the template and any clone a crashed test file left behind.
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [template, `${template}\\_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    globalThis.__bryggaTemplate = undefined;
  }
  if (globalThis.__bryggaEmbedded) {
    await globalThis.__bryggaEmbedded.stop();
    globalThis.__bryggaEmbedded = undefined;
  }
  delete process.env[TEST_ADMIN_URL_ENV];
}
