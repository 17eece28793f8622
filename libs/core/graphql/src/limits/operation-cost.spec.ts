import { getIntrospectionQuery, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';

import { buildLimitsTestSchema } from './limits-test-schema';
import { costVariables, operationCost } from './operation-cost';

const schema = buildLimitsTestSchema();
const options = { defaultListSize: 10, maxListSize: 50 };

function cost(query: string, variables?: Record<string, unknown>, operationName?: string): number {
  return operationCost({ schema, document: parse(query), variables, operationName }, options);
}

describe('operationCost', () => {
  it('charges 1 per object or scalar field', () => {
    expect(cost('{ node(id: "1") { id } }')).toBe(2);
    expect(cost('{ item { id name child { id } } }')).toBe(5);
  });

  it('charges a scalar list field like a scalar', () => {
    expect(cost('{ node(id: "1") { ... on Post { tags } } }')).toBe(2);
  });

  it('multiplies the children of a list field by the default list size', () => {
    expect(cost('{ items { id } }')).toBe(1 + 10 * 1);
    expect(cost('{ items { id children { id } } }')).toBe(1 + 10 * (1 + (1 + 10 * 1)));
  });

  it('uses a literal limit argument on a list field', () => {
    expect(cost('{ node(id: "1") { ... on User { posts(limit: 4) { title } } } }')).toBe(1 + (1 + 4 * 1));
  });

  it('multiplies a connection once by first, without multiplying its edges list again', () => {
    expect(cost('{ nodes(first: 5) { edges { node { id } } } }')).toBe(1 + 5 * (1 + (1 + 1)));
    expect(cost('{ nodes(last: 4) { nodes { id } pageInfo { hasNextPage } } }')).toBe(1 + 4 * (1 + 1 + (1 + 1)));
  });

  it('uses the default list size for a connection without first/last', () => {
    expect(cost('{ nodes { edges { node { id } } } }')).toBe(1 + 10 * 3);
  });

  it('uses the schema default of a first argument', () => {
    expect(cost('{ users { totalCount } }')).toBe(1 + 3 * 1);
  });

  it('caps every list size at maxListSize', () => {
    expect(cost('{ nodes(first: 1000) { nodes { id } } }')).toBe(1 + 50 * 2);
    expect(
      operationCost({ schema, document: parse('{ items { id } }') }, { defaultListSize: 100, maxListSize: 20 }),
    ).toBe(1 + 20);
  });

  it('resolves list sizes from request variables', () => {
    const query = 'query ($n: Int) { nodes(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 5 })).toBe(16);
    expect(cost(query, { n: 2 })).toBe(7);
    expect(cost(query, {})).toBe(1 + 10 * 3);
  });

  it('resolves list sizes from variable defaults', () => {
    const query = 'query ($n: Int = 7) { nodes(first: $n) { edges { node { id } } } }';
    expect(cost(query)).toBe(1 + 7 * 3);
    expect(cost(query, { n: 2 })).toBe(1 + 2 * 3);
  });

  it('falls back to the default size for null or invalid sizes', () => {
    const query = 'query ($n: Int) { nodes(first: $n) { nodes { id } } }';
    expect(cost(query, { n: null })).toBe(1 + 10 * 2);
    expect(cost(query, { n: -3 })).toBe(1 + 10 * 2);
  });

  it('honours @skip and @include with literals and variables', () => {
    const query = 'query ($s: Boolean!, $i: Boolean!) { items @skip(if: $s) { id } item @include(if: $i) { id } }';
    expect(cost(query, { s: true, i: false })).toBe(0);
    expect(cost(query, { s: false, i: false })).toBe(11);
    expect(cost(query, { s: true, i: true })).toBe(2);
    expect(cost('{ items @skip(if: true) { id } item @include(if: false) { id } }')).toBe(0);
  });

  it('honours @skip on fragments', () => {
    const query = `
      query ($s: Boolean!) { items { ...Heavy @skip(if: $s) ... @skip(if: $s) { children { id } } } }
      fragment Heavy on Item { children { id } }
    `;
    expect(cost(query, { s: true })).toBe(1);
    expect(cost(query, { s: false })).toBe(1 + 10 * (2 * (1 + 10)));
  });

  it('follows named and inline fragments', () => {
    const query = `
      { node(id: "1") { ... on User { friends(first: 2) { edges { node { ...UserFields } } } } } }
      fragment UserFields on User { id name }
    `;
    // node 1 + friends (1 + 2 x (edges 1 + node (1 + 2)))
    expect(cost(query)).toBe(10);
  });

  it('applies the connection exception to fragments spread directly inside a connection', () => {
    const query = `
      { nodes(first: 5) { ...Page } items { ...ItemPage } }
      fragment Page on NodeConnection { nodes { id } }
      fragment ItemPage on Item { children { id } }
    `;
    expect(cost(query)).toBe(1 + 5 * 2 + (1 + 10 * (1 + 10 * 1)));
  });

  it('does not charge __typename', () => {
    expect(cost('{ item { __typename id } }')).toBe(2);
  });

  it('costs the named operation only', () => {
    const query = 'query Cheap { item { id } } query Expensive { items { id } }';
    expect(cost(query, {}, 'Cheap')).toBe(2);
    expect(cost(query, {}, 'Expensive')).toBe(11);
    expect(() => cost(query)).toThrow(/cannot determine operation/);
  });

  it('terminates on fragment cycles', () => {
    const query = `
      { items { ...A } }
      fragment A on Item { children { ...B } }
      fragment B on Item { children { ...A } }
    `;
    expect(cost(query)).toBe(1 + 10 * (1 + 10 * 1));
  });

  it('stays fast on exponentially re-spread fragments', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, index) => `fragment F${index} on Item { child { ...F${index + 1} ...F${index + 1} } }`,
    ).join('\n');
    const query = `{ item { ...F0 } }\nfragment F${levels} on Item { id }\n${fragments}`;
    expect(cost(query)).toBeGreaterThan(2 ** levels);
  });

  it('counts a list that declares its size with the listSize extension at that size, unless asked for more', () => {
    const guardian = new GraphQLObjectType({ name: 'Guardian', fields: { name: { type: GraphQLString } } });
    const person = new GraphQLObjectType({
      name: 'Person',
      fields: {
        guardians: { type: new GraphQLList(guardian), extensions: { listSize: 4 } },
        friends: { type: new GraphQLList(guardian) },
      },
    });
    const bounded = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { person: { type: person } } }),
    });
    const costOf = (query: string): number => operationCost({ schema: bounded, document: parse(query) }, options);
    expect(costOf('{ person { guardians { name } } }')).toBe(1 + (1 + 4 * 1));
    expect(costOf('{ person { friends { name } } }')).toBe(1 + (1 + 10 * 1));
  });
});

describe('operationCost with free introspection (development)', () => {
  it('prices __schema and __type at zero, and the fields beside them as usual', () => {
    const free = { ...options, freeIntrospection: true };
    const introspection = parse(getIntrospectionQuery({ descriptions: true }));
    expect(operationCost({ schema, document: introspection }, options)).toBeGreaterThan(5000);
    expect(operationCost({ schema, document: introspection }, free)).toBe(0);
    expect(operationCost({ schema, document: parse('{ __type(name: "Item") { name } items { id } }') }, free)).toBe(
      1 + 10 * 1,
    );
  });
});

describe('costVariables', () => {
  it('names the variables of list sizes and directives, in fragments too, and no others', () => {
    const document = parse(`
      query ($first: Int, $id: ID!, $term: String, $show: Boolean!, $limit: Int, $n: Int) {
        nodes(first: $first, filter: { text: $term }) { nodes { id } }
        node(id: $id) { ...Parts }
        items @include(if: $show) { id }
      }
      fragment Parts on Node { children(limit: $limit, input: { size: [$n] }) { id } }
    `);
    expect(costVariables(document)).toEqual(['first', 'limit', 'show']);
  });
});
