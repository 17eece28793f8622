import { promises as fs } from 'node:fs';
import path from 'node:path';

import { GraphQLSchemaHost } from '@nestjs/graphql';

import { printSortedSchema } from '../../apps/api/src/graphql/schema-printer';
import { startTestApi, type TestApi } from '../support/test-api';

describe('schema.gql', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is the sorted schema the running api serves (run `npm run schema:print` after changing it)', async () => {
    const committed = await fs.readFile(path.join(__dirname, '..', '..', 'schema.gql'), 'utf8');
    const served = printSortedSchema(t.api.app.get(GraphQLSchemaHost).schema);
    expect(served).toBe(committed);
  });
});
