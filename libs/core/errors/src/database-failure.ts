import { ErrorCode } from './error-codes';

// SQLSTATEs of a database that is going away or cannot be reached: connection exceptions (08),
// operator intervention (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now,
// which pg_terminate_backend and a restart produce), and 53300 too many connections.
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
// Node's socket errors when the server is not there or the connection broke.
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
// The same, when only the message survived a wrapper.
const UNAVAILABLE_ERRNO_IN_MESSAGE =
  /\b(?:connect|read|write) (?:ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH)\b/;
// node-postgres reports a broken or closed connection by message only.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'terminating connection due to administrator command',
  'the database system is shutting down',
  'the database system is starting up',
  'Connection terminated due to connection timeout',
  'This socket has been ended by the other party',
  'socket hang up',
  'Cannot use a pool after calling end on the pool',
];
// pg-pool: no connection became free (or could be opened) within connectionTimeoutMillis.
const POOL_TIMEOUT_MESSAGE = 'timeout exceeded when trying to connect';

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    chain.push(current);
    const next = current as { driverError?: unknown; originalError?: unknown; cause?: unknown };
    current = next.driverError ?? next.originalError ?? next.cause;
  }
  return chain;
}

// Which stable code a database failure is for the client, or undefined when the error is not
// one (issue 19): the database unreachable is SERVICE_UNAVAILABLE; waiting too long for a pooled
// connection or a statement cancelled by statement_timeout (57014) is SERVICE_TIMEOUT.
export function databaseFailureCode(error: unknown): ErrorCode | undefined {
  for (const candidate of causes(error)) {
    // Duck-typed: errors made by Node's own modules are not `instanceof Error` in every realm
    // (jest's sandbox).
    if (typeof candidate !== 'object' || candidate === null) continue;
    const cause = candidate as { code?: unknown; message?: unknown };
    if (typeof cause.message !== 'string') continue;
    const { code } = cause;
    if (code === '57014') return ErrorCode.SERVICE_TIMEOUT;
    if (cause.message.includes(POOL_TIMEOUT_MESSAGE)) return ErrorCode.SERVICE_TIMEOUT;
    if (
      typeof code === 'string' &&
      (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || UNAVAILABLE_ERRNOS.has(code))
    ) {
      return ErrorCode.SERVICE_UNAVAILABLE;
    }
    const text = cause.message;
    if (UNAVAILABLE_ERRNO_IN_MESSAGE.test(text)) return ErrorCode.SERVICE_UNAVAILABLE;
    if (UNAVAILABLE_MESSAGES.some((message) => text.includes(message))) return ErrorCode.SERVICE_UNAVAILABLE;
  }
  return undefined;
}

// A serialization failure or deadlock that was still there after TransactionHost's retries: two
// changes collided; the client sees CONFLICT and may try again.
export function isSerializationFailure(error: unknown): boolean {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = candidate?.driverError?.code ?? candidate?.code;
  return code === '40001' || code === '40P01';
}
