import {
  DefinitionNode,
  getIntrospectionQuery,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  parse,
  validate,
} from 'graphql';

import { DEPTH_LIMIT_CODE, depthLimitRule, operationDepth } from './depth-limit.rule';
import { collectFragments } from './fragment-graph';
import { buildLimitsTestSchema } from './limits-test-schema';

const schema = buildLimitsTestSchema();

function run(query: string, maxDepth: number, exposeLimits = true): readonly GraphQLError[] {
  return validate(schema, parse(query), [depthLimitRule(maxDepth, exposeLimits)]);
}

function isOperation(definition: DefinitionNode): definition is OperationDefinitionNode {
  return definition.kind === Kind.OPERATION_DEFINITION;
}

function depthOf(query: string): number {
  const document = parse(query);
  const operation = document.definitions.find(isOperation);
  if (operation === undefined) throw new Error('no operation');
  return operationDepth(operation, collectFragments(document));
}

const depthThree = '{ item { child { id } } }';

describe('depthLimitRule', () => {
  it('counts top-level fields as depth 1', () => {
    expect(depthOf('{ items { id } }')).toBe(2);
    expect(depthOf(depthThree)).toBe(3);
  });

  it('accepts a query exactly at the limit', () => {
    expect(run(depthThree, 3)).toEqual([]);
  });

  it('rejects a query one level past the limit', () => {
    const errors = run(depthThree, 2);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions['code']).toBe(DEPTH_LIMIT_CODE);
    expect(errors[0]?.message).toBe('Query is too deep (max 2)');
  });

  it('hides the limit when exposeLimits is false', () => {
    const errors = run(depthThree, 2, false);
    expect(errors[0]?.message).toBe('Query is too deep');
    expect(errors[0]?.message).not.toContain('2');
  });

  it('follows named fragments', () => {
    const query = `
      { item { ...ItemChild } }
      fragment ItemChild on Item { child { child { id } } }
    `;
    expect(depthOf(query)).toBe(4);
    expect(run(query, 4)).toEqual([]);
    expect(run(query, 3)[0]?.extensions['code']).toBe(DEPTH_LIMIT_CODE);
  });

  it('follows inline fragments without adding depth for the fragment itself', () => {
    const query = '{ node(id: "1") { ... on User { friends { edges { node { id } } } } } }';
    expect(depthOf(query)).toBe(5);
    expect(run(query, 5)).toEqual([]);
    expect(run(query, 4)[0]?.extensions['code']).toBe(DEPTH_LIMIT_CODE);
  });

  it('never adds depth for __typename', () => {
    expect(depthOf('{ item { child { __typename } } }')).toBe(2);
    expect(run('{ item { child { __typename } } }', 2)).toEqual([]);
  });

  it('counts other introspection fields like ordinary fields', () => {
    expect(depthOf('{ __schema { types { fields { name } } } }')).toBe(4);
    expect(run('{ __schema { types { fields { name } } } }', 3)[0]?.extensions['code']).toBe(DEPTH_LIMIT_CODE);
  });

  it('uses the deepest branch of an operation', () => {
    expect(depthOf('{ items { id } item { child { child { id } } } }')).toBe(4);
  });

  it('checks every operation of the document separately', () => {
    const query = `
      query Shallow { items { id } }
      query Deep { item { child { child { id } } } }
    `;
    const errors = run(query, 3);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.nodes?.[0]?.loc?.startToken.line).toBe(3);
  });

  it('terminates on fragment cycles', () => {
    const query = `
      { item { ...A } }
      fragment A on Item { child { ...B } }
      fragment B on Item { child { ...A } }
    `;
    expect(depthOf(query)).toBe(3);
    const errors = run(query, 10);
    // graphql's own NoFragmentCyclesRule is not in the rule list, so no error from us here.
    expect(errors).toEqual([]);
  });

  it('stays fast on exponentially re-spread fragments', () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, index) => `fragment F${index} on Item { child { ...F${index + 1} ...F${index + 1} } }`,
    ).join('\n');
    const query = `{ item { ...F0 } }\nfragment F${levels} on Item { id }\n${fragments}`;
    expect(depthOf(query)).toBe(levels + 2);
  });

  describe('with free introspection (development)', () => {
    const introspection = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });

    it('refuses the standard introspection query without it (its ofType chain is deep)', () => {
      expect(run(introspection, 8)[0]?.extensions['code']).toBe(DEPTH_LIMIT_CODE);
    });

    it('counts nothing for __schema and __type, but still counts the fields beside them', () => {
      const free = (query: string, maxDepth: number): readonly GraphQLError[] =>
        validate(schema, parse(query), [depthLimitRule(maxDepth, true, { freeIntrospection: true })]);
      expect(free(introspection, 8)).toEqual([]);
      expect(free('{ __type(name: "Item") { ofType { ofType { ofType { name } } } } }', 1)).toEqual([]);
      expect(free('{ __schema { types { name } } item { child { id } } }', 2)[0]?.extensions['code']).toBe(
        DEPTH_LIMIT_CODE,
      );
    });
  });
});
