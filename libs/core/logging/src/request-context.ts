import { AsyncLocalStorage } from 'node:async_hooks';

// Per-request state that must follow the request through async calls without being passed
// by hand: its id (for logs and error reports) and the SQL statement counter.
export interface RequestStore {
  requestId: string;
  sqlStatements: number;
}

const storage = new AsyncLocalStorage<RequestStore>();

export const RequestContext = {
  run<T>(store: RequestStore, work: () => T): T {
    return storage.run(store, work);
  },
  current(): RequestStore | undefined {
    return storage.getStore();
  },
  requestId(): string | undefined {
    return storage.getStore()?.requestId;
  },
  // Runs work that serves many requests at once (a batched write) outside any one request's
  // store, so its statements are not counted against whichever request happened to start it.
  detached<T>(work: () => T): T {
    return storage.exit(work);
  },
};
