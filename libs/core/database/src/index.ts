export { BaseEntityColumns } from './base.columns';
export { dataSourceOptions, type ConnectionSettings, type EntityList } from './data-source.options';
export { ensureDatabaseRoles, roleOption, type DatabaseRoles } from './database-roles';
export { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
export { allMigrations } from './migrations';
export { SnakeNamingStrategy } from './snake-naming.strategy';
export { migrateDatabase, ownerDataSource, revertAllMigrations, type MigrationOutcome } from './migrate';
export { jsonHydrator, jsonHydratorIfExact } from './entity-from-json';
export { entityRows, type EntityRows } from './entity-rows';
export { addOrder, orderSql, type SqlOrder } from './sql-order';
export {
  currentManager,
  isUniqueViolation,
  preparedQuery,
  shapedQuery,
  sqlStateOf,
  TransactionHost,
  type IsolationLevel,
  type RunOptions,
} from './transaction-host';
export { foldedName, likeTerm, nameContains } from './name-search';
