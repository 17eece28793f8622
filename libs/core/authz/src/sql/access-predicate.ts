import type { AnyMongoAbility } from '@casl/ability';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

import { and, constant, leaf, not, or, render, type Expr } from './sql-expr';

// Translates CASL rules into a WHERE predicate. The contract, checked against ability.can() by
// the property test in access-predicate.int-spec.ts: the predicate is TRUE for a row exactly when
// ability.can(action, subject(subjectType, row)) is true for that row as the application loads
// it, with every mapped relation loaded as the array of all its related rows. It is never NULL,
// so callers may negate it. Anything the translator cannot reproduce exactly (an operator, a
// value type, an unmapped field) throws AccessPredicateError rather than approximating.
//
// Rule values must have the JavaScript type of the column's values: strings are typed by
// PostgreSQL from the column, so '5' would equal an integer 5 in SQL but not in CASL, and a
// uuid column compares case-insensitively while CASL compares strings exactly.

export interface RelationMapping {
  table: string;
  foreignKey: string;
  parentKey?: string;
  columns: Readonly<Record<string, string>>;
}

export interface SubjectMapping {
  subjectType: string;
  columns: Readonly<Record<string, string>>;
  relations?: Readonly<Record<string, RelationMapping>>;
}

export interface SqlFragment {
  sql: string;
  params: Record<string, unknown>;
}

export class AccessPredicateError extends Error {
  override readonly name = 'AccessPredicateError';
}

// The part of a ucast condition node we rely on. Declared structurally so that we do not import
// @ucast/* (a transitive dependency) and so that unexpected shapes are rejected, not trusted.
interface ConditionNode {
  readonly operator: string;
  readonly value: unknown;
  readonly field?: unknown;
}

type Rule = ReturnType<AnyMongoAbility['rulesFor']>[number];

// Only lower-case snake_case names reach the SQL text, and always quoted: mapping typos that
// would otherwise be case-folded or interpreted as expressions fail loudly instead.
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

// Unique across compilations, so two different predicates on one query builder never share a
// parameter name (the same predicate twice shares names and values, which is harmless).
let callSequence = 0;

// Compiled predicates by ability, mapping, action and alias. An ability's rules never change
// after it is built (a changed principal gets a new ability), so its predicates are compiled
// once; abilities are shared between requests (AbilityCache), so this saves the compilation on
// every request. Weak keys: a predicate lives exactly as long as its ability and mapping.
const compiled = new WeakMap<AnyMongoAbility, WeakMap<SubjectMapping, Map<string, SqlFragment>>>();

export function accessPredicate(
  ability: AnyMongoAbility,
  action: string,
  mapping: SubjectMapping,
  alias: string,
): SqlFragment {
  let byMapping = compiled.get(ability);
  if (!byMapping) {
    byMapping = new WeakMap();
    compiled.set(ability, byMapping);
  }
  let byActionAndAlias = byMapping.get(mapping);
  if (!byActionAndAlias) {
    byActionAndAlias = new Map();
    byMapping.set(mapping, byActionAndAlias);
  }
  const key = `${action}\u0000${alias}`;
  const known = byActionAndAlias.get(key);
  if (known) return known;
  callSequence += 1;
  const compiler = new ConditionCompiler(`ap_${callSequence}`, mapping, alias);
  const params: Record<string, unknown> = {};
  const sql = render(compiler.compileRules(ability.rulesFor(action, mapping.subjectType)), params);
  // Frozen: the fragment is shared by every later caller of the same ability.
  const fragment: SqlFragment = Object.freeze({ sql, params: Object.freeze(params) });
  byActionAndAlias.set(key, fragment);
  return fragment;
}

export function whereAccessible<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  ability: AnyMongoAbility,
  action: string,
  mapping: SubjectMapping,
  alias: string = qb.alias,
): SelectQueryBuilder<T> {
  const { sql, params } = accessPredicate(ability, action, mapping, alias);
  // andWhere, never where: where() would silently replace conditions the caller already set.
  return qb.andWhere(
    new Brackets((where) => {
      where.where(sql, params);
    }),
  );
}

const FIELD_OPERATORS = ['eq', 'ne', 'in', 'nin', 'lt', 'lte', 'gt', 'gte'] as const;
type FieldOperator = (typeof FIELD_OPERATORS)[number];
type OrderingOperator = Exclude<FieldOperator, 'eq' | 'ne' | 'in' | 'nin'>;
const COMPARISON_SQL: Readonly<Record<OrderingOperator, string>> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

type ValueKind = 'text' | 'integer' | 'numeric' | 'boolean' | 'timestamptz';

interface ElementScope {
  relationName: string;
  rowAlias: string;
  columns: Readonly<Record<string, string>>;
}

class ConditionCompiler {
  private paramCount = 0;
  private subqueryCount = 0;
  private readonly aliasSql: string;

  constructor(
    private readonly prefix: string,
    private readonly mapping: SubjectMapping,
    alias: string,
  ) {
    this.aliasSql = quoteIdentifier(alias, 'alias');
  }

  // CASL picks the highest-priority rule whose conditions match (rules arrive highest first).
  // Folding from the lowest priority up gives `can: cond OR rest`, `cannot: NOT cond AND rest`,
  // which keeps that order and emits each condition once. rulesToAST instead repeats every
  // higher-priority `cannot` inside each `can` branch, so SQL and parameters grow quadratically.
  compileRules(rules: readonly Rule[]): Expr {
    const conditional: Rule[] = [];
    let fallback = false;
    for (const rule of rules) {
      if (!rule.conditions) {
        // An unconditional rule decides every row that reaches it; lower rules are unreachable,
        // so they are not compiled (and cannot fail compilation).
        fallback = !rule.inverted;
        break;
      }
      conditional.push(rule);
    }
    let result = constant(fallback);
    for (let i = conditional.length - 1; i >= 0; i -= 1) {
      const rule = conditional[i];
      const condition = this.compileNode(ruleAst(rule));
      result = rule.inverted ? and([not(condition), result]) : or([condition, result]);
    }
    return result;
  }

  // `element`, when set, compiles the inside of an $elemMatch: fields name columns of one
  // related row (already aliased) and may not go further.
  private compileNode(node: ConditionNode, element?: ElementScope): Expr {
    if (typeof node.field === 'string') {
      if (node.operator === 'elemMatch' && !element) return this.compileElemMatch(node.field, node.value);
      return this.compileField(node.field, node.operator, node.value, element);
    }
    switch (node.operator) {
      case 'and':
        return and(childNodes(node).map((child) => this.compileNode(child, element)));
      case 'or':
        return or(childNodes(node).map((child) => this.compileNode(child, element)));
      // Only with a conditions matcher that adds `$nor` (createMongoAbility's does not): @ucast/js
      // reads it as the negation of `$or`, and the operands are two-valued, so so is NOT (… OR …).
      case 'nor':
        return not(or(childNodes(node).map((child) => this.compileNode(child, element))));
      case 'not': {
        const children = childNodes(node);
        if (children.length !== 1) throw new AccessPredicateError('"not" condition must have exactly one operand');
        return not(this.compileNode(children[0], element));
      }
      default:
        throw new AccessPredicateError(`Operator "$${node.operator}" is not allowed in access conditions`);
    }
  }

  private compileField(field: string, operator: string, value: unknown, element?: ElementScope): Expr {
    if (field.startsWith('$')) {
      // CASL 7's createMongoAbility knows no `$and`, `$or`, `$nor` or `$not`: its parser takes such
      // a key for a field name, so the rule silently never matches in memory (and a `cannot`
      // never denies). Say so, rather than "not mapped", so the policy gets rewritten.
      throw new AccessPredicateError(
        `"${field}" is not an operator of the ability's conditions matcher (createMongoAbility reads it as a ` +
          'field name, which never matches): write one rule per alternative instead',
      );
    }
    if (!isFieldOperator(operator)) {
      throw new AccessPredicateError(
        `Operator "$${operator}" (on field "${field}") is not allowed in access conditions`,
      );
    }
    if (element) {
      const column = ownValue(element.columns, field);
      if (column === undefined) {
        throw new AccessPredicateError(`Field "${field}" of relation "${element.relationName}" is not mapped`);
      }
      const path = `${element.relationName}.${field}`;
      return this.compareColumn(
        `${element.rowAlias}.${quoteIdentifier(column, `column for "${path}"`)}`,
        operator,
        value,
        path,
      );
    }
    const dot = field.indexOf('.');
    if (dot === -1) return this.compareColumn(`${this.aliasSql}.${this.column(field)}`, operator, value, field);
    return this.compareRelation(field.slice(0, dot), field.slice(dot + 1), operator, value, field);
  }

  // $elemMatch: one related row must satisfy every condition together (a consent naming this
  // organisation AND this category AND still valid), where dotted paths would let each
  // condition be met by a different row. @ucast/js matches any element, so: EXISTS.
  private compileElemMatch(relationName: string, value: unknown): Expr {
    if (!isConditionNode(value)) {
      throw new AccessPredicateError(`"$elemMatch" on "${relationName}" has a malformed condition`);
    }
    const { relation, rowAlias, from } = this.relationRow(relationName, relationName);
    const condition = this.compileNode(value, { relationName, rowAlias, columns: relation.columns });
    if (condition.kind === 'const' && !condition.value) return condition;
    const params: Record<string, unknown> = {};
    return leaf(`EXISTS (SELECT 1 ${from} AND ${render(condition, params)})`, params);
  }

  private relationRow(
    relationName: string,
    path: string,
  ): { relation: RelationMapping; rowAlias: string; from: string } {
    const relation = this.mapping.relations ? ownValue(this.mapping.relations, relationName) : undefined;
    if (relation === undefined) {
      throw new AccessPredicateError(
        `Relation "${relationName}" (in "${path}") is not mapped for subject "${this.mapping.subjectType}"`,
      );
    }
    this.subqueryCount += 1;
    const rowAlias = quoteIdentifier(`${this.prefix}_r${this.subqueryCount}`, 'alias');
    const table = quoteIdentifier(relation.table, `table of relation "${relationName}"`);
    const foreignKey = quoteIdentifier(relation.foreignKey, `foreign key of relation "${relationName}"`);
    const parentKey = quoteIdentifier(relation.parentKey ?? 'id', `parent key of relation "${relationName}"`);
    return {
      relation,
      rowAlias,
      from: `FROM ${table} ${rowAlias} WHERE ${rowAlias}.${foreignKey} = ${this.aliasSql}.${parentKey}`,
    };
  }

  private column(field: string): string {
    const column = ownValue(this.mapping.columns, field);
    if (column === undefined) {
      throw new AccessPredicateError(`Field "${field}" is not mapped for subject "${this.mapping.subjectType}"`);
    }
    return quoteIdentifier(column, `column for "${field}"`);
  }

  // @ucast/js matches a dotted path into an array when any element matches (an empty array never
  // does): EXISTS over the related rows, which also never duplicates parent rows the way a join
  // would. Its $ne and $nin are plain negations of $eq and $in (`ne = !eq`, `nin = !in`), so on
  // an array they mean "no element matches", not "some element differs": NOT EXISTS (positive).
  private compareRelation(
    relationName: string,
    field: string,
    operator: FieldOperator,
    value: unknown,
    path: string,
  ): Expr {
    if (field.includes('.')) {
      throw new AccessPredicateError(`Path "${path}" goes deeper than one relation`);
    }
    const { relation, rowAlias, from } = this.relationRow(relationName, path);
    const column = ownValue(relation.columns, field);
    if (column === undefined) {
      throw new AccessPredicateError(`Field "${field}" of relation "${relationName}" (in "${path}") is not mapped`);
    }
    const columnSql = `${rowAlias}.${quoteIdentifier(column, `column for "${path}"`)}`;

    const negated = operator === 'ne' || operator === 'nin';
    const positive = operator === 'ne' ? 'eq' : operator === 'nin' ? 'in' : operator;
    const rowCondition = this.compareColumn(columnSql, positive, value, path);
    const params: Record<string, unknown> = {};
    // EXISTS over no rows is FALSE: a constant FALSE row condition (`$in: []`) needs no subquery.
    const exists =
      rowCondition.kind === 'const' && !rowCondition.value
        ? rowCondition
        : leaf(`EXISTS (SELECT 1 ${from} AND ${render(rowCondition, params)})`, params);
    return negated ? not(exists) : exists;
  }

  // Every expression produced here is two-valued (never NULL), so NOT, AND and OR around it keep
  // CASL's boolean meaning; SQL's NOT (NULL) would otherwise drop rows that CASL allows.
  private compareColumn(column: string, operator: FieldOperator, value: unknown, path: string): Expr {
    switch (operator) {
      // @ucast/js: `$eq: null` matches null values; any other value never matches null, and
      // `$ne` is its exact negation, i.e. IS DISTINCT FROM.
      case 'eq':
      case 'ne': {
        const eq = operator === 'eq';
        if (value === null) return leaf(`${column} ${eq ? 'IS NULL' : 'IS NOT NULL'}`, {});
        const param = this.param(value, valueKind(value, operator, path));
        return leaf(
          eq ? `(${column} = ${param.sql} AND ${column} IS NOT NULL)` : `${column} IS DISTINCT FROM ${param.sql}`,
          param.params,
        );
      }
      // @ucast/js compares each list item with ===, so a null item matches a null value, and
      // `$nin` (= !$in) matches null unless the list holds null.
      case 'in':
      case 'nin': {
        if (!Array.isArray(value)) throw new AccessPredicateError(`"$${operator}" on "${path}" expects an array`);
        const items: unknown[] = value;
        const nonNull = items.filter((item) => item !== null);
        const hasNull = nonNull.length < items.length;
        const param = nonNull.length > 0 ? this.param(nonNull, arrayKind(nonNull, operator, path)) : undefined;
        if (operator === 'in') {
          return or([
            param ? leaf(`(${column} = ANY(${param.sql}) AND ${column} IS NOT NULL)`, param.params) : constant(false),
            hasNull ? leaf(`${column} IS NULL`, {}) : constant(false),
          ]);
        }
        const notInList = param ? leaf(`${column} <> ALL(${param.sql})`, param.params) : constant(true);
        return hasNull
          ? and([leaf(`${column} IS NOT NULL`, {}), notInList])
          : or([leaf(`${column} IS NULL`, {}), notInList]);
      }
      default: {
        const kind = valueKind(value, operator, path);
        if (kind !== 'integer' && kind !== 'numeric' && kind !== 'timestamptz') {
          // JavaScript orders strings by UTF-16 code units, PostgreSQL by the column's collation:
          // they disagree, so CASL and SQL would allow different rows.
          throw new AccessPredicateError(`"$${operator}" on "${path}" accepts only numbers and dates, got ${kind}`);
        }
        const param = this.param(value, kind);
        const comparison = `${column} ${COMPARISON_SQL[operator]} ${param.sql}`;
        return leaf(
          orderingMatchesNull(operator, value)
            ? `(${comparison} OR ${column} IS NULL)`
            : `(${comparison} AND ${column} IS NOT NULL)`,
          param.params,
        );
      }
    }
  }

  private param(value: unknown, kind: ValueKind): { sql: string; params: Record<string, unknown> } {
    this.paramCount += 1;
    const name = `${this.prefix}_${this.paramCount}`;
    const array = Array.isArray(value) ? '[]' : '';
    // Strings stay untyped so PostgreSQL types them from the column (uuid, text, varchar, enum).
    // Other values get an explicit type, so a number never turns into text and a mismatch with
    // the column's type fails instead of matching by coercion. CAST(), not ::, because TypeORM
    // scans the SQL for ":name" parameters.
    const sql = kind === 'text' ? `:${name}` : `CAST(:${name} AS ${kind === 'integer' ? 'bigint' : kind}${array})`;
    return { sql, params: { [name]: value } };
  }
}

function ruleAst(rule: Rule): ConditionNode {
  const ast = rule.ast;
  if (!ast) {
    throw new AccessPredicateError('Rule has conditions but no AST: build the ability with createMongoAbility');
  }
  return ast;
}

function childNodes(node: ConditionNode): ConditionNode[] {
  const children = node.value;
  if (!Array.isArray(children) || !children.every(isConditionNode)) {
    throw new AccessPredicateError(`"${node.operator}" condition has malformed operands`);
  }
  return children;
}

function isConditionNode(value: unknown): value is ConditionNode {
  return typeof value === 'object' && value !== null && 'operator' in value && typeof value.operator === 'string';
}

function isFieldOperator(operator: string): operator is FieldOperator {
  return (FIELD_OPERATORS as readonly string[]).includes(operator);
}

// Own keys only: a field such as "constructor" must not resolve through Object.prototype.
function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function quoteIdentifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new AccessPredicateError(`Invalid SQL identifier for ${what}: "${name}" (expected ${IDENTIFIER.source})`);
  }
  return `"${name}"`;
}

// undefined, objects, arrays, RegExps, NaN and the like have no faithful SQL counterpart (a
// RegExp under $eq even means a pattern match in CASL), so they are refused, not approximated.
function valueKind(value: unknown, operator: string, path: string): ValueKind {
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number' && Number.isFinite(value)) return Number.isSafeInteger(value) ? 'integer' : 'numeric';
  if (value instanceof Date && !Number.isNaN(value.getTime())) return 'timestamptz';
  throw new AccessPredicateError(`Unsupported value for "$${operator}" on "${path}": ${describe(value)}`);
}

function arrayKind(items: readonly unknown[], operator: string, path: string): ValueKind {
  const kinds = new Set(items.map((item) => valueKind(item, operator, path)));
  if (kinds.size === 2 && kinds.has('integer') && kinds.has('numeric')) return 'numeric';
  if (kinds.size !== 1) {
    throw new AccessPredicateError(`"$${operator}" on "${path}" mixes value types (${[...kinds].join(', ')})`);
  }
  const [kind] = kinds;
  return kind;
}

// @ucast/js compares with `a === b ? 0 : a > b ? 1 : -1` (dates as milliseconds), and JavaScript
// coerces null to 0 in `>`. So `$lt`/`$lte` match a null value when the operand is >= 0, and
// `$gt`/`$gte` when it is < 0. Odd, but it is what ability.can() does, so SQL must agree.
function orderingMatchesNull(operator: OrderingOperator, value: unknown): boolean {
  const operand = value instanceof Date ? value.getTime() : Number(value);
  const nullIsGreater = 0 > operand;
  return operator === 'gt' || operator === 'gte' ? nullIsGreater : !nullIsGreater;
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  // `{ field: { $not: … } }` under createMongoAbility: an operator its parser does not know, so
  // CASL compares the whole object as a value (never equal).
  const unknownOperators =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.keys(value).filter((key) => key.startsWith('$'))
      : [];
  if (unknownOperators.length > 0) {
    return `object with ${unknownOperators.join(', ')}, an operator the ability's conditions matcher does not know`;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof RegExp) return 'RegExp';
  if (value instanceof Date) return 'Invalid Date';
  if (typeof value === 'number') return String(value);
  return typeof value;
}
