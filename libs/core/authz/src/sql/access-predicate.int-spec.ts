import { createMongoAbility, subject, type AnyMongoAbility, type MongoAbility, type RawRuleOf } from '@casl/ability';
import fc from 'fast-check';
import { DataSource, type QueryRunner } from 'typeorm';

import { createTestDatabase, type TestDatabase } from '@app/core/testing';

import { accessPredicate, whereAccessible, type SubjectMapping } from './index';

// The property: for random rule sets and random rows, the rows SQL returns are exactly those
// for which ability.can() is true. Values come from small pools so that rules and rows collide.

const ORGS = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
];
// One date before 1970: CASL compares null like 0 ms, so negative epochs flip the null outcome.
const DATES = [
  new Date('1969-07-20T20:17:40Z'),
  new Date('2024-01-01T00:00:00Z'),
  new Date('2030-06-15T12:30:00.123Z'),
];
const NOTES = ['a', 'b', 'c'];
const TAG_NAMES = ['x', 'y', 'z'];

const mapping: SubjectMapping = {
  subjectType: 'Thing',
  columns: { orgId: 'org_id', level: 'level', note: 'note', active: 'active', dueAt: 'due_at' },
  relations: { tags: { table: 'tag', foreignKey: 'thing_id', columns: { name: 'name', weight: 'weight' } } },
};

interface Tag {
  name: string | null;
  weight: number | null;
}

interface Thing {
  id: number;
  orgId: string;
  level: number | null;
  note: string | null;
  active: boolean;
  dueAt: Date | null;
  tags: Tag[];
}

type Rule = RawRuleOf<MongoAbility>;
type Scalar = string | number | boolean | Date | null;

const EQUALITY_OPERATORS = ['$eq', '$ne', '$in', '$nin'] as const;
const ALL_OPERATORS = [...EQUALITY_OPERATORS, '$lt', '$lte', '$gt', '$gte'] as const;

// A condition on one field: a bare value (implicit $eq), or one or (less often) two operators.
function fieldCondition(
  values: fc.Arbitrary<Scalar>,
  operators: readonly (typeof ALL_OPERATORS)[number][],
  ordered: fc.Arbitrary<Scalar> = values,
): fc.Arbitrary<unknown> {
  const operator = fc.constantFrom(...operators).chain((op): fc.Arbitrary<[string, unknown]> => {
    const operand: fc.Arbitrary<unknown> =
      op === '$in' || op === '$nin'
        ? rarely(fc.constant([]), fc.array(values, { minLength: 1, maxLength: 3 }))
        : op === '$eq' || op === '$ne'
          ? values
          : ordered;
    return operand.map((value) => [op, value]);
  });
  const operatorObject = (count: number) =>
    fc
      .uniqueArray(operator, { minLength: count, maxLength: count, selector: ([op]) => op })
      .map((entries) => Object.fromEntries(entries));
  return fc.oneof(
    { weight: 2, arbitrary: values },
    { weight: 3, arbitrary: operatorObject(1) },
    { weight: 1, arbitrary: operatorObject(2) },
  );
}

// `rare` one time in six, `usual` otherwise.
function rarely<T, U>(rare: fc.Arbitrary<T>, usual: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 1, arbitrary: rare }, { weight: 5, arbitrary: usual });
}

function conditionsOn(fields: fc.Arbitrary<string[]>): fc.Arbitrary<Record<string, unknown>> {
  return fields
    .chain((names) => fc.tuple(...names.map((name) => conditionArbitraries[name].map((c) => [name, c] as const))))
    .map((entries) => Object.fromEntries(entries));
}

const nullable = <T extends Scalar>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const level = fc.integer({ min: -2, max: 3 });
const weight = fc.integer({ min: -1, max: 2 });

const conditionArbitraries: Record<string, fc.Arbitrary<unknown>> = {
  orgId: fieldCondition(nullable(fc.constantFrom(...ORGS)), EQUALITY_OPERATORS),
  level: fieldCondition(nullable(level), ALL_OPERATORS, fc.oneof(level, fc.constantFrom(-0.5, 1.5))),
  note: fieldCondition(nullable(fc.constantFrom(...NOTES)), EQUALITY_OPERATORS),
  active: fieldCondition(fc.boolean(), EQUALITY_OPERATORS),
  dueAt: fieldCondition(nullable(fc.constantFrom(...DATES)), ALL_OPERATORS, fc.constantFrom(...DATES)),
  'tags.name': fieldCondition(nullable(fc.constantFrom(...TAG_NAMES)), EQUALITY_OPERATORS),
  'tags.weight': fieldCondition(nullable(weight), ALL_OPERATORS, weight),
};

// One tag that satisfies all of its conditions at once ($elemMatch), unlike the dotted paths
// above, where each condition may be met by a different tag.
const tagElement: Record<string, fc.Arbitrary<unknown>> = {
  name: conditionArbitraries['tags.name'],
  weight: conditionArbitraries['tags.weight'],
};
conditionArbitraries.tags = fc
  .uniqueArray(fc.constantFrom('name', 'weight'), { minLength: 1, maxLength: 2 })
  .chain((names) => fc.tuple(...names.map((name) => tagElement[name].map((c) => [name, c] as const))))
  .map((entries) => ({ $elemMatch: Object.fromEntries(entries) }));

const fieldNames = (count: number) =>
  fc.uniqueArray(fc.constantFrom(...Object.keys(conditionArbitraries)), { minLength: count, maxLength: count });
const conditions = fc.oneof(
  { weight: 12, arbitrary: conditionsOn(fieldNames(1)) },
  { weight: 6, arbitrary: conditionsOn(fieldNames(2)) },
  { weight: 1, arbitrary: conditionsOn(fieldNames(3)) },
  // Empty conditions: a conditional rule that matches everything.
  { weight: 1, arbitrary: fc.constant({}) },
);

const rule: fc.Arbitrary<Rule> = fc
  .record({
    inverted: fc.constantFrom(false, false, true),
    // Mostly 'read' on 'Thing'; 'manage', 'all' and unrelated rules exercise CASL's rule merging.
    action: fc.constantFrom('read', 'read', 'read', 'read', 'read', 'manage', 'update'),
    subject: fc.constantFrom('Thing', 'Thing', 'Thing', 'Thing', 'Thing', 'all', 'Other'),
    conditions: rarely(fc.constant(undefined), conditions),
    // CASL's can() without a field ignores inverted rules restricted to fields; rulesFor() too.
    fields: rarely(fc.constant<string[]>(['note']), fc.constant(undefined)),
  })
  .map(({ conditions: c, fields, ...rest }) => ({
    ...rest,
    ...(c === undefined ? {} : { conditions: c }),
    ...(fields === undefined ? {} : { fields }),
  }));

const thing = fc.record({
  orgId: fc.constantFrom(...ORGS),
  level: nullable(level),
  note: nullable(fc.constantFrom(...NOTES)),
  active: fc.boolean(),
  dueAt: nullable(fc.constantFrom(...DATES)),
  tags: fc.array(fc.record({ name: nullable(fc.constantFrom(...TAG_NAMES)), weight: nullable(weight) }), {
    maxLength: 3,
  }),
});
const things: fc.Arbitrary<Thing[]> = fc
  .array(thing, { minLength: 1, maxLength: 8 })
  .map((rows) => rows.map((row, index) => ({ ...row, id: index + 1 })));

// TypeORM's ":name" parameters to pg's positional "$n", so the raw SQL path does not depend on
// the query builder that whereAccessible uses.
function positional(sql: string, params: Record<string, unknown>): [string, unknown[]] {
  const values: unknown[] = [];
  const text = sql.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new Error(`unknown parameter ${name}`);
    values.push(params[name]);
    return `$${values.length}`;
  });
  return [text, values];
}

function allowedIds(ability: AnyMongoAbility, action: string, rows: readonly Thing[]): number[] {
  // A fresh object per check: subject() tags the object it is given.
  return rows.filter((row) => ability.can(action, subject('Thing', { ...row }))).map((row) => row.id);
}

function ids(rows: readonly { id: number }[]): number[] {
  return rows.map((row) => row.id).sort((a, b) => a - b);
}

// Rows for the named examples at the end of this file, which document single semantics
// decisions; the property covers their combinations.
const EXAMPLE_ROWS: Thing[] = [
  { id: 1, orgId: ORGS[0], level: null, note: null, active: true, dueAt: null, tags: [] },
  { id: 2, orgId: ORGS[1], level: -1, note: 'a', active: false, dueAt: DATES[0], tags: [{ name: 'x', weight: 1 }] },
  {
    id: 3,
    orgId: ORGS[2],
    level: 0,
    note: 'c',
    active: true,
    dueAt: DATES[1],
    tags: [{ name: null, weight: null }],
  },
  {
    id: 4,
    orgId: ORGS[0],
    level: 2,
    note: 'b',
    active: true,
    dueAt: null,
    tags: [
      { name: 'y', weight: 0 },
      { name: 'x', weight: 2 },
    ],
  },
];

describe('accessPredicate on PostgreSQL', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let runner: QueryRunner;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: db.adminUrl, synchronize: false });
    await dataSource.initialize();
    runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.query(`
      CREATE TABLE thing (
        id int PRIMARY KEY,
        org_id uuid NOT NULL,
        level int,
        note text,
        active boolean NOT NULL,
        due_at timestamptz
      );
      CREATE TABLE tag (
        id serial PRIMARY KEY,
        thing_id int NOT NULL REFERENCES thing (id),
        name text,
        weight int
      );
    `);
  });

  afterAll(async () => {
    await runner?.release();
    await dataSource?.destroy();
    await db?.drop();
  });

  // Each case inserts its rows in a transaction that is rolled back, so cases never see each other.
  async function withRows<T>(rows: readonly Thing[], work: () => Promise<T>): Promise<T> {
    await runner.startTransaction();
    try {
      await runner.query(
        `INSERT INTO thing (id, org_id, level, note, active, due_at)
         SELECT * FROM unnest($1::int[], $2::uuid[], $3::int[], $4::text[], $5::boolean[], $6::timestamptz[])`,
        [
          rows.map((r) => r.id),
          rows.map((r) => r.orgId),
          rows.map((r) => r.level),
          rows.map((r) => r.note),
          rows.map((r) => r.active),
          rows.map((r) => r.dueAt),
        ],
      );
      const tags = rows.flatMap((r) => r.tags.map((tag) => ({ ...tag, thingId: r.id })));
      await runner.query(
        `INSERT INTO tag (thing_id, name, weight) SELECT * FROM unnest($1::int[], $2::text[], $3::int[])`,
        [tags.map((t) => t.thingId), tags.map((t) => t.name), tags.map((t) => t.weight)],
      );
      return await work();
    } finally {
      await runner.rollbackTransaction();
    }
  }

  async function selectRaw(ability: AnyMongoAbility, action: string): Promise<number[]> {
    const { sql, params } = accessPredicate(ability, action, mapping, 't');
    const [text, values] = positional(`SELECT id FROM thing t WHERE ${sql}`, params);
    const rows = (await runner.query(text, values)) as { id: number }[];
    return ids(rows);
  }

  it('returns exactly the rows ability.can() allows, for 1,000 random rule sets and tables', async () => {
    let mixedOutcomes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rule, { minLength: 1, maxLength: 6 }), things, async (rules, rows) => {
        const ability = createMongoAbility(rules);
        const readable = allowedIds(ability, 'read', rows);
        const updatable = new Set(allowedIds(ability, 'update', rows));
        if (readable.length > 0 && readable.length < rows.length) mixedOutcomes += 1;

        await withRows(rows, async () => {
          expect(await selectRaw(ability, 'read')).toEqual(readable);

          // Two predicates on one query builder: parameter names must not collide.
          const qb = dataSource.createQueryBuilder(runner).select('t.id', 'id').from('thing', 't');
          whereAccessible(qb, ability, 'read', mapping);
          whereAccessible(qb, ability, 'update', mapping);
          expect(ids(await qb.getRawMany<{ id: number }>())).toEqual(readable.filter((id) => updatable.has(id)));
        });
      }),
      { numRuns: 1000 },
    );
    // Guards against a generator that drifts into all-or-nothing rule sets (about 28% of runs
    // allow some rows and deny others; one in seven tables has a single row).
    expect(mixedOutcomes).toBeGreaterThan(150);
  });

  it.each<[string, Rule[], (row: Thing) => boolean]>([
    [
      '$lt: 0 matches NULL, as in CASL',
      [{ action: 'read', subject: 'Thing', conditions: { level: { $lt: 0 } } }],
      (r) => r.level === null || r.level < 0,
    ],
    [
      '$gte: 0 does not match NULL',
      [{ action: 'read', subject: 'Thing', conditions: { level: { $gte: 0 } } }],
      (r) => r.level !== null && r.level >= 0,
    ],
    [
      '$ne is IS DISTINCT FROM',
      [{ action: 'read', subject: 'Thing', conditions: { note: { $ne: 'a' } } }],
      (r) => r.note !== 'a',
    ],
    [
      '$nin includes NULLs',
      [{ action: 'read', subject: 'Thing', conditions: { note: { $nin: ['a', 'b'] } } }],
      (r) => r.note === null || r.note === 'c',
    ],
    [
      '$ne on a relation means no related row equals',
      [{ action: 'read', subject: 'Thing', conditions: { 'tags.name': { $ne: 'x' } } }],
      (r) => r.tags.every((t) => t.name !== 'x'),
    ],
    [
      'a later cannot overrides an unconditional can',
      [
        { action: 'read', subject: 'Thing' },
        { action: 'read', subject: 'Thing', inverted: true, conditions: { 'tags.name': null } },
      ],
      (r) => !r.tags.some((t) => t.name === null),
    ],
  ])('%s', async (_, rules, expected) => {
    const ability = createMongoAbility(rules);
    const want = EXAMPLE_ROWS.filter(expected).map((r) => r.id);
    expect(allowedIds(ability, 'read', EXAMPLE_ROWS)).toEqual(want);
    await withRows(EXAMPLE_ROWS, async () => {
      expect(await selectRaw(ability, 'read')).toEqual(want);
      const qb = whereAccessible(
        dataSource.createQueryBuilder(runner).select('t.id', 'id').from('thing', 't'),
        ability,
        'read',
        mapping,
      );
      expect(ids(await qb.getRawMany<{ id: number }>())).toEqual(want);
    });
  });
});
