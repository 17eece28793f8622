import type { Logger } from 'typeorm';

// A TypeORM logger that prints nothing, for integration tests whose refused or failing
// statements are expected (TypeORM would print each of them).
export const silentTypeOrmLogger: Logger = {
  logQuery: () => undefined,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};
