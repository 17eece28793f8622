import { Client } from 'pg';

import { TransactionHost } from '@app/core/database';
import { createLogger } from '@app/core/logging';
import { createTestDatabase, type TestDatabase } from '@app/core/testing';

import { TcpProxy } from '../../../../test/support/tcp-proxy';

import { type DomainEvent, EVENTS_CHANNEL, PgPubSub } from './pg-pubsub.service';

async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

// The listening connection's life on a real PostgreSQL reached through a TCP proxy: it comes
// back by itself after the database goes away, and a reconnect that was pending when the app
// shut down never opens a connection afterwards (it would outlive the app and, under jest,
// touch a torn-down environment).
describe('PgPubSub (PostgreSQL)', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let url: string;
  let admin: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    ({ proxy, url } = await TcpProxy.forUrl(db.adminUrl));
    admin = new Client({ connectionString: db.adminUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await proxy.close();
    await db.drop();
  });

  function pubsub(): PgPubSub {
    // publish() needs a transaction host; these tests only listen, and send with the admin client.
    return new PgPubSub({} as TransactionHost, { connectionString: url }, createLogger('silent'));
  }

  function notify(event: DomainEvent): Promise<unknown> {
    return admin.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
  }

  it('listens again after the database went away and came back', async () => {
    const bus = pubsub();
    await bus.onModuleInit();
    const seen: string[] = [];
    bus.subscribe('t', (event) => seen.push(event.id));
    try {
      await proxy.cut();
      await proxy.restore();
      await until(() => proxy.connections === 1, 5000);
      // LISTEN runs right after the connection opens; keep sending until it is in place.
      await until(() => {
        void notify({ topic: 't', municipalityId: 'm', id: 'after' });
        return seen.includes('after');
      }, 5000);
      expect(proxy.connections).toBe(1);
    } finally {
      await bus.onApplicationShutdown();
    }
  });

  it('opens no connection after shutdown when a reconnect was pending', async () => {
    const bus = pubsub();
    await bus.onModuleInit();
    expect(proxy.connections).toBe(1);
    await proxy.cut();
    await proxy.restore();
    // The first reconnect is due 250 ms after the error; shut down before it fires.
    await new Promise((r) => setTimeout(r, 50));
    await bus.onApplicationShutdown();
    await new Promise((r) => setTimeout(r, 700));
    expect(proxy.connections).toBe(0);
  });
});
