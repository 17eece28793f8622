import type { AnyMongoAbility } from '@casl/ability';
import type { EntityManager, ObjectLiteral } from 'typeorm';

import { entityRows } from '@app/core/database';

import { accessPredicate, type SubjectMapping } from './access-predicate';

export interface RowAccess {
  ability: AnyMongoAbility;
  action: string;
  mapping: SubjectMapping;
}

// Rows of one table that the caller may act on and that meet `condition`: the caller's compiled
// predicate ANDed in, as whereAccessible does, without the query builder (entityRows). For hot
// single-table reads such as a record by id; anything with joins uses whereAccessible.
export function accessibleRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: new () => T,
  alias: string,
  access: RowAccess,
  condition: string,
  params: Readonly<Record<string, unknown>>,
): Promise<T[]> {
  const rule = accessPredicate(access.ability, access.action, access.mapping, alias);
  return entityRows(manager, target, alias).where(manager, `(${rule.sql}) AND (${condition})`, {
    ...rule.params,
    ...params,
  });
}
