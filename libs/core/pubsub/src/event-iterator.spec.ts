import { DomainError, ErrorCode } from '@app/core/errors';

import { eventIterator } from './event-iterator';
import type { DomainEvent, PgPubSub } from './pg-pubsub.service';

// A pub/sub with one topic whose events the test sends by hand.
function fakePubSub(): { pubsub: PgPubSub; send: (id: string) => void; listeners: () => number } {
  const listeners = new Set<(event: DomainEvent) => void>();
  const pubsub = {
    subscribe: (_topic: string, listener: (event: DomainEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as PgPubSub;
  return {
    pubsub,
    send: (id) => {
      for (const listener of [...listeners]) listener({ topic: 't', municipalityId: 'm', id });
    },
    listeners: () => listeners.size,
  };
}

// A subscriber whose `load` is slow (its client reads slowly) gets every event that arrives
// meanwhile, in order, up to the bound; past it the subscription ends with SUBSCRIPTION_BEHIND
// instead of losing events without a word.
describe('eventIterator', () => {
  let release: () => void = () => undefined;
  const slowLoad = async (event: DomainEvent): Promise<string> => {
    await new Promise<void>((resolve) => (release = resolve));
    return event.id;
  };
  const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  it('delivers every event that arrived while the subscriber was busy, in order, up to the bound', async () => {
    const bus = fakePubSub();
    const it = eventIterator(bus.pubsub, 't', () => true, slowLoad, 3);
    const first = it.next();
    bus.send('1');
    await settle();
    for (const id of ['2', '3', '4']) bus.send(id);
    const seen: string[] = [];
    for (let pending = first; seen.length < 4; pending = it.next()) {
      await settle();
      release();
      const result = await pending;
      seen.push(String(result.value));
    }
    expect(seen).toEqual(['1', '2', '3', '4']);
    await it.return?.();
    expect(bus.listeners()).toBe(0);
  });

  it('ends a subscriber that falls past the bound with SUBSCRIPTION_BEHIND, and stops listening', async () => {
    const bus = fakePubSub();
    const it = eventIterator(bus.pubsub, 't', () => true, slowLoad, 3);
    const first = it.next();
    bus.send('1');
    await settle();
    for (const id of ['2', '3', '4', '5']) bus.send(id);
    expect(bus.listeners()).toBe(0);
    release();
    expect((await first).value).toBe('1');
    const behind = await it.next().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(behind).toBeInstanceOf(DomainError);
    expect((behind as DomainError).code).toBe(ErrorCode.SUBSCRIPTION_BEHIND);
    expect(await it.next()).toEqual({ done: true, value: undefined });
  });
});
