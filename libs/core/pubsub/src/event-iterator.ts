import { DomainError, ErrorCode } from '@app/core/errors';

import type { DomainEvent, PgPubSub } from './pg-pubsub.service';

// An async iterator over events of one topic that maps each event through `load`, which must
// re-read the record through the subscriber's access rules; events the subscriber may no
// longer see are dropped. Buffered events are bounded so a slow client cannot grow memory: a
// subscriber that falls `maxBuffered` events behind is ended with SUBSCRIPTION_BEHIND rather
// than losing events silently, so its client knows to subscribe again and re-read.
export function eventIterator<T>(
  pubsub: PgPubSub,
  topic: string,
  accept: (event: DomainEvent) => boolean,
  load: (event: DomainEvent) => Promise<T | undefined>,
  maxBuffered = 100,
): AsyncIterableIterator<T> {
  const queue: DomainEvent[] = [];
  let waiting: ((event: DomainEvent | undefined) => void) | undefined;
  let done = false;
  let behind = false;
  const unsubscribe = pubsub.subscribe(topic, (event) => {
    if (done || !accept(event)) return;
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(event);
    } else if (queue.length < maxBuffered) {
      queue.push(event);
    } else {
      // Too far behind: stop listening and tell the subscriber at its next read.
      behind = true;
      unsubscribe();
      queue.length = 0;
    }
  });
  const finish = (): IteratorResult<T> => {
    if (!done) {
      done = true;
      unsubscribe();
      waiting?.(undefined);
      waiting = undefined;
      queue.length = 0;
    }
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      while (!done) {
        if (behind) {
          finish();
          throw new DomainError(
            ErrorCode.SUBSCRIPTION_BEHIND,
            'The subscription fell too far behind its events; subscribe again and re-read',
          );
        }
        const event = queue.shift() ?? (await new Promise<DomainEvent | undefined>((resolve) => (waiting = resolve)));
        if (!event) break;
        const value = await load(event);
        if (value !== undefined) return { done: false, value };
      }
      return finish();
    },
    return: () => Promise.resolve(finish()),
    throw: (error?: unknown) => {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
