import { lazy } from 'react';
import { Route } from 'react-router';

import type { Role } from '../gql/graphql';

// The signals screens: a school's page (send, upload, what it sent) and the KAA unit's page
// (handle). Lazy, so neither weighs on the sign-in page or the caseload.
const SchoolPage = lazy(() => import('./school-signals-page').then((m) => ({ default: m.SchoolSignalsPage })));
const UnitPage = lazy(() => import('./unit-signals-page').then((m) => ({ default: m.UnitSignalsPage })));

export const SIGNALS_PATH = '/signaler';

export function signalsRoutes(role: Role) {
  if (role === 'SCHOOL_STAFF') return <Route path="signaler" element={<SchoolPage />} />;
  if (role === 'COORDINATOR' || role === 'TEAM_LEAD') return <Route path="signaler" element={<UnitPage />} />;
  return null;
}

export function signalsNavigation(role: Role) {
  return role === 'SCHOOL_STAFF' || role === 'COORDINATOR' || role === 'TEAM_LEAD'
    ? ([{ to: SIGNALS_PATH, labelKey: 'signals.nav' }] as const)
    : [];
}
