import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client, ClientConfig, Notification } from 'pg';

import { TransactionHost } from '@app/core/database';
import { AppLogger } from '@app/core/logging';

export const EVENTS_CHANNEL = 'brygga_events';

// Payloads carry ids only (NOTIFY payloads are capped at 8000 bytes, and a subscriber must
// re-read the data through its own access rules anyway).
export interface DomainEvent {
  topic: string;
  municipalityId: string;
  id: string;
}

type Listener = (event: DomainEvent) => void;

// Subscriptions fan out through PostgreSQL LISTEN/NOTIFY: events are sent with pg_notify in
// the mutation's own transaction, so PostgreSQL delivers them only on commit, to every api
// instance on the database. Each instance holds one dedicated listening connection.
@Injectable()
export class PgPubSub implements OnModuleInit, OnApplicationShutdown {
  private client: Client | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private closing = false;
  private reconnectDelayMs = 250;
  // At most one reconnect is pending: a broken connection can report several errors, and a
  // failed attempt reports both its rejection and (sometimes) an error event.
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly tx: TransactionHost,
    private readonly connection: ClientConfig,
    private readonly logger: AppLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    // A pending reconnect must not open a connection after shutdown (it would outlive the app).
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.listeners.clear();
    await this.client?.end().catch(() => undefined);
  }

  // Queue an event on the current transaction; it is delivered if and when that commits.
  async publish(event: DomainEvent): Promise<void> {
    if (!this.tx.inTransaction) throw new Error('Events are published only inside a transaction');
    await this.tx.manager.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
  }

  subscribe(topic: string, listener: Listener): () => void {
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(topic);
    };
  }

  listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  private async connect(): Promise<void> {
    const client = new Client({ ...this.connection, application_name: 'brygga-pubsub' });
    client.on('notification', (message) => this.dispatch(message));
    client.on('error', (error) => {
      if (this.client === client) this.client = undefined;
      this.logger.warn({ err: { message: error.message } }, 'pub/sub connection lost; reconnecting');
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closing) {
      // Shut down while this attempt was under way.
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.reconnectDelayMs = 250;
  }

  private scheduleReconnect(): void {
    if (this.closing || this.reconnectTimer) return;
    const delay = this.reconnectDelayMs;
    this.reconnectDelayMs = Math.min(delay * 2, 10_000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.closing) return;
      this.connect().catch((error: unknown) => {
        this.logger.warn(
          { err: { message: error instanceof Error ? error.message : String(error) } },
          'pub/sub reconnect failed',
        );
        this.scheduleReconnect();
      });
    }, delay).unref();
  }

  private dispatch(message: Notification): void {
    if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
    let event: DomainEvent;
    try {
      event = JSON.parse(message.payload) as DomainEvent;
    } catch {
      return;
    }
    for (const listener of this.listeners.get(event.topic) ?? []) listener(event);
  }
}
