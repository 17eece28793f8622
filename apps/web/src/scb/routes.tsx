import { lazy } from 'react';
import { Route } from 'react-router';

import type { Role } from '../gql/graphql';

// The SCB pages' routes and menu entries, in one place; the shell adds them for the KAA unit.
const ScbPage = lazy(() => import('./scb-page').then((m) => ({ default: m.ScbPage })));
const ScbQualityPage = lazy(() => import('./quality-page').then((m) => ({ default: m.ScbQualityPage })));

export const SCB_PATHS = { file: '/scb', quality: '/scb/datakvalitet' } as const;

export function scbRoutes(role: Role) {
  if (role !== 'COORDINATOR' && role !== 'TEAM_LEAD') return null;
  return (
    <>
      <Route path="scb" element={<ScbPage />} />
      <Route path="scb/datakvalitet" element={<ScbQualityPage />} />
    </>
  );
}

export function scbNavigation(role: Role): Array<{ to: string; labelKey: 'scb.nav.file' | 'scb.nav.quality' }> {
  if (role !== 'COORDINATOR' && role !== 'TEAM_LEAD') return [];
  return [
    { to: SCB_PATHS.file, labelKey: 'scb.nav.file' },
    { to: SCB_PATHS.quality, labelKey: 'scb.nav.quality' },
  ];
}
