// Writes the GraphQL schema, sorted, to schema.gql at the repository root (or checks it with
// --check). Needs no database: the schema is built from the resolver classes alone.
import 'reflect-metadata';
import { promises as fs } from 'node:fs';
import path from 'node:path';

import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';

import { printSortedSchema, SCHEMA_RESOLVERS } from '../graphql/schema-printer';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  const schema = await app.get(GraphQLSchemaFactory).create(SCHEMA_RESOLVERS);
  await app.close();
  const printed = printSortedSchema(schema);
  const file = path.resolve(__dirname, '../../../../../schema.gql');
  if (process.argv.includes('--check')) {
    const committed = await fs.readFile(file, 'utf8').catch(() => '');
    if (committed !== printed) {
      process.stderr.write('schema.gql is out of date: run `npm run schema:print` and commit it.\n');
      process.exit(1);
    }
    process.stdout.write('schema.gql is up to date.\n');
    return;
  }
  await fs.writeFile(file, printed);
  process.stdout.write(`Wrote ${file}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
