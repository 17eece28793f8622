// Writes a new migration with the SQL that brings a freshly migrated database to the
// entities' schema (what `typeorm migration:generate` does), for review before committing.
// Usage: npm run migration:generate -- <kebab-name>
import 'reflect-metadata';
import { promises as fs } from 'node:fs';
import path from 'node:path';

import { DataSource } from 'typeorm';

import { dataSourceOptions, ensureDatabaseRoles, startEmbeddedPostgres } from '@app/core/database';

import { allEntities } from '../database/entities';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9-]+$/.test(name)) throw new Error('usage: migration:generate <kebab-name>');
  const db = await startEmbeddedPostgres({ dataDir: '.data/migration-generate', ephemeral: true });
  try {
    await ensureDatabaseRoles(db.adminUrl, { owner: 'brygga_owner', app: 'brygga_app' });
    const ds = new DataSource(
      dataSourceOptions(
        {
          url: db.adminUrl,
          role: 'brygga_owner',
          appRole: 'brygga_app',
          poolSize: 2,
          statementTimeoutMs: 60_000,
          applicationName: 'migration-generate',
        },
        allEntities,
      ),
    );
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    if (sql.upQueries.length === 0) {
      process.stdout.write('No changes: the migrations already match the entities.\n');
      return;
    }
    const timestamp = Date.now();
    const className = name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase()) + timestamp;
    const render = (q: { query: string; parameters?: unknown[] }): string =>
      `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
    const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(render).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(render).join('\n')}
  }
}
`;
    const file = path.join('libs/core/database/src/migrations', `${timestamp}-${name}.ts`);
    await fs.writeFile(file, body);
    process.stdout.write(`Wrote ${file}; add it to libs/core/database/src/migrations/index.ts\n`);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
