import { databaseFailureCode } from './database-failure';

function pgError(code: string, message = 'failed'): Error {
  return Object.assign(new Error(message), { code });
}

// Wrapped as TypeORM wraps a driver's error.
function wrapped(driverError: unknown): Error {
  return Object.assign(new Error(String(driverError)), { driverError });
}

describe('databaseFailureCode', () => {
  it.each([
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a reset connection', wrapped(pgError('ECONNRESET', 'read ECONNRESET'))],
    ['pg_terminate_backend', wrapped(pgError('57P01', 'terminating connection due to administrator command'))],
    ['a server starting up', pgError('57P03', 'the database system is starting up')],
    ['a connection exception', pgError('08006')],
    ['a broken connection (message only)', wrapped(new Error('Connection terminated unexpectedly'))],
    ['an errno in the message only', wrapped(new Error('Error: connect ECONNREFUSED 127.0.0.1:1'))],
  ])('%s is SERVICE_UNAVAILABLE', (_name, error) => {
    expect(databaseFailureCode(error)).toBe('SERVICE_UNAVAILABLE');
  });

  it.each([
    ['statement_timeout', wrapped(pgError('57014', 'canceling statement due to statement timeout'))],
    ['no pooled connection in time', new Error('timeout exceeded when trying to connect')],
  ])('%s is SERVICE_TIMEOUT', (_name, error) => {
    expect(databaseFailureCode(error)).toBe('SERVICE_TIMEOUT');
  });

  it.each([
    ['a unique violation', wrapped(pgError('23505'))],
    ['a serialization failure', wrapped(pgError('40001'))],
    ['a plain bug', new TypeError('x is undefined')],
    ['not an error', 'boom'],
  ])('%s is not a database failure', (_name, error) => {
    expect(databaseFailureCode(error)).toBeUndefined();
  });
});
