import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';

import { shapedQuery } from './transaction-host';

// Reads whole entities of one table with a WHERE clause the repository writes (named
// parameters, `:name`, as in the query builder), hydrated exactly as TypeORM's query builder
// hydrates them (the driver's own prepareHydratedValue per column). The select list is built
// once per entity and alias; the query builder rebuilt and re-escaped it, and re-parsed the
// whole statement for property names, on every call: about a tenth of a single-record read.
// Used where a hot read is one table with a predicate; joins stay with the query builder.
export interface EntityRows<T> {
  where(manager: EntityManager, condition: string, params: Readonly<Record<string, unknown>>): Promise<T[]>;
}

const readers = new WeakMap<EntityMetadata, Map<string, EntityRows<ObjectLiteral>>>();

const ALIAS = /^[a-z_][a-z0-9_]*$/;

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function buildReader<T extends ObjectLiteral>(metadata: EntityMetadata, alias: string): EntityRows<T> {
  if (metadata.tableType !== 'regular' && metadata.tableType !== 'view') {
    throw new Error(`${metadata.name} is not a plain table or view`);
  }
  if (metadata.deleteDateColumn) throw new Error(`${metadata.name} is soft-deleted; use the query builder`);
  // A relation's implicit key column (virtual) is not a property: the query builder leaves the
  // relation unset unless it is joined, and so does this; likewise a select: false column unless
  // it is asked for.
  const columns = metadata.columns.filter((column) => !column.isVirtual && column.isSelect);
  const embedded = columns.find((column) => column.embeddedMetadata);
  if (embedded) throw new Error(`${metadata.name}.${embedded.propertyName} is embedded; use the query builder`);
  const aliasSql = quote(alias);
  const selectList = columns.map((column) => `${aliasSql}.${quote(column.databaseName)}`).join(', ');
  // tablePath is `schema.table` when the entity names a schema.
  const from = `FROM ${metadata.tablePath.split('.').map(quote).join('.')} ${aliasSql}`;
  return {
    async where(manager, condition, params) {
      const driver = manager.connection.driver;
      const [sql, values] = driver.escapeQueryWithParameters(`SELECT ${selectList} ${from} WHERE ${condition}`, params);
      // Prepared once per connection and shape: the text varies only with the condition and the
      // caller's kind of access, never with values (a record read by id, thousands a day).
      const rows = await shapedQuery<Record<string, unknown>>(manager, sql, values);
      return rows.map((row) => {
        const entity = metadata.create() as T;
        for (const column of columns) {
          column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
        }
        return entity;
      });
    },
  };
}

export function entityRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: new () => T,
  alias: string,
): EntityRows<T> {
  if (!ALIAS.test(alias)) throw new Error(`Invalid alias: ${alias}`);
  const metadata = manager.connection.getMetadata(target);
  let byAlias = readers.get(metadata);
  if (!byAlias) {
    byAlias = new Map();
    readers.set(metadata, byAlias);
  }
  let reader = byAlias.get(alias);
  if (!reader) {
    reader = buildReader<ObjectLiteral>(metadata, alias);
    byAlias.set(alias, reader);
  }
  return reader as EntityRows<T>;
}
