import { lazy, Suspense, useEffect, useRef, useState } from 'react';

import { useSessionStore } from '../session/session-context';

// The dialog (Aksel's Modal) is loaded only when it opens: it is not in any screen's budget.
const SessionTimeoutDialog = lazy(() =>
  import('./session-timeout-dialog').then((m) => ({ default: m.SessionTimeoutDialog })),
);

// Warn this long before the session's refresh window closes: WCAG 2.2.1 asks for at least 20
// seconds to extend a time limit; two minutes leaves time to finish a sentence.
export const WARN_BEFORE_MS = 120_000;

// WCAG 2.2.1 (timing adjustable): before the refresh cookie stops working, a dialog says when
// the user will be signed out and lets them stay signed in (one refresh moves the window) or
// sign out now. When the time runs out, the session ends with "Din session har gått ut".
export function SessionTimeoutWarning() {
  const store = useSessionStore();
  const [now, setNow] = useState(() => Date.now());
  const [extending, setExtending] = useState(false);
  const expired = useRef(false);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const endsAt = store.getSessionEndsAt();
  const left = endsAt - now;
  useEffect(() => {
    if (endsAt > 0 && left <= 0 && !expired.current) {
      expired.current = true;
      store.expire();
    }
  }, [endsAt, left, store]);
  const open = endsAt > 0 && left > 0 && left <= WARN_BEFORE_MS;
  const extend = async () => {
    setExtending(true);
    await store.refresh().catch(() => false);
    setExtending(false);
    setNow(Date.now());
  };
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <SessionTimeoutDialog
        left={left}
        extending={extending}
        onExtend={() => void extend()}
        onSignOut={() => void store.signOut()}
      />
    </Suspense>
  );
}
