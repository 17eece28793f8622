import { lazy } from 'react';
import { Route } from 'react-router';

import { NotAllowedPage } from '../shell/not-allowed-page';

// The admin's retention (gallring) screen and the legal holds (bevarandebeslut) of the admin and
// the KAA units' team leads (issue 19), lazily loaded like every other screen.
const RetentionPage = lazy(() => import('./retention-page').then((m) => ({ default: m.RetentionPage })));
const LegalHoldsPage = lazy(() => import('./legal-holds-page').then((m) => ({ default: m.LegalHoldsPage })));

export const RETENTION_PATH = '/gallring';
export const LEGAL_HOLDS_PATH = '/bevarande';

export function retentionRoutes() {
  return <Route path="gallring" element={<RetentionPage />} />;
}

// Only for a viewer the api lets manage legal holds (Viewer.mayManageLegalHolds: the admin and a
// KAA unit's team lead, from the retention policy itself); anyone else who opens the address is
// told they may not, rather than shown a page whose every request would be refused.
export function legalHoldRoutes(mayManage: boolean) {
  return <Route path="bevarande" element={mayManage ? <LegalHoldsPage /> : <NotAllowedPage />} />;
}

export const RETENTION_NAVIGATION = [{ to: RETENTION_PATH, labelKey: 'retention.nav' }] as const;

export function legalHoldNavigation(mayManage: boolean) {
  return mayManage ? ([{ to: LEGAL_HOLDS_PATH, labelKey: 'retention.holds.nav' }] as const) : [];
}
