import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

// One list's order, written once for both ways a list is read: by the query builder (a loader)
// and inside hand-written SQL (a subquery the caseload page carries). The two must agree row for
// row, so the order is a value both use rather than two texts kept alike by hand.
export type SqlOrder = ReadonlyArray<readonly [column: string, direction: 'ASC' | 'DESC']>;

// `a DESC, b DESC`, for ORDER BY in SQL text (also inside json_agg).
export function orderSql(order: SqlOrder): string {
  return order.map(([column, direction]) => `${column} ${direction}`).join(', ');
}

// The same order on a query builder, after any ordering it already has.
export function addOrder<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: SqlOrder,
): SelectQueryBuilder<T> {
  for (const [column, direction] of order) query.addOrderBy(column, direction);
  return query;
}
