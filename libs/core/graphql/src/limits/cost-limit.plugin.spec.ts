import { ApolloServer, GraphQLResponse } from '@apollo/server';

import { COST_LIMIT_CODE, costLimitPlugin } from './cost-limit.plugin';
import { limitsTestTypeDefs } from './limits-test-schema';

interface ItemRecord {
  readonly id: string;
  readonly name: string;
}

function itemList(count: number): ItemRecord[] {
  return Array.from({ length: count }, (_, index) => ({ id: String(index), name: `item ${index}` }));
}

const resolvers = {
  Query: {
    nodes: (_parent: unknown, args: { first?: number | null }) => ({ nodes: itemList(args.first ?? 10) }),
    items: () => itemList(3),
  },
  Node: { __resolveType: () => 'Post' },
  NodeConnection: { nodes: (parent: { nodes: ItemRecord[] }) => parent.nodes, edges: () => [] },
  Item: { children: () => [], child: () => null },
};

// Cost of `nodes(first: n) { nodes { id } }` is 1 + n * 2, so maxCost 11 admits n <= 5.
const connectionQuery = 'query Page($first: Int) { nodes(first: $first) { nodes { id } } }';

function createServer(exposeLimits: boolean): ApolloServer {
  return new ApolloServer({
    typeDefs: limitsTestTypeDefs,
    resolvers,
    plugins: [costLimitPlugin({ maxCost: 11, defaultListSize: 10, maxListSize: 100, exposeLimits })],
  });
}

function singleResult(response: GraphQLResponse): Extract<GraphQLResponse['body'], { kind: 'single' }>['singleResult'] {
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('costLimitPlugin', () => {
  let server: ApolloServer;

  beforeEach(async () => {
    server = createServer(true);
    await server.start();
  });

  afterEach(async () => {
    await server.stop();
  });

  it('accepts an operation exactly at the limit', async () => {
    const result = singleResult(await server.executeOperation({ query: connectionQuery, variables: { first: 5 } }));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ nodes: { nodes: itemList(5).map(({ id }) => ({ id })) } });
  });

  it('rejects an operation one unit past the limit with a 400', async () => {
    const response = await server.executeOperation({
      // 11 for the page plus 1 for `node` (its __typename is free)
      query: '{ nodes(first: 5) { nodes { id } } node(id: "1") { __typename } }',
    });
    const result = singleResult(response);
    expect(result.errors?.[0]?.extensions?.['code']).toBe(COST_LIMIT_CODE);
    expect(result.errors?.[0]?.message).toBe('Query is too complex (cost 12, max 11)');
    expect(response.http.status).toBe(400);
    expect(result.data).toBeUndefined();
  });

  it('re-evaluates the same document for every request with its own variables', async () => {
    const cheap = singleResult(await server.executeOperation({ query: connectionQuery, variables: { first: 5 } }));
    expect(cheap.errors).toBeUndefined();

    const expensive = singleResult(
      await server.executeOperation({ query: connectionQuery, variables: { first: 100 } }),
    );
    expect(expensive.errors?.[0]?.extensions?.['code']).toBe(COST_LIMIT_CODE);

    const cheapAgain = singleResult(await server.executeOperation({ query: connectionQuery, variables: { first: 2 } }));
    expect(cheapAgain.errors).toBeUndefined();
  });

  it('does not charge fields removed by @skip', async () => {
    const query = 'query ($skip: Boolean!) { nodes(first: 5) { nodes { id } } items @skip(if: $skip) { id } }';
    const skipped = singleResult(await server.executeOperation({ query, variables: { skip: true } }));
    expect(skipped.errors).toBeUndefined();

    const included = singleResult(await server.executeOperation({ query, variables: { skip: false } }));
    expect(included.errors?.[0]?.extensions?.['code']).toBe(COST_LIMIT_CODE);
  });

  it('hides the numbers when exposeLimits is false', async () => {
    const hidden = createServer(false);
    await hidden.start();
    try {
      const result = singleResult(await hidden.executeOperation({ query: connectionQuery, variables: { first: 100 } }));
      expect(result.errors?.[0]?.extensions?.['code']).toBe(COST_LIMIT_CODE);
      expect(result.errors?.[0]?.message).toBe('Query is too complex');
    } finally {
      await hidden.stop();
    }
  });
});
