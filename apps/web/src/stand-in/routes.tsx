import { lazy } from 'react';
import { Route } from 'react-router';

// The team lead's stand-ins (vikarier, issue 17), lazily loaded like every other screen.
const StandInPage = lazy(() => import('./stand-in-page').then((m) => ({ default: m.StandInPage })));

export const STAND_IN_PATH = '/vikarier';

export function standInRoutes() {
  return <Route path="vikarier" element={<StandInPage />} />;
}

export const STAND_IN_NAVIGATION = [{ to: STAND_IN_PATH, labelKey: 'standIn.nav' }] as const;
