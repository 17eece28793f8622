// Work shared by the subscribers of one event. An instance delivers each event to every
// subscriber in turn (graphql-ws, one socket each), and each re-decides its access: with 500
// sockets of one user, one event cost 500 reads of the same principal and the same row. What a
// subscriber reads depends only on who it is, so the reads are shared by the subscribers that are
// the same caller, keyed by the event object itself (the pub/sub hands every listener the same
// object), and live exactly as long as the event does: nothing outlives it, nothing is shared
// across events. A failure is shared too, as each would have met it alike.
const shared = new WeakMap<object, Map<unknown, Promise<unknown>>>();

export function perEvent<T>(event: object, key: unknown, compute: () => Promise<T>): Promise<T> {
  let forEvent = shared.get(event);
  if (!forEvent) {
    forEvent = new Map();
    shared.set(event, forEvent);
  }
  let result = forEvent.get(key) as Promise<T> | undefined;
  if (!result) {
    result = compute();
    forEvent.set(key, result);
  }
  return result;
}
