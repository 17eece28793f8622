import { DataSource } from 'typeorm';

import { addOrder, orderSql, type SqlOrder } from './sql-order';

describe('SqlOrder', () => {
  const order: SqlOrder = [
    ['c.occurred_at', 'DESC'],
    ['c.id', 'ASC'],
  ];

  it('writes the same order as SQL text and on a query builder', () => {
    expect(orderSql(order)).toBe('c.occurred_at DESC, c.id ASC');
    // Never initialised: building SQL needs the driver, not a connection.
    const qb = new DataSource({ type: 'postgres' }).createQueryBuilder().select('c.id').from('contact', 'c');
    expect(addOrder(qb.orderBy('c.kind'), order).getQuery()).toBe(
      'SELECT c.id FROM "contact" "c" ORDER BY c.kind ASC, c.occurred_at DESC, c.id ASC',
    );
  });
});
