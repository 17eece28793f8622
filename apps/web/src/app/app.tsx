import { lazy, Suspense, useEffect, useState } from 'react';
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
// The young person's or guardian's own view (issue 19): its own session and pages, never the
// staff session.
const OwnViewApp = lazy(() => import('../own-view/own-view-app').then((m) => ({ default: m.OwnViewApp })));

function inOwnView(): boolean {
  return window.location.pathname === '/min-sida' || window.location.pathname.startsWith('/min-sida/');
}

// The provider's sign-in sends the browser back to `/?oidc=ok` or `/?oidc=<error code>`
// (docs/WEB.md). Read once and taken out of the address, so a reload or a bookmark does not
// repeat it.
function takeProviderReturn(): string | undefined {
  const params = new URLSearchParams(window.location.search);
  const value = params.get('oidc');
  if (value === null) return undefined;
  params.delete('oidc');
  const rest = params.toString();
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${rest ? `?${rest}` : ''}`);
  return /^(ok|[A-Z_]{1,40})$/.test(value) ? value : undefined;
}

export function App() {
  const store = useSessionStore();
  const status = useSessionStatus();
  const [providerReturn] = useState(takeProviderReturn);
  const [ownView] = useState(inOwnView);
  useEffect(() => {
    if (!ownView) void store.restore(providerReturn === 'ok');
  }, [store, providerReturn, ownView]);

  if (ownView) {
    return (
      <Suspense
        fallback={
          <Frame>
            <LoadingState />
          </Frame>
        }
      >
        <OwnViewApp providerReturn={providerReturn} />
      </Suspense>
    );
  }

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
          <Route
            path="*"
            element={<SignInPage providerError={providerReturn === 'ok' ? undefined : providerReturn} />}
          />
        </Routes>
      </Suspense>
    </Frame>
  );
}
