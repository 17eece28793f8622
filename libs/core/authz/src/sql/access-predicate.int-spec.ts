import {
  buildMongoQueryMatcher,
  createMongoAbility,
  subject,
  type AnyMongoAbility,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import { $and, $nor, $not, $or, nor, not, or } from '@ucast/mongo2js';
import fc from 'fast-check';
import { Client } from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';

import { dataSourceOptions } from '@app/core/database';
import { createTestDatabase, type TestDatabase } from '@app/core/testing';

import { accessPredicate, whereAccessible, type SubjectMapping } from './index';

// The property: for random rule sets and random rows, the rows SQL returns are exactly those
// for which ability.can() is true. Values come from small pools so that rules and rows collide.

const ORGS = [
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000002',
  '00000000-0000-4000-8000-000000000003',
];
// Instants of timestamptz columns. One before 1970: CASL compares null like 0 ms, so negative
// epochs flip the null outcome.
const DATES = [
  new Date('1969-07-20T20:17:40Z'),
  new Date('2024-01-01T00:00:00Z'),
  new Date('2030-06-15T12:30:00.123Z'),
];
// Days of `date` columns (consent_grant.valid_from and valid_to are dates), held in memory as
// midnight UTC: the app's sessions run with TimeZone=UTC (dataSourceOptions), where PostgreSQL
// turns a date compared with a timestamptz into exactly that instant. 1970-01-01 is 0 ms, where
// null stops comparing as smaller.
const DAYS = ['1969-12-31', '1970-01-01', '2024-01-01', '2024-01-02'].map((day) => new Date(`${day}T00:00:00Z`));
// What a rule compares days with: the days themselves (activeConsentGrant's "today") and instants
// between them.
const DAY_OPERANDS = [...DAYS, new Date('2024-01-01T12:00:00Z'), new Date('1969-12-31T23:59:59.999Z')];
const NOTES = ['a', 'b', 'c'];
const TAG_NAMES = ['x', 'y', 'z'];

// `grants` has the shape of consent_grant (activeConsentGrant's $elemMatch names all of it).
const mapping: SubjectMapping = {
  subjectType: 'Thing',
  columns: {
    orgId: 'org_id',
    level: 'level',
    note: 'note',
    active: 'active',
    dueAt: 'due_at',
    startsOn: 'starts_on',
  },
  relations: {
    tags: { table: 'tag', foreignKey: 'thing_id', columns: { name: 'name', weight: 'weight' } },
    grants: {
      table: 'grant_row',
      foreignKey: 'thing_id',
      columns: {
        organizationId: 'organization_id',
        validFrom: 'valid_from',
        validTo: 'valid_to',
        revokedAt: 'revoked_at',
      },
    },
  },
};

interface Tag {
  name: string | null;
  weight: number | null;
}

interface Grant {
  organizationId: string;
  validFrom: Date;
  validTo: Date | null;
  revokedAt: Date | null;
}

interface Thing {
  id: number;
  orgId: string;
  level: number | null;
  note: string | null;
  active: boolean;
  dueAt: Date | null;
  startsOn: Date | null;
  tags: Tag[];
  grants: Grant[];
}

type Rule = RawRuleOf<MongoAbility>;
type Scalar = string | number | boolean | Date | null;
type Condition = Record<string, unknown>;

const EQUALITY_OPERATORS = ['$eq', '$ne', '$in', '$nin'] as const;
const ALL_OPERATORS = [...EQUALITY_OPERATORS, '$lt', '$lte', '$gt', '$gte'] as const;

// What may be said about one column: its values (bare, $eq, $ne, $in, $nin), its operators, and
// the operands of $lt..$gte when they differ from its values.
interface FieldSpec {
  values: fc.Arbitrary<Scalar>;
  operators: readonly (typeof ALL_OPERATORS)[number][];
  ordered?: fc.Arbitrary<Scalar>;
}

// CASL 7's createMongoAbility (the app's) knows no compound operators besides the implicit AND
// of a condition object's fields. This matcher adds $and, $or, $nor and $not from @ucast/mongo2js
// (CASL's own parser and interpreter package), so the translator's and/or/not/nor are checked
// against the same interpreter. ucast refuses $and/$or/$nor inside $elemMatch; $not works there.
const compoundMatcher = buildMongoQueryMatcher({ $and, $or, $nor, $not }, { or, nor, not });

// `rare` one time in six, `usual` otherwise.
function rarely<T, U>(rare: fc.Arbitrary<T>, usual: fc.Arbitrary<U>): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: 1, arbitrary: rare }, { weight: 5, arbitrary: usual });
}

// A condition on one field: a bare value (implicit $eq), or one or (less often) two operators;
// with `negatable`, sometimes those operators under $not.
function fieldCondition({ values, operators, ordered = values }: FieldSpec, negatable: boolean): fc.Arbitrary<unknown> {
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
  const plain = fc.oneof(
    { weight: 2, arbitrary: values },
    { weight: 3, arbitrary: operatorObject(1) },
    { weight: 1, arbitrary: operatorObject(2) },
  );
  if (!negatable) return plain;
  const negated = fc.oneof(operatorObject(1), operatorObject(2)).map((operators) => ({ $not: operators }));
  return fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: negated });
}

// An object of conditions on `count` distinct fields (ANDed by CASL).
function conditionsOn(fields: Record<string, fc.Arbitrary<unknown>>, count: number): fc.Arbitrary<Condition> {
  return fc
    .uniqueArray(fc.constantFrom(...Object.keys(fields)), { minLength: count, maxLength: count })
    .chain((names) => fc.tuple(...names.map((name) => fields[name].map((c) => [name, c] as const))))
    .map((entries) => Object.fromEntries(entries));
}

const nullable = <T extends Scalar>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const level = fc.integer({ min: -2, max: 3 });
const weight = fc.integer({ min: -1, max: 2 });
const org = fc.constantFrom(...ORGS);
const instant = fc.constantFrom(...DATES);
const day = fc.constantFrom(...DAYS);
const dayOperand = fc.constantFrom(...DAY_OPERANDS);

const THING_FIELDS: Record<string, FieldSpec> = {
  orgId: { values: nullable(org), operators: EQUALITY_OPERATORS },
  level: { values: nullable(level), operators: ALL_OPERATORS, ordered: fc.oneof(level, fc.constantFrom(-0.5, 1.5)) },
  note: { values: nullable(fc.constantFrom(...NOTES)), operators: EQUALITY_OPERATORS },
  active: { values: fc.boolean(), operators: EQUALITY_OPERATORS },
  dueAt: { values: nullable(instant), operators: ALL_OPERATORS, ordered: instant },
  startsOn: { values: nullable(day), operators: ALL_OPERATORS, ordered: dayOperand },
};
const RELATION_FIELDS: Record<'tags' | 'grants', Record<string, FieldSpec>> = {
  tags: {
    name: { values: nullable(fc.constantFrom(...TAG_NAMES)), operators: EQUALITY_OPERATORS },
    weight: { values: nullable(weight), operators: ALL_OPERATORS, ordered: weight },
  },
  grants: {
    organizationId: { values: nullable(org), operators: EQUALITY_OPERATORS },
    validFrom: { values: day, operators: ALL_OPERATORS, ordered: dayOperand },
    validTo: { values: nullable(day), operators: ALL_OPERATORS, ordered: dayOperand },
    revokedAt: { values: nullable(instant), operators: ALL_OPERATORS, ordered: instant },
  },
};

// activeConsentGrant's condition exactly, for some organisation and day.
const consentGrant = fc.tuple(org, dayOperand).map(([organizationId, today]) => ({
  $elemMatch: { organizationId, validFrom: { $lte: today }, validTo: { $gte: today }, revokedAt: null },
}));

// Every field a top-level condition may name: columns, dotted relation paths (each condition
// may be met by a different related row) and $elemMatch (one related row meets them all).
function topLevelFields(negatable: boolean): Record<string, fc.Arbitrary<unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, spec] of Object.entries(THING_FIELDS)) fields[name] = fieldCondition(spec, negatable);
  for (const [relation, specs] of Object.entries(RELATION_FIELDS)) {
    const element: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [name, spec] of Object.entries(specs)) {
      fields[`${relation}.${name}`] = fieldCondition(spec, negatable);
      element[name] = fieldCondition(spec, negatable);
    }
    const count = Object.keys(element).length;
    let elemMatch: fc.Arbitrary<Condition> = fc
      .integer({ min: 1, max: count })
      .chain((n) => conditionsOn(element, n))
      .map((inner) => ({ $elemMatch: inner }));
    if (relation === 'grants') elemMatch = fc.oneof(elemMatch, consentGrant);
    fields[relation] = negatable
      ? fc.oneof({ weight: 4, arbitrary: elemMatch }, { weight: 1, arbitrary: elemMatch.map((e) => ({ $not: e })) })
      : elemMatch;
  }
  return fields;
}

function flatConditions(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Condition> {
  return fc.oneof(
    { weight: 12, arbitrary: conditionsOn(fields, 1) },
    { weight: 6, arbitrary: conditionsOn(fields, 2) },
    { weight: 1, arbitrary: conditionsOn(fields, 3) },
    // Empty conditions: a conditional rule that matches everything.
    { weight: 1, arbitrary: fc.constant({}) },
  );
}

// $or, $and and $nor nested up to `depth` deep, alone or next to plain fields (the keys of one
// object are ANDed).
function compoundConditions(fields: Record<string, fc.Arbitrary<unknown>>, depth: number): fc.Arbitrary<Condition> {
  const flat = flatConditions(fields);
  if (depth === 0) return flat;
  const operands = fc.array(compoundConditions(fields, depth - 1), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { weight: 3, arbitrary: flat },
    { weight: 2, arbitrary: operands.map((items) => ({ $or: items })) },
    { weight: 1, arbitrary: operands.map((items) => ({ $and: items })) },
    { weight: 1, arbitrary: operands.map((items) => ({ $nor: items })) },
    { weight: 1, arbitrary: fc.tuple(operands, flat).map(([items, plain]) => ({ ...plain, $or: items })) },
  );
}

function ruleOf(conditions: fc.Arbitrary<Condition>): fc.Arbitrary<Rule> {
  return fc
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
}

// The app's matcher: no compound operators. With the compound matcher: $or/$and/$nor nested
// three deep, $not on fields, relation paths and $elemMatch.
const rule = ruleOf(flatConditions(topLevelFields(false)));
const compoundRule = ruleOf(compoundConditions(topLevelFields(true), 3));

const thing = fc.record({
  orgId: org,
  level: nullable(level),
  note: nullable(fc.constantFrom(...NOTES)),
  active: fc.boolean(),
  dueAt: nullable(instant),
  startsOn: nullable(day),
  tags: fc.array(fc.record({ name: nullable(fc.constantFrom(...TAG_NAMES)), weight: nullable(weight) }), {
    maxLength: 3,
  }),
  grants: fc.array(
    fc.record({ organizationId: org, validFrom: day, validTo: nullable(day), revokedAt: nullable(instant) }),
    { maxLength: 3 },
  ),
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

const dayOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

// Rows for the named examples at the end of this file, which document single semantics
// decisions; the property covers their combinations.
const EXAMPLE_ROWS: Thing[] = [
  { id: 1, orgId: ORGS[0], level: null, note: null, active: true, dueAt: null, startsOn: null, tags: [], grants: [] },
  {
    id: 2,
    orgId: ORGS[1],
    level: -1,
    note: 'a',
    active: false,
    dueAt: DATES[0],
    startsOn: dayOf('2024-01-01'),
    tags: [{ name: 'x', weight: 1 }],
    // Valid through 2024-01-01, its last day.
    grants: [
      { organizationId: ORGS[0], validFrom: dayOf('1970-01-01'), validTo: dayOf('2024-01-01'), revokedAt: null },
    ],
  },
  {
    id: 3,
    orgId: ORGS[2],
    level: 0,
    note: 'c',
    active: true,
    dueAt: DATES[1],
    startsOn: dayOf('2024-01-02'),
    tags: [{ name: null, weight: null }],
    // From 2024-01-02, its first day; and a revoked one that covered 2024-01-01.
    grants: [
      { organizationId: ORGS[0], validFrom: dayOf('2024-01-02'), validTo: null, revokedAt: null },
      { organizationId: ORGS[1], validFrom: dayOf('1970-01-01'), validTo: dayOf('2024-01-02'), revokedAt: DATES[1] },
    ],
  },
  {
    id: 4,
    orgId: ORGS[0],
    level: 2,
    note: 'b',
    active: true,
    dueAt: null,
    startsOn: dayOf('1969-12-31'),
    tags: [
      { name: 'y', weight: 0 },
      { name: 'x', weight: 2 },
    ],
    // Two grants, each meeting half of a consent's conditions for ORGS[0] on 2024-01-01.
    grants: [
      { organizationId: ORGS[0], validFrom: dayOf('2024-01-02'), validTo: dayOf('2024-01-02'), revokedAt: null },
      { organizationId: ORGS[1], validFrom: dayOf('1970-01-01'), validTo: dayOf('2024-01-02'), revokedAt: null },
    ],
  },
];

// The time zone of the test database's sessions unless a connection says otherwise: not UTC, so
// the property fails if the app's connections stop setting TimeZone=UTC (a date column would then
// turn into another instant than the one CASL compares in memory).
const DATABASE_DEFAULT_TIME_ZONE = 'Europe/Stockholm';

describe('accessPredicate on PostgreSQL', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let runner: QueryRunner;

  beforeAll(async () => {
    db = await createTestDatabase();
    const admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${db.name}" SET timezone TO '${DATABASE_DEFAULT_TIME_ZONE}'`);
    await admin.end();
    // The app's connection settings (session options included), so SQL is compared with CASL in
    // the sessions the app runs its queries in.
    dataSource = new DataSource(
      dataSourceOptions({ url: db.adminUrl, poolSize: 1, statementTimeoutMs: 30_000, applicationName: 'property' }, []),
    );
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
        due_at timestamptz,
        starts_on date
      );
      CREATE TABLE tag (
        id serial PRIMARY KEY,
        thing_id int NOT NULL REFERENCES thing (id),
        name text,
        weight int
      );
      CREATE TABLE grant_row (
        id serial PRIMARY KEY,
        thing_id int NOT NULL REFERENCES thing (id),
        organization_id uuid NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        revoked_at timestamptz
      );
    `);
  });

  afterAll(async () => {
    await runner?.release();
    await dataSource?.destroy();
    await db?.drop();
  });

  // Dates go in as 'YYYY-MM-DD' text: pg would send a Date in this process's time zone.
  const isoDay = (date: Date | null): string | null => date && date.toISOString().slice(0, 10);

  // Each case inserts its rows in a transaction that is rolled back, so cases never see each other.
  async function withRows<T>(rows: readonly Thing[], work: () => Promise<T>): Promise<T> {
    await runner.startTransaction();
    try {
      const tags = rows.flatMap((r) => r.tags.map((tag) => ({ ...tag, thingId: r.id })));
      const grants = rows.flatMap((r) => r.grants.map((grant) => ({ ...grant, thingId: r.id })));
      // One statement (foreign keys are checked at its end): the property's cost is round trips.
      await runner.query(
        `WITH things AS (
           INSERT INTO thing (id, org_id, level, note, active, due_at, starts_on)
           SELECT * FROM unnest($1::int[], $2::uuid[], $3::int[], $4::text[], $5::boolean[], $6::timestamptz[], $7::date[])
         ), tags AS (
           INSERT INTO tag (thing_id, name, weight) SELECT * FROM unnest($8::int[], $9::text[], $10::int[])
         )
         INSERT INTO grant_row (thing_id, organization_id, valid_from, valid_to, revoked_at)
         SELECT * FROM unnest($11::int[], $12::uuid[], $13::date[], $14::date[], $15::timestamptz[])`,
        [
          rows.map((r) => r.id),
          rows.map((r) => r.orgId),
          rows.map((r) => r.level),
          rows.map((r) => r.note),
          rows.map((r) => r.active),
          rows.map((r) => r.dueAt),
          rows.map((r) => isoDay(r.startsOn)),
          tags.map((t) => t.thingId),
          tags.map((t) => t.name),
          tags.map((t) => t.weight),
          grants.map((g) => g.thingId),
          grants.map((g) => g.organizationId),
          grants.map((g) => isoDay(g.validFrom)),
          grants.map((g) => isoDay(g.validTo)),
          grants.map((g) => g.revokedAt),
        ],
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

  // One case of the property: SQL returns what ability.can() allows, through the raw predicate
  // and through the query builder with two predicates at once. Reports whether the rows were
  // split (some allowed, some not), which is what makes a case informative.
  async function agree(ability: AnyMongoAbility, rows: Thing[]): Promise<boolean> {
    const readable = allowedIds(ability, 'read', rows);
    const updatable = new Set(allowedIds(ability, 'update', rows));
    await withRows(rows, async () => {
      expect(await selectRaw(ability, 'read')).toEqual(readable);

      // Two predicates on one query builder: parameter names must not collide.
      const qb = dataSource.createQueryBuilder(runner).select('t.id', 'id').from('thing', 't');
      whereAccessible(qb, ability, 'read', mapping);
      whereAccessible(qb, ability, 'update', mapping);
      expect(ids(await qb.getRawMany<{ id: number }>())).toEqual(readable.filter((id) => updatable.has(id)));
    });
    return readable.length > 0 && readable.length < rows.length;
  }

  it('runs in sessions where TimeZone is UTC, though the database default is not', async () => {
    expect(await runner.query('SHOW TimeZone')).toEqual([{ TimeZone: 'UTC' }]);
  });

  it('returns exactly the rows ability.can() allows, for 1,000 random rule sets and tables', async () => {
    let mixedOutcomes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(rule, { minLength: 1, maxLength: 6 }), things, async (rules, rows) => {
        if (await agree(createMongoAbility(rules), rows)) mixedOutcomes += 1;
      }),
      { numRuns: 1000 },
    );
    // Guards against a generator that drifts into all-or-nothing rule sets (about a quarter of
    // runs allow some rows and deny others; one in seven tables has a single row).
    expect(mixedOutcomes).toBeGreaterThan(150);
  });

  it('does the same with $or, $and, $nor and $not, under a matcher that has them, for 500 rule sets', async () => {
    let mixedOutcomes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(compoundRule, { minLength: 1, maxLength: 4 }), things, async (rules, rows) => {
        if (await agree(createMongoAbility(rules, { conditionsMatcher: compoundMatcher }), rows)) mixedOutcomes += 1;
      }),
      { numRuns: 500 },
    );
    expect(mixedOutcomes).toBeGreaterThan(75);
  });

  // Consent-like conditions on a date column, as activeConsentGrant writes them.
  const grantOn = (organizationId: string, today: Date) => ({
    grants: { $elemMatch: { organizationId, validFrom: { $lte: today }, validTo: { $gte: today }, revokedAt: null } },
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
    [
      'a date column compares as midnight UTC: the day itself is both $lte and $gte it',
      [
        {
          action: 'read',
          subject: 'Thing',
          conditions: { startsOn: { $lte: dayOf('2024-01-01'), $gte: dayOf('2024-01-01') } },
        },
      ],
      (r) => r.id === 2,
    ],
    [
      'a date column before 1970 with $lt: 0 ms, like NULL',
      [{ action: 'read', subject: 'Thing', conditions: { startsOn: { $lt: new Date(0) } } }],
      (r) => r.startsOn === null || r.id === 4,
    ],
    [
      'a consent is valid on its last day and on its first, and not once revoked',
      [{ action: 'read', subject: 'Thing', conditions: grantOn(ORGS[0], dayOf('2024-01-01')) }],
      (r) => r.id === 2,
    ],
    [
      'an open end (validTo NULL) is not >= a day after 1970; a one-day consent holds on its day',
      [{ action: 'read', subject: 'Thing', conditions: grantOn(ORGS[0], dayOf('2024-01-02')) }],
      (r) => r.id === 4,
    ],
    [
      'a consent refused by a later cannot on an active refusal of the same shape',
      [
        { action: 'read', subject: 'Thing', conditions: { 'grants.organizationId': ORGS[0] } },
        { action: 'read', subject: 'Thing', inverted: true, conditions: grantOn(ORGS[1], dayOf('2024-01-01')) },
      ],
      (r) => r.id !== 1 && r.id !== 4,
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
