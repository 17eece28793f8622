import { GraphQLError, parse, validate } from 'graphql';

import { DIRECTIVE_LIMIT_CODE, directiveLimitRule } from './directive-limit.rule';
import { buildLimitsTestSchema } from './limits-test-schema';

const schema = buildLimitsTestSchema();

function run(query: string, maxDirectives: number, exposeLimits = true): readonly GraphQLError[] {
  return validate(schema, parse(query), [directiveLimitRule(maxDirectives, exposeLimits)]);
}

const threeDirectives = `
  query ($yes: Boolean!) {
    item @include(if: $yes) { id @skip(if: false) name @include(if: true) }
  }
`;

describe('directiveLimitRule', () => {
  it('accepts a query exactly at the limit', () => {
    expect(run(threeDirectives, 3)).toEqual([]);
  });

  it('rejects a query one directive past the limit', () => {
    const errors = run(threeDirectives, 2);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions['code']).toBe(DIRECTIVE_LIMIT_CODE);
    expect(errors[0]?.message).toBe('Query has too many directives (max 2)');
  });

  it('hides the limit when exposeLimits is false', () => {
    expect(run(threeDirectives, 2, false)[0]?.message).toBe('Query has too many directives');
  });

  it('counts directives of a fragment each time it is spread, plus those on the spreads', () => {
    const query = `
      { a: item { ...F @skip(if: false) } b: item { ...F } }
      fragment F on Item { id @include(if: true) name @include(if: true) }
    `;
    // 1 on a spread + 2 spreads x 2
    expect(run(query, 5)).toEqual([]);
    expect(run(query, 4)[0]?.extensions['code']).toBe(DIRECTIVE_LIMIT_CODE);
  });

  it('counts directives on inline fragments and inside them', () => {
    const query = '{ node(id: "1") { ... on User @include(if: true) { name @skip(if: false) } } }';
    expect(run(query, 2)).toEqual([]);
    expect(run(query, 1)[0]?.extensions['code']).toBe(DIRECTIVE_LIMIT_CODE);
  });

  it('ignores fragments the operation does not use', () => {
    const query = `
      { item { id } }
      fragment Unused on Item { id @skip(if: false) name @skip(if: false) }
    `;
    expect(run(query, 0)).toEqual([]);
  });

  it('terminates on fragment cycles', () => {
    const query = `
      { item { ...A } }
      fragment A on Item { child @skip(if: false) { ...B } }
      fragment B on Item { child @skip(if: false) { ...A } }
    `;
    expect(run(query, 2)).toEqual([]);
    expect(run(query, 1)[0]?.extensions['code']).toBe(DIRECTIVE_LIMIT_CODE);
  });
});
