import {
  buildMongoQueryMatcher,
  createMongoAbility,
  type MongoQuery,
  type RawRuleOf,
  type MongoAbility,
  subject,
} from '@casl/ability';
import { $and, $nor, $not, $or, nor, not, or } from '@ucast/mongo2js';
import { DataSource } from 'typeorm';

import { AccessPredicateError, accessPredicate, whereAccessible, type SubjectMapping } from './index';

const mapping: SubjectMapping = {
  subjectType: 'Thing',
  columns: { id: 'id', orgId: 'org_id', level: 'level', note: 'note', active: 'active', dueAt: 'due_at' },
  relations: { tags: { table: 'tag', foreignKey: 'thing_id', columns: { name: 'name', weight: 'weight' } } },
};

type Rule = RawRuleOf<MongoAbility>;

function can(conditions?: MongoQuery, action = 'read'): Rule {
  return conditions ? { action, subject: 'Thing', conditions } : { action, subject: 'Thing' };
}

function cannot(conditions?: MongoQuery, action = 'read'): Rule {
  return { ...can(conditions, action), inverted: true };
}

function compile(rules: Rule[], subjectMapping: SubjectMapping = mapping, alias = 't') {
  return accessPredicate(createMongoAbility(rules), 'read', subjectMapping, alias);
}

// CASL 7's createMongoAbility knows no compound operators besides the implicit AND of a condition
// object's fields; this matcher adds the ones @ucast/mongo2js has, as CASL's docs describe.
const compoundMatcher = buildMongoQueryMatcher({ $and, $or, $nor, $not }, { or, nor, not });

function compileCompound(rules: Rule[]): string {
  const ability = createMongoAbility(rules, { conditionsMatcher: compoundMatcher });
  return accessPredicate(ability, 'read', mapping, 't').sql.replace(/ap_\d+_/g, 'ap_');
}

// Parameter names carry a per-call sequence number; normalise them for readable expectations.
function normalised(rules: Rule[], subjectMapping: SubjectMapping = mapping): string {
  return compile(rules, subjectMapping).sql.replace(/ap_\d+_/g, 'ap_');
}

function compileError(rules: Rule[], subjectMapping: SubjectMapping = mapping, alias = 't'): AccessPredicateError {
  try {
    compile(rules, subjectMapping, alias);
  } catch (error) {
    if (error instanceof AccessPredicateError) return error;
    throw error;
  }
  throw new Error('expected an AccessPredicateError');
}

describe('accessPredicate', () => {
  describe('rule priority', () => {
    it('denies everything (FALSE) when no rule matches the action and subject', () => {
      expect(compile([])).toEqual({ sql: 'FALSE', params: {} });
      expect(compile([can(undefined, 'update'), { action: 'read', subject: 'Other' }])).toEqual({
        sql: 'FALSE',
        params: {},
      });
    });

    it('allows everything (TRUE) for an unconditional can', () => {
      expect(compile([can()])).toEqual({ sql: 'TRUE', params: {} });
      expect(compile([{ action: 'manage', subject: 'all' }])).toEqual({ sql: 'TRUE', params: {} });
    });

    it('bounds an unconditional can by a later conditional cannot', () => {
      expect(normalised([can(), cannot({ active: false })])).toBe(
        'NOT (("t"."active" = CAST(:ap_1 AS boolean) AND "t"."active" IS NOT NULL))',
      );
    });

    it('lets a later unconditional rule decide alone, without compiling earlier rules', () => {
      expect(compile([can({ note: { $regex: 'x' } }), cannot()]).sql).toBe('FALSE');
      expect(compile([cannot({ note: 'a' }), can()]).sql).toBe('TRUE');
    });

    // Parameters are numbered in declaration order of the rules.
    it('lets a later can win over an earlier cannot, and a later cannot over an earlier can', () => {
      expect(normalised([cannot({ note: 'a' }), can({ level: 1 })])).toBe(
        '("t"."level" = CAST(:ap_2 AS bigint) AND "t"."level" IS NOT NULL)',
      );
      expect(normalised([can({ level: 1 }), cannot({ note: 'a' }), can({ orgId: 'o' })])).toBe(
        '(("t"."org_id" = :ap_3 AND "t"."org_id" IS NOT NULL) OR (NOT (("t"."note" = :ap_2 AND "t"."note" IS NOT NULL))' +
          ' AND ("t"."level" = CAST(:ap_1 AS bigint) AND "t"."level" IS NOT NULL)))',
      );
    });

    it('drops cannot rules that have nothing below them to restrict', () => {
      expect(compile([cannot({ note: 'a' })]).sql).toBe('FALSE');
    });
  });

  describe('operators and null handling', () => {
    it('never puts values into the SQL text', () => {
      const secret = "x' OR 1=1 --";
      const orgId = '7a1e0a57-61cb-4f55-9bfb-0f0f0f0f0f0f';
      const due = new Date('2031-05-06T07:08:09.000Z');
      const { sql, params } = compile([
        can({ note: secret, orgId: { $in: [orgId, 'b'] }, level: { $gte: 4242, $lt: 9999.5 } }),
        can({ 'tags.name': { $nin: ['sekrit-tag'] }, dueAt: { $lte: due }, active: { $ne: true } }),
      ]);
      for (const literal of [secret, orgId, '4242', '9999', 'sekrit', '2031', 'true', "'"]) {
        expect(sql).not.toContain(literal);
      }
      expect(Object.values(params)).toEqual(
        expect.arrayContaining([secret, [orgId, 'b'], 4242, 9999.5, ['sekrit-tag'], due, true]),
      );
      for (const name of Object.keys(params)) expect(sql).toContain(`:${name}`);
    });

    it('compiles $eq/$ne to two-valued SQL, with $ne as IS DISTINCT FROM and null as IS [NOT] NULL', () => {
      expect(normalised([can({ note: null })])).toBe('"t"."note" IS NULL');
      expect(normalised([can({ note: { $ne: null } })])).toBe('"t"."note" IS NOT NULL');
      expect(normalised([can({ note: { $ne: 'a' } })])).toBe('"t"."note" IS DISTINCT FROM :ap_1');
    });

    it('compiles $in/$nin with CASL null semantics and constant results for empty lists', () => {
      expect(compile([can({ note: { $in: [] } })]).sql).toBe('FALSE');
      expect(compile([can({ note: { $nin: [] } })]).sql).toBe('TRUE');
      expect(normalised([can({ note: { $in: ['a', null] } })])).toBe(
        '(("t"."note" = ANY(:ap_1) AND "t"."note" IS NOT NULL) OR "t"."note" IS NULL)',
      );
      expect(normalised([can({ note: { $nin: ['a'] } })])).toBe('("t"."note" IS NULL OR "t"."note" <> ALL(:ap_1))');
      expect(normalised([can({ note: { $nin: ['a', null] } })])).toBe(
        '("t"."note" IS NOT NULL AND "t"."note" <> ALL(:ap_1))',
      );
      expect(normalised([can({ level: { $in: [1, 2.5] } })])).toContain('ANY(CAST(:ap_1 AS numeric[]))');
    });

    it('lets ordering operators match NULL exactly where CASL does (null compares like 0)', () => {
      expect(normalised([can({ level: { $lt: 0 } })])).toBe(
        '("t"."level" < CAST(:ap_1 AS bigint) OR "t"."level" IS NULL)',
      );
      expect(normalised([can({ level: { $lte: -1 } })])).toBe(
        '("t"."level" <= CAST(:ap_1 AS bigint) AND "t"."level" IS NOT NULL)',
      );
      expect(normalised([can({ level: { $gt: -1 } })])).toContain('OR "t"."level" IS NULL');
      expect(normalised([can({ level: { $gte: 0 } })])).toContain('AND "t"."level" IS NOT NULL');
      expect(normalised([can({ dueAt: { $gt: new Date('1969-12-31T00:00:00Z') } })])).toBe(
        '("t"."due_at" > CAST(:ap_1 AS timestamptz) OR "t"."due_at" IS NULL)',
      );
    });

    it('compiles relation paths to EXISTS, and their negations to NOT EXISTS of the positive form', () => {
      expect(normalised([can({ 'tags.name': 'x' })])).toBe(
        'EXISTS (SELECT 1 FROM "tag" "ap_r1" WHERE "ap_r1"."thing_id" = "t"."id"' +
          ' AND ("ap_r1"."name" = :ap_1 AND "ap_r1"."name" IS NOT NULL))',
      );
      expect(normalised([can({ 'tags.name': { $ne: 'x' } })])).toBe(
        'NOT (EXISTS (SELECT 1 FROM "tag" "ap_r1" WHERE "ap_r1"."thing_id" = "t"."id"' +
          ' AND ("ap_r1"."name" = :ap_1 AND "ap_r1"."name" IS NOT NULL)))',
      );
      expect(compile([can({ 'tags.name': { $in: [] } })]).sql).toBe('FALSE');
      expect(compile([can({ 'tags.name': { $nin: [] } })]).sql).toBe('TRUE');
    });

    it('compiles $elemMatch to one EXISTS in which a single related row meets every condition', () => {
      expect(normalised([can({ tags: { $elemMatch: { name: 'x', weight: { $gte: 1 } } } })])).toBe(
        'EXISTS (SELECT 1 FROM "tag" "ap_r1" WHERE "ap_r1"."thing_id" = "t"."id"' +
          ' AND (("ap_r1"."name" = :ap_1 AND "ap_r1"."name" IS NOT NULL)' +
          ' AND ("ap_r1"."weight" >= CAST(:ap_2 AS bigint) AND "ap_r1"."weight" IS NOT NULL)))',
      );
      expect(compile([can({ tags: { $elemMatch: { name: { $in: [] } } } })]).sql).toBe('FALSE');
    });

    it('compiles $or, $and, $nor and $not of a matcher that has them to OR, AND and NOT', () => {
      expect(compileCompound([can({ $or: [{ note: 'a' }, { level: { $lt: 0 } }], active: true })])).toBe(
        '((("t"."note" = :ap_1 AND "t"."note" IS NOT NULL) OR ("t"."level" < CAST(:ap_2 AS bigint) OR "t"."level" IS NULL))' +
          ' AND ("t"."active" = CAST(:ap_3 AS boolean) AND "t"."active" IS NOT NULL))',
      );
      expect(compileCompound([can({ $and: [{ note: null }, { $nor: [{ level: 1 }, { level: 2 }] }] })])).toBe(
        '("t"."note" IS NULL AND NOT ((("t"."level" = CAST(:ap_1 AS bigint) AND "t"."level" IS NOT NULL)' +
          ' OR ("t"."level" = CAST(:ap_2 AS bigint) AND "t"."level" IS NOT NULL))))',
      );
      // $not of several operators negates their conjunction; of nothing (an empty AND) it is FALSE.
      expect(compileCompound([can({ dueAt: { $not: { $gte: new Date(0), $lt: new Date(1) } } })])).toBe(
        'NOT ((("t"."due_at" >= CAST(:ap_1 AS timestamptz) AND "t"."due_at" IS NOT NULL)' +
          ' AND ("t"."due_at" < CAST(:ap_2 AS timestamptz) OR "t"."due_at" IS NULL)))',
      );
      expect(compileCompound([can({ note: { $not: {} } })])).toBe('FALSE');
    });

    it('compiles $not inside and around $elemMatch: no related row, or one row where a field does not match', () => {
      expect(compileCompound([can({ tags: { $not: { $elemMatch: { name: 'x' } } } })])).toBe(
        'NOT (EXISTS (SELECT 1 FROM "tag" "ap_r1" WHERE "ap_r1"."thing_id" = "t"."id"' +
          ' AND ("ap_r1"."name" = :ap_1 AND "ap_r1"."name" IS NOT NULL)))',
      );
      expect(compileCompound([can({ tags: { $elemMatch: { name: { $not: { $in: ['x', null] } } } } })])).toBe(
        'EXISTS (SELECT 1 FROM "tag" "ap_r1" WHERE "ap_r1"."thing_id" = "t"."id"' +
          ' AND NOT ((("ap_r1"."name" = ANY(:ap_1) AND "ap_r1"."name" IS NOT NULL) OR "ap_r1"."name" IS NULL)))',
      );
    });

    it('uses the mapped parent key of a relation', () => {
      const withParentKey: SubjectMapping = {
        ...mapping,
        relations: { tags: { table: 'tag', foreignKey: 'thing_code', parentKey: 'code', columns: { name: 'name' } } },
      };
      expect(normalised([can({ 'tags.name': null })], withParentKey)).toContain(
        '"ap_r1"."thing_code" = "t"."code" AND "ap_r1"."name" IS NULL',
      );
    });
  });

  describe('allow-lists', () => {
    it.each([
      [{ secret: 'x' }, 'Field "secret" is not mapped for subject "Thing"'],
      [{ 'constructor.name': 'x' }, 'Relation "constructor" (in "constructor.name") is not mapped'],
      [{ 'tags.constructor': 'x' }, 'Field "constructor" of relation "tags" (in "tags.constructor") is not mapped'],
      [{ 'owner.name': 'x' }, 'Relation "owner" (in "owner.name") is not mapped'],
      [{ 'tags.colour': 'x' }, 'Field "colour" of relation "tags" (in "tags.colour") is not mapped'],
      [{ 'tags.name.first': 'x' }, 'Path "tags.name.first" goes deeper than one relation'],
      [{ note: { $regex: '^a' } }, 'Operator "$regex" (on field "note") is not allowed'],
      [{ note: { $exists: true } }, 'Operator "$exists" (on field "note") is not allowed'],
      [{ 'tags.name': { $all: ['x'] } }, 'Operator "$all" (on field "tags.name") is not allowed'],
      [{ tags: { $size: 0 } }, 'Operator "$size" (on field "tags") is not allowed'],
      [{ tags: { $elemMatch: { colour: 'x' } } }, 'Field "colour" of relation "tags" is not mapped'],
      [{ tags: { $elemMatch: { 'owner.name': 'x' } } }, 'Field "owner.name" of relation "tags" is not mapped'],
      [{ note: { $elemMatch: { name: 'x' } } }, 'Relation "note" (in "note") is not mapped'],
      [{ note: /a/ }, 'Unsupported value for "$eq" on "note": RegExp'],
      [{ note: { $eq: undefined } }, 'Unsupported value for "$eq" on "note": undefined'],
      [{ note: { $eq: { nested: 1 } } }, 'Unsupported value for "$eq" on "note": object'],
      [{ level: { $lt: Number.NaN } }, 'Unsupported value for "$lt" on "level": NaN'],
      [{ note: { $lt: 'm' } }, '"$lt" on "note" accepts only numbers and dates, got text'],
      [{ note: { $in: ['a', 1] } }, '"$in" on "note" mixes value types (text, integer)'],
    ] as [MongoQuery, string][])('rejects %j', (conditions, message) => {
      expect(compileError([can(conditions)]).message).toContain(message);
    });

    it('rejects compound operators outside and/or/not/nor', () => {
      const ability = createMongoAbility([can({ note: 'a' })]);
      const [rule] = ability.rulesFor('read', 'Thing');
      Object.defineProperty(rule, 'ast', { value: { operator: 'where', value: [] } });
      expect(() => accessPredicate(ability, 'read', mapping, 't')).toThrow('Operator "$where" is not allowed');
    });

    // What createMongoAbility (buildAbility's) makes of compound operators it does not know: a
    // field named "$or" or an operator object compared as a value, which never matches in memory.
    // The translator must refuse them, and say why.
    // Each with a row the condition was meant to match.
    it.each([
      [{ $or: [{ note: 'a' }, { level: 1 }] }, { note: 'a' }, '"$or" is not an operator of the ability\'s conditions'],
      [{ $and: [{ note: 'a' }] }, { note: 'a' }, '"$and" is not an operator of the ability\'s conditions matcher'],
      [{ $nor: [{ note: 'a' }] }, { note: 'b' }, '"$nor" is not an operator of the ability\'s conditions matcher'],
      [{ tags: { $elemMatch: { $or: [{ name: 'x' }] } } }, { tags: [{ name: 'x' }] }, '"$or" is not an operator'],
      [{ note: { $not: { $eq: 'a' } } }, { note: 'b' }, "object with $not, an operator the ability's conditions"],
    ] as [MongoQuery, Record<string, unknown>, string][])(
      'refuses %j, which createMongoAbility never matches',
      (conditions, meant, message) => {
        expect(createMongoAbility([can(conditions)]).can('read', subject('Thing', meant))).toBe(false);
        expect(compileError([can(conditions)]).message).toContain(message);
      },
    );

    it('rejects identifiers that are not lower-case snake_case', () => {
      expect(compileError([can({ note: 'a' })], { ...mapping, columns: { note: 'Note"; --' } }).message).toContain(
        'Invalid SQL identifier for column for "note"',
      );
      expect(compileError([can({ note: 'a' })], mapping, 'T').message).toContain('Invalid SQL identifier for alias');
      const badTable: SubjectMapping = {
        ...mapping,
        relations: { tags: { table: 'public.tag', foreignKey: 'thing_id', columns: { name: 'name' } } },
      };
      expect(compileError([can({ 'tags.name': 'x' })], badTable).message).toContain('table of relation "tags"');
    });
  });

  describe('whereAccessible', () => {
    // Never initialised: building SQL needs the driver, not a connection.
    const dataSource = new DataSource({ type: 'postgres' });

    it('adds the predicate with andWhere and keeps parameter names unique across calls', () => {
      const ability = createMongoAbility([can({ note: 'a' }), can({ level: 1 }, 'update')]);
      const qb = dataSource.createQueryBuilder().select('t.id').from('thing', 't').where('t.id > :min', { min: 0 });
      whereAccessible(qb, ability, 'read', mapping);
      whereAccessible(qb, ability, 'update', mapping);
      const [sql, parameters] = qb.getQueryAndParameters();
      expect(sql).toBe(
        'SELECT t.id FROM "thing" "t" WHERE t.id > $1' +
          ' AND (("t"."note" = $2 AND "t"."note" IS NOT NULL))' +
          ' AND (("t"."level" = CAST($3 AS bigint) AND "t"."level" IS NOT NULL))',
      );
      expect(parameters).toEqual([0, 'a', 1]);
    });

    it('fails closed with FALSE when nothing is allowed', () => {
      const qb = dataSource.createQueryBuilder().select('t.id').from('thing', 't');
      whereAccessible(qb, createMongoAbility([]), 'read', mapping);
      expect(qb.getQuery()).toBe('SELECT t.id FROM "thing" "t" WHERE (FALSE)');
    });
  });

  describe('compiled once per ability', () => {
    it('returns the same frozen fragment for the same ability, mapping, action and alias', () => {
      const ability = createMongoAbility([can({ note: 'a' })]);
      const first = accessPredicate(ability, 'read', mapping, 't');
      expect(accessPredicate(ability, 'read', mapping, 't')).toBe(first);
      expect(Object.isFrozen(first)).toBe(true);
      expect(Object.isFrozen(first.params)).toBe(true);
    });

    it('compiles anew, with parameter names of its own, for another alias, action, mapping or ability', () => {
      const ability = createMongoAbility([can({ note: 'a' }), can({ note: 'b' }, 'update')]);
      const base = accessPredicate(ability, 'read', mapping, 't');
      const others = [
        accessPredicate(ability, 'read', mapping, 'u'),
        accessPredicate(ability, 'update', mapping, 't'),
        accessPredicate(ability, 'read', { ...mapping }, 't'),
        accessPredicate(createMongoAbility([can({ note: 'a' })]), 'read', mapping, 't'),
      ];
      const names = new Set([base, ...others].map((fragment) => Object.keys(fragment.params)[0]));
      expect(names.size).toBe(5);
      expect(others[1]?.params).toEqual({ [Object.keys(others[1]?.params ?? {})[0] ?? '']: 'b' });
    });
  });
});
