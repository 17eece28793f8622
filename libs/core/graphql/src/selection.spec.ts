import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';

import { selectedFieldNames } from './selection';

const schema = buildSchema(`
  type Person { id: ID! name: String plan: String measures: [String] }
  type Page { totalCount: Int nodes: [Person] }
  type Query { page: Page }
`);

// Runs the query for real and returns what the page's resolver would compute from its info.
async function selectedOnNodes(source: string): Promise<string[]> {
  let names: ReadonlySet<string> = new Set();
  const result = await graphql({
    schema,
    source,
    rootValue: {
      page: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        names = selectedFieldNames(info, ['nodes']);
        return { totalCount: 0, nodes: [] };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return [...names].sort();
}

describe('selectedFieldNames', () => {
  it('names the fields selected on the rows, not on the page', async () => {
    expect(await selectedOnNodes('{ page { totalCount nodes { id plan } } }')).toEqual(['id', 'plan']);
  });

  it('follows aliases, inline fragments and named fragments (each once)', async () => {
    const query = `{ page { rows: nodes { first: id ... on Person { plan } ...More ...More } } }
      fragment More on Person { measures ...Name }
      fragment Name on Person { name }`;
    expect(await selectedOnNodes(query)).toEqual(['id', 'measures', 'name', 'plan']);
  });

  it('merges the row selections of the page field selected twice', async () => {
    expect(await selectedOnNodes('{ page { nodes { id } } page { nodes { plan } } }')).toEqual(['id', 'plan']);
  });

  it('counts a field under @skip too (over, never under)', async () => {
    expect(await selectedOnNodes('{ page { nodes { id plan @skip(if: true) } } }')).toEqual(['id', 'plan']);
  });

  it('is empty when the rows are not selected', async () => {
    expect(await selectedOnNodes('{ page { totalCount } }')).toEqual([]);
  });
});
