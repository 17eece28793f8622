import { lazy } from 'react';
import { Route } from 'react-router';

import type { Role } from '../gql/graphql';

// Early warning: school staff's "Tidiga signaler" (/tidiga-signaler) and the admin's indicators
// (/tidiga-signaler-indikatorer). Lazy, so neither weighs on the sign-in page or the caseload.
const EarlyWarningPage = lazy(() => import('./early-warning-page').then((m) => ({ default: m.EarlyWarningPage })));
const EarlyWarningSettingsPage = lazy(() =>
  import('./early-warning-settings-page').then((m) => ({ default: m.EarlyWarningSettingsPage })),
);

export const EARLY_WARNING_PATH = '/tidiga-signaler';
export const EARLY_WARNING_SETTINGS_PATH = '/tidiga-signaler-indikatorer';

export function earlyWarningRoutes(role: Role) {
  if (role === 'SCHOOL_STAFF') return <Route path="tidiga-signaler" element={<EarlyWarningPage />} />;
  if (role === 'ADMIN') return <Route path="tidiga-signaler-indikatorer" element={<EarlyWarningSettingsPage />} />;
  return null;
}

export function earlyWarningNavigation(role: Role) {
  if (role === 'SCHOOL_STAFF') return [{ to: EARLY_WARNING_PATH, labelKey: 'earlyWarning.nav' as const }];
  if (role === 'ADMIN') return [{ to: EARLY_WARNING_SETTINGS_PATH, labelKey: 'earlyWarning.settingsNav' as const }];
  return [];
}
