import { lazy } from 'react';
import { Route } from 'react-router';

import type { Role } from '../gql/graphql';
import {
  EARLY_WARNING_ABSENCE_PATH,
  EARLY_WARNING_MENTORS_PATH,
  EARLY_WARNING_PATH,
  EARLY_WARNING_SETTINGS_PATH,
} from './paths';

// Early warning: school staff's "Tidiga signaler" (/tidiga-signaler), "Mentorer och elevhälsa"
// (/tidiga-signaler-mentorer) and "Skicka frånvaro" (/tidiga-signaler-franvaro), and the admin's
// indicators (/tidiga-signaler-indikatorer). Lazy, so none weighs on the sign-in page or the
// caseload.
const EarlyWarningPage = lazy(() => import('./early-warning-page').then((m) => ({ default: m.EarlyWarningPage })));
const EarlyWarningSettingsPage = lazy(() =>
  import('./early-warning-settings-page').then((m) => ({ default: m.EarlyWarningSettingsPage })),
);
const MentorsPage = lazy(() => import('./mentors-page').then((m) => ({ default: m.MentorsPage })));
const AbsenceUploadPage = lazy(() => import('./absence-upload-page').then((m) => ({ default: m.AbsenceUploadPage })));

export { EARLY_WARNING_PATH, EARLY_WARNING_SETTINGS_PATH } from './paths';

export function earlyWarningRoutes(role: Role) {
  if (role === 'SCHOOL_STAFF') {
    return (
      <>
        <Route path={EARLY_WARNING_PATH.slice(1)} element={<EarlyWarningPage />} />
        <Route path={EARLY_WARNING_MENTORS_PATH.slice(1)} element={<MentorsPage />} />
        <Route path={EARLY_WARNING_ABSENCE_PATH.slice(1)} element={<AbsenceUploadPage />} />
      </>
    );
  }
  if (role === 'ADMIN')
    return <Route path={EARLY_WARNING_SETTINGS_PATH.slice(1)} element={<EarlyWarningSettingsPage />} />;
  return null;
}

export function earlyWarningNavigation(role: Role) {
  if (role === 'SCHOOL_STAFF') {
    return [
      { to: EARLY_WARNING_PATH, labelKey: 'earlyWarning.nav' as const },
      { to: EARLY_WARNING_MENTORS_PATH, labelKey: 'earlyWarning.mentors.nav' as const },
      { to: EARLY_WARNING_ABSENCE_PATH, labelKey: 'earlyWarning.absence.nav' as const },
    ];
  }
  if (role === 'ADMIN') return [{ to: EARLY_WARNING_SETTINGS_PATH, labelKey: 'earlyWarning.settingsNav' as const }];
  return [];
}
