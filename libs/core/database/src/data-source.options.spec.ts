import { EventEmitter } from 'node:events';

import { Client } from 'pg';

import { dataSourceOptions, listenedClient } from './data-source.options';

describe('the pool connections', () => {
  it('survive an error while nobody else listens (a connection the server ended mid-checkout)', () => {
    const seen: string[] = [];
    const ListenedClient = listenedClient((error) => seen.push(error.message));
    const client = new ListenedClient({ connectionString: 'postgres://127.0.0.1:1/none' });
    expect(client).toBeInstanceOf(Client);
    // What pg does when the backend is terminated while the client is checked out.
    expect(() => client.emit('error', new Error('terminating connection due to administrator command'))).not.toThrow();
    expect(seen).toEqual(['terminating connection due to administrator command']);
    // A bare client would have thrown: that was the crash.
    const bare = new EventEmitter();
    expect(() => bare.emit('error', new Error('x'))).toThrow('x');
  });

  it('are what the data source options give the pool', () => {
    const options = dataSourceOptions(
      { url: 'postgres://127.0.0.1/x', poolSize: 2, statementTimeoutMs: 1000, applicationName: 'test' },
      [],
    );
    const extra = (options as { extra?: { Client?: typeof Client } }).extra;
    const PoolClient = extra?.Client;
    expect(PoolClient).toBeDefined();
    if (!PoolClient) return;
    const client = new PoolClient({ connectionString: 'postgres://127.0.0.1:1/none' });
    expect(client.listenerCount('error')).toBe(1);
  });

  it('set the session timeouts: idle in a transaction as configured, or twice the statement timeout', () => {
    const optionsOf = (settings: { idleInTransactionTimeoutMs?: number }): string =>
      (
        dataSourceOptions(
          {
            url: 'postgres://127.0.0.1/x',
            poolSize: 2,
            statementTimeoutMs: 1000,
            applicationName: 'test',
            ...settings,
          },
          [],
        ) as { extra?: { options?: string } }
      ).extra?.options ?? '';
    expect(optionsOf({})).toContain('-c statement_timeout=1000 -c idle_in_transaction_session_timeout=2000');
    expect(optionsOf({ idleInTransactionTimeoutMs: 7000 })).toContain('-c idle_in_transaction_session_timeout=7000');
  });
});
