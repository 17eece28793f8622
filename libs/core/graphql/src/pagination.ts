import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { currentManager, jsonHydratorIfExact, shapedQuery } from '@app/core/database';
import { DomainError, ErrorCode } from '@app/core/errors';

import { selectedFieldNames } from './selection';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

// Keyset pagination arguments; `first` is capped for every list in the API.
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Opaque cursor from a previous page (`pageInfo.endCursor`).' })
  @IsOptional()
  @IsBase64({ urlSafe: true })
  @MaxLength(500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field({ description: 'True when another page follows.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page.' })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

// Generic connection type: `nodes`, `pageInfo` and the access-filtered `totalCount`.
export function Connection<T>(node: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class ConnectionType implements Page<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items the caller may see in total.' })
    totalCount!: number;
  }
  return ConnectionType;
}

export function encodeCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, parts: number): string[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === parts && parsed.every((p) => typeof p === 'string')) {
      return parsed;
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Invalid cursor');
}

export interface KeysetSort<T> {
  column: string;
  // The row's value of `column`, as text that casts back to `type`.
  value: (row: T) => string;
  // SQL type the cursor value is cast to (the column's type); text when omitted.
  type?: 'text' | 'date' | 'timestamptz' | 'numeric';
  descending?: boolean;
}

const CURSOR_VALUE: Readonly<Record<NonNullable<KeysetSort<never>['type']>, RegExp>> = {
  text: /^[\s\S]*$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamptz: /^(-infinity|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z)$/,
  numeric: /^-?\d{1,20}(\.\d{1,20})?$/,
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A (sort key, id) cursor whose parts will cast to their SQL types, so a tampered cursor is
// the caller's error (BAD_USER_INPUT), never a failed statement.
export function decodeTypedCursor(cursor: string, type: NonNullable<KeysetSort<never>['type']>): [string, string] {
  const [key, id] = decodeCursor(cursor, 2) as [string, string];
  if (!CURSOR_VALUE[type].test(key) || !UUID.test(id))
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Invalid cursor');
  return [key, id];
}

// A page's arguments. `countTotal: false` when the caller did not ask for `totalCount`: the
// count is the one part of a page whose cost grows with everything the caller may read (a
// partner's 16,000 consented plans at region scale), so it is skipped when nobody reads it.
export interface KeysetArgs {
  first?: number;
  after?: string;
  countTotal?: boolean;
}

// The total of a page whose count was skipped (never shown: it was not asked for).
export const NOT_COUNTED = -1;

// Whether the connection's `totalCount` is among the fields asked for (keysetPage's countTotal).
export function totalCountAsked(info: GraphQLResolveInfo): boolean {
  return selectedFieldNames(info, []).has('totalCount');
}

// Keyset pagination over (sort column, id) of an already access-filtered query: the page is
// found by index range, never by OFFSET, so a deep page costs what the first does. The count
// is taken from the same filtered query, so totals never include rows the caller cannot see.
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: KeysetArgs,
  sort: KeysetSort<T>,
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const id = `${query.alias}.id`;
  const direction = sort.descending ? 'DESC' : 'ASC';
  const pageQuery = query.clone().orderBy(sort.column, direction).addOrderBy(id, direction);
  if (args.after) {
    const [key, lastId] = decodeTypedCursor(args.after, sort.type ?? 'text');
    const cast = sort.type ? `CAST(:cursorKey AS ${sort.type})` : ':cursorKey';
    const key$ = sort.type === 'timestamptz' ? exactTimestamp(query, sort.column, cast) : cast;
    pageQuery.andWhere(`(${sort.column}, ${id}) ${sort.descending ? '<' : '>'} (${key$}, CAST(:cursorId AS uuid))`, {
      cursorKey: key,
      cursorId: lastId,
    });
  }
  const counted = args.countTotal !== false;
  const onePass = await onePassPage(query, pageQuery, first, Boolean(args.after), counted);
  const { rows, totalCount } = onePass ?? {
    totalCount: counted ? await query.clone().getCount() : NOT_COUNTED,
    rows: await pageQuery.take(first + 1).getMany(),
  };
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([sort.value(last), last.id]) : null },
  };
}

// A timestamptz column holds microseconds, the cursor only milliseconds (a JavaScript Date's):
// compared with the cursor's value, the last row shown (and every row of the same millisecond)
// came again, and a page of rows written in one transaction (one now(): the demo's, an import's)
// came back whole, so "Visa fler" never got past it (issue 15). The cursor's row's own value is
// read back by its id, within the millisecond the cursor names (so nothing is learnt of a row
// beyond what the cursor says), the cursor's value when that row is gone. Only for a column of
// the query's own table; any other keeps the cursor's value.
const COLUMN = /^([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)$/;

function exactTimestamp<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, cast: string): string {
  const [, alias, name] = COLUMN.exec(column) ?? [];
  const main = query.expressionMap.mainAlias;
  if (alias !== query.alias || !name || !main?.hasMetadata) return cast;
  const table = query.escape(main.metadata.tableName);
  const own = `cursor_row.${query.escape(name)}`;
  return `COALESCE((SELECT ${own} FROM ${table} cursor_row WHERE cursor_row.id = CAST(:cursorId AS uuid)
      AND ${own} >= ${cast} AND ${own} < ${cast} + interval '1 millisecond'), ${cast})`;
}

// A plain list (one table, its whole rows, no joins) as one statement (onePassRows), its rows
// hydrated from JSON without TypeORM's per-column pass. Anything else (joins, a chosen
// selection, columns to_json cannot give back exactly) takes the query builder's own path:
// undefined.
async function onePassPage<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  pageQuery: SelectQueryBuilder<T>,
  first: number,
  afterCursor: boolean,
  counted: boolean,
): Promise<{ rows: T[]; totalCount: number } | undefined> {
  const { expressionMap } = query;
  const metadata = expressionMap.mainAlias?.hasMetadata ? expressionMap.mainAlias.metadata : undefined;
  const plain =
    expressionMap.joinAttributes.length === 0 &&
    expressionMap.selects.length === 1 &&
    expressionMap.selects[0]?.selection === query.alias;
  const hydrate = plain && metadata ? jsonHydratorIfExact(metadata) : undefined;
  if (!hydrate) return undefined;
  const { raw, totalCount } = await onePassRows(query, pageQuery, { first, afterCursor, counted });
  return { rows: raw.map((row) => hydrate(row.page_row) as T), totalCount };
}

export interface OnePassOptions {
  first: number;
  afterCursor: boolean;
  counted: boolean;
  // Further columns of each row, after page_row and total_count (a sort key, nested parts).
  extraSelects?: ReadonlyArray<{ sql: string; alias: string; params?: Record<string, unknown> }>;
}

export interface OnePassRow {
  page_row: Record<string, unknown>;
  total_count: number;
}

// A page as one statement prepared per shape (shapedQuery): each row of `pageQuery` (the
// access-filtered `query`, ordered and cursor-bounded) as to_json of its main alias, with the
// total as an uncorrelated subquery that PostgreSQL runs once, and first + 1 rows (the extra one
// tells whether a next page exists). Lists were two statements, each parsed and planned on
// every request; every round trip to the database costs a wake-up of another process, which on
// a small virtual machine was a fifth of the api's time (docs/PERFORMANCE.md). Past the last page
// no row carries the total, which is then counted on its own.
export async function onePassRows<T extends ObjectLiteral, R extends object = object>(
  query: SelectQueryBuilder<T>,
  pageQuery: SelectQueryBuilder<T>,
  options: OnePassOptions,
): Promise<{ raw: Array<OnePassRow & R>; totalCount: number }> {
  const total = options.counted ? `(${query.clone().select('COUNT(*)::int').getQuery()})` : `${NOT_COUNTED}`;
  pageQuery.select(`to_json(${query.alias})`, 'page_row').addSelect(total, 'total_count');
  for (const extra of options.extraSelects ?? []) {
    pageQuery.addSelect(extra.sql, extra.alias);
    if (extra.params) pageQuery.setParameters(extra.params);
  }
  const [sql, params] = pageQuery.limit(options.first + 1).getQueryAndParameters();
  const raw = await shapedQuery<OnePassRow & R>(currentManager(query.connection), sql, params);
  const totalCount =
    raw[0]?.total_count ?? (options.afterCursor && options.counted ? await query.clone().getCount() : 0);
  return { raw, totalCount };
}
