import { lazy } from 'react';
import { Route } from 'react-router';

// The administrator's integration credentials (issue 16), lazily loaded like every other screen.
const IntegrationsPage = lazy(() => import('./integrations-page').then((m) => ({ default: m.IntegrationsPage })));

export const INTEGRATIONS_PATH = '/integrationer';

export function integrationsRoutes() {
  return <Route path="integrationer" element={<IntegrationsPage />} />;
}

export const INTEGRATIONS_NAVIGATION = [{ to: INTEGRATIONS_PATH, labelKey: 'integrations.nav' }] as const;
