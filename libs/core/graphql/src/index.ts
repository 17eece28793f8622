export {
  createLoaderRegistry,
  noteRead,
  refreshForEvent,
  type GraphqlContext,
  type Loaders,
  type NoArgs,
} from './graphql-context';
export { AccessReads, type AccessCategory } from './access-reads';
export {
  Connection,
  decodeCursor,
  decodeTypedCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  keysetPage,
  MAX_PAGE_SIZE,
  onePassRows,
  PageArgs,
  PageInfo,
  totalCountAsked,
  type KeysetArgs,
  type KeysetSort,
  type Page,
} from './pagination';
export { sqlStatementCountPlugin } from './sql-count.plugin';
export { Isolation, MutationTransactionInterceptor, OwnTransaction } from './mutation-transaction.interceptor';
export { callerOf, CallerSource, selfOf, type Caller } from './caller';
export * from './limits';
export { IsIsoDate, IsReason, IsVersion, isMeaningfulText } from './input-rules';
export { selectedFieldNames } from './selection';
export { PrimedLoader, whenLoaded, type MaybePromise } from './primed-loader';
export { perEvent } from './per-event';
export { IdArg, UuidPipe } from './id-arg';
