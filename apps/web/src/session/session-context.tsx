import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';

import type { SessionStatus, SessionStore } from './session-store';

const SessionContext = createContext<SessionStore | undefined>(undefined);

export function SessionProvider({ store, children }: { store: SessionStore; children: ReactNode }) {
  return <SessionContext.Provider value={store}>{children}</SessionContext.Provider>;
}

export function useSessionStore(): SessionStore {
  const store = useContext(SessionContext);
  if (!store) throw new Error('useSessionStore outside SessionProvider');
  return store;
}

export function useSessionStatus(): SessionStatus {
  const store = useSessionStore();
  return useSyncExternalStore(store.subscribe, store.getStatus);
}
