import { lazy } from 'react';
import { Route } from 'react-router';

import type { Role } from '../gql/graphql';

// The screens of gap alerts: the team lead's /larm (the unit's alerts and escalations) and the
// admin's /larmregler (thresholds and timers with a preview). "Mina larm" and a young person's
// alerts are parts of existing pages (my-alerts.tsx, young-person-alerts.tsx).
const UnitAlertsPage = lazy(() => import('./alerts-page').then((m) => ({ default: m.UnitAlertsPage })));
const AlertSettingsPage = lazy(() => import('./alert-settings-page').then((m) => ({ default: m.AlertSettingsPage })));

export const ALERTS_PATH = '/larm';
export const ALERT_SETTINGS_PATH = '/larmregler';

export function alertsRoutes(role: Role) {
  if (role === 'TEAM_LEAD') return <Route path="larm" element={<UnitAlertsPage />} />;
  if (role === 'ADMIN') return <Route path="larmregler" element={<AlertSettingsPage />} />;
  return null;
}

export function alertsNavigation(role: Role) {
  if (role === 'TEAM_LEAD') return [{ to: ALERTS_PATH, labelKey: 'alerts.nav' as const }];
  if (role === 'ADMIN') return [{ to: ALERT_SETTINGS_PATH, labelKey: 'alerts.settingsNav' as const }];
  return [];
}
