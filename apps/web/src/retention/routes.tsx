import { lazy } from 'react';
import { Route } from 'react-router';

// The admin's retention (gallring) screen (issue 19), lazily loaded like every other screen.
const RetentionPage = lazy(() => import('./retention-page').then((m) => ({ default: m.RetentionPage })));

export const RETENTION_PATH = '/gallring';

export function retentionRoutes() {
  return <Route path="gallring" element={<RetentionPage />} />;
}

export const RETENTION_NAVIGATION = [{ to: RETENTION_PATH, labelKey: 'retention.nav' }] as const;
