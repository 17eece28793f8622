import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { DomainError, ErrorCode } from '@app/core/errors';

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

// Keyset pagination over (sort column, id) of an already access-filtered query: the page is
// found by index range, never by OFFSET, so a deep page costs what the first does. The count
// is taken from the same filtered query, so totals never include rows the caller cannot see.
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  args: { first?: number; after?: string },
  sort: KeysetSort<T>,
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const id = `${query.alias}.id`;
  const direction = sort.descending ? 'DESC' : 'ASC';
  const totalCount = await query.clone().getCount();
  const pageQuery = query
    .clone()
    .orderBy(sort.column, direction)
    .addOrderBy(id, direction)
    .take(first + 1);
  if (args.after) {
    const [key, lastId] = decodeTypedCursor(args.after, sort.type ?? 'text');
    const key$ = sort.type ? `CAST(:cursorKey AS ${sort.type})` : ':cursorKey';
    pageQuery.andWhere(`(${sort.column}, ${id}) ${sort.descending ? '<' : '>'} (${key$}, CAST(:cursorId AS uuid))`, {
      cursorKey: key,
      cursorId: lastId,
    });
  }
  const rows = await pageQuery.getMany();
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor([sort.value(last), last.id]) : null },
  };
}
