import type { EntityManager, EntityMetadata, ObjectLiteral } from 'typeorm';

const TIMESTAMP_TYPES = new Set<unknown>(['timestamptz', 'timestamp', 'timestamp with time zone', Date]);
const STRING_NUMBER_TYPES = new Set<unknown>(['bigint', 'int8', 'numeric', 'decimal']);

// Returns a function that builds an entity from `to_json(row)` of its table, typed as TypeORM
// would hydrate the row: timestamps as Date, bigint and numeric as strings, dates as
// 'YYYY-MM-DD' strings. Lets one statement carry a page's nested rows as JSON (no second round
// trip, no per-column hydration pass) while resolvers keep receiving the entities they always
// did. Built once per entity (callers ask for it on every caseload page). Entities with value
// transformers are refused rather than hydrated differently.
const hydrators = new WeakMap<EntityMetadata, (json: Record<string, unknown>) => ObjectLiteral>();

export function jsonHydrator<T extends ObjectLiteral>(
  manager: EntityManager,
  target: new () => T,
): (json: Record<string, unknown>) => T {
  return cachedHydrator(manager.connection.getMetadata(target)) as (json: Record<string, unknown>) => T;
}

function cachedHydrator(metadata: EntityMetadata): (json: Record<string, unknown>) => ObjectLiteral {
  let hydrator = hydrators.get(metadata);
  if (!hydrator) {
    hydrator = buildHydrator(metadata);
    hydrators.set(metadata, hydrator);
  }
  return hydrator;
}

// The same hydrator for a list page (keysetPage), or undefined where to_json would not give
// back exactly what TypeORM loads: a value transformer, a bigint (a JSON number loses digits past
// 2^53), or bytea (a Buffer). A column TypeORM leaves out unless asked (select: false) is left
// out here too.
export function jsonHydratorIfExact(
  metadata: EntityMetadata,
): ((json: Record<string, unknown>) => ObjectLiteral) | undefined {
  const inexact = metadata.columns.some(
    (column) =>
      !column.isVirtual &&
      column.isSelect &&
      (column.transformer !== undefined || INEXACT_TYPES.has(column.type as string)),
  );
  return inexact ? undefined : cachedHydrator(metadata);
}

const INEXACT_TYPES = new Set<unknown>(['bigint', 'int8', 'bytea', 'simple-array', 'simple-json']);

function buildHydrator(metadata: EntityMetadata): (json: Record<string, unknown>) => ObjectLiteral {
  // A relation's implicit key column (virtual): TypeORM leaves the relation unset unless joined;
  // a select: false column it leaves unset unless asked for.
  const columns = metadata.columns.filter((column) => !column.isVirtual && column.isSelect);
  const transformed = columns.find((column) => column.transformer);
  if (transformed) throw new Error(`${metadata.name}.${transformed.propertyName} has a transformer`);
  return (json) => {
    const entity = metadata.create() as ObjectLiteral;
    for (const column of columns) {
      const raw = json[column.databaseName];
      if (raw === undefined) continue;
      let value: unknown = raw;
      if (raw !== null && TIMESTAMP_TYPES.has(column.type)) value = new Date(raw as string);
      else if (typeof raw === 'number' && STRING_NUMBER_TYPES.has(column.type)) value = String(raw);
      column.setEntityValue(entity, value);
    }
    return entity;
  };
}
