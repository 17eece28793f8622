import { lazy } from 'react';
import { Route } from 'react-router';

// Every screen of target-group identification, in one place: the KAA unit's routes add
// `targetGroupRoutes()` and its menu TARGET_GROUP_NAVIGATION.
const QueuePage = lazy(() => import('./queue-page').then((m) => ({ default: m.TargetGroupQueuePage })));
const ImportPage = lazy(() => import('./import-page').then((m) => ({ default: m.TargetGroupImportPage })));
const RunsPage = lazy(() => import('./runs-page').then((m) => ({ default: m.TargetGroupRunsPage })));

export const TARGET_GROUP_PATH = '/malgrupp';

export function targetGroupRoutes() {
  return (
    <>
      <Route path="malgrupp" element={<QueuePage />} />
      <Route path="malgrupp/import" element={<ImportPage />} />
      <Route path="malgrupp/korningar" element={<RunsPage />} />
    </>
  );
}

export const TARGET_GROUP_NAVIGATION = [{ to: TARGET_GROUP_PATH, labelKey: 'targetGroup.nav' }] as const;
