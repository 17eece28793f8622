import { lazy } from 'react';
import { Route } from 'react-router';

import type { Role } from '../gql/graphql';

// The admin's retention (gallring) screen and the legal holds (bevarandebeslut) of the admin and
// the KAA units' team leads (issue 19), lazily loaded like every other screen.
const RetentionPage = lazy(() => import('./retention-page').then((m) => ({ default: m.RetentionPage })));
const LegalHoldsPage = lazy(() => import('./legal-holds-page').then((m) => ({ default: m.LegalHoldsPage })));

export const RETENTION_PATH = '/gallring';
export const LEGAL_HOLDS_PATH = '/bevarande';

export function retentionRoutes() {
  return <Route path="gallring" element={<RetentionPage />} />;
}

export function legalHoldRoutes() {
  return <Route path="bevarande" element={<LegalHoldsPage />} />;
}

export const RETENTION_NAVIGATION = [{ to: RETENTION_PATH, labelKey: 'retention.nav' }] as const;

export function legalHoldNavigation(role: Role) {
  return role === 'ADMIN' || role === 'TEAM_LEAD'
    ? ([{ to: LEGAL_HOLDS_PATH, labelKey: 'retention.holds.nav' }] as const)
    : [];
}
