import { lazy } from 'react';
import { Route } from 'react-router';

// The import of an existing register: the KAA unit's team lead only (the api refuses everyone else).
const RegisterImportPage = lazy(() =>
  import('./register-import-page').then((m) => ({ default: m.RegisterImportPage })),
);

export const REGISTER_IMPORT_PATH = '/registerimport';
export const REGISTER_IMPORT_NAVIGATION = [{ to: REGISTER_IMPORT_PATH, labelKey: 'registerImport.nav' }] as const;

export function registerImportRoutes() {
  return <Route path="registerimport" element={<RegisterImportPage />} />;
}
