import { GraphQLError, parse, specifiedRules, validate } from 'graphql';

import { ALIAS_LIMIT_CODE, aliasLimitRule } from './alias-limit.rule';
import { buildLimitsTestSchema } from './limits-test-schema';

const schema = buildLimitsTestSchema();

function run(query: string, maxAliases: number, exposeLimits = true): readonly GraphQLError[] {
  return validate(schema, parse(query), [aliasLimitRule(maxAliases, exposeLimits)]);
}

const threeAliases = '{ a: item { id } b: item { id } item { c: id } }';

describe('aliasLimitRule', () => {
  it('accepts a query exactly at the limit', () => {
    expect(run(threeAliases, 3)).toEqual([]);
  });

  it('rejects a query one alias past the limit', () => {
    const errors = run(threeAliases, 2);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions['code']).toBe(ALIAS_LIMIT_CODE);
    expect(errors[0]?.message).toBe('Query has too many aliases (max 2)');
  });

  it('hides the limit when exposeLimits is false', () => {
    expect(run(threeAliases, 2, false)[0]?.message).toBe('Query has too many aliases');
  });

  it('does not count unaliased fields', () => {
    expect(run('{ items { id name } item { id } }', 0)).toEqual([]);
  });

  it("counts a fragment's aliases each time it is spread", () => {
    const query = `
      { a: item { ...Names } b: item { ...Names } }
      fragment Names on Item { first: name second: name }
    `;
    // 2 aliased items + 2 spreads x 2 aliases
    expect(run(query, 6)).toEqual([]);
    expect(run(query, 5)[0]?.extensions['code']).toBe(ALIAS_LIMIT_CODE);
  });

  it('counts aliases inside inline fragments', () => {
    const query = '{ node(id: "1") { ... on User { x: name y: name } ... on Post { z: title } } }';
    expect(run(query, 3)).toEqual([]);
    expect(run(query, 2)[0]?.extensions['code']).toBe(ALIAS_LIMIT_CODE);
  });

  it('counts each operation with only the fragments it uses', () => {
    const query = `
      query One { item { ...Two } }
      query Other { item { id } }
      fragment Two on Item { a: id b: id }
    `;
    const errors = run(query, 1);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.nodes?.[0]?.loc?.startToken.line).toBe(2);
  });

  it('terminates on fragment cycles, which graphql itself rejects', () => {
    const query = `
      { item { ...A } }
      fragment A on Item { a: child { ...B } }
      fragment B on Item { b: child { ...A } }
    `;
    expect(run(query, 2)).toEqual([]);
    const errors = validate(schema, parse(query), [...specifiedRules, aliasLimitRule(2, true)]);
    expect(errors.some((error) => error.message.includes('Cannot spread fragment'))).toBe(true);
  });

  it('stays fast when fragments expand exponentially', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, index) => `fragment F${index} on Item { x: child { ...F${index + 1} ...F${index + 1} } }`,
    ).join('\n');
    const query = `{ item { ...F0 } }\nfragment F${levels} on Item { id }\n${fragments}`;
    const errors = run(query, 1000);
    expect(errors[0]?.extensions['code']).toBe(ALIAS_LIMIT_CODE);
  });
});
