import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';

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
