import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';

import { useSessionStatus, useSessionStore } from '../session/session-context';
import { AccessibilityStatementPage } from '../shell/accessibility-statement-page';
import { Frame } from '../shell/frame';
import { LoadingState } from '../ui';

// The entry chunk holds only what the sign-in page needs; everything behind sign-in is a
// lazy chunk per role and screen (the bundle budget in scripts/web-budget.mjs).
const SignInPage = lazy(() => import('../session/sign-in-page').then((m) => ({ default: m.SignInPage })));
const AuthenticatedApp = lazy(() =>
  import('../shell/authenticated-app').then((m) => ({ default: m.AuthenticatedApp })),
);

export function App() {
  const store = useSessionStore();
  const status = useSessionStatus();
  useEffect(() => {
    void store.restore();
  }, [store]);

  if (status.kind === 'restoring') {
    return (
      <Frame>
        <LoadingState />
      </Frame>
    );
  }
  if (status.kind === 'signedIn') {
    return (
      <Suspense
        fallback={
          <Frame>
            <LoadingState />
          </Frame>
        }
      >
        <AuthenticatedApp key={status.generation} />
      </Suspense>
    );
  }
  return (
    <Frame>
      <Suspense fallback={<LoadingState />}>
        <Routes>
          <Route path="/tillganglighet" element={<AccessibilityStatementPage />} />
          <Route path="*" element={<SignInPage />} />
        </Routes>
      </Suspense>
    </Frame>
  );
}
