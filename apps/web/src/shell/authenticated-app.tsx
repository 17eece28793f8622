import { ApolloProvider, useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink, Route, Routes } from 'react-router';

import { createBryggaClient } from '../app/apollo';
import { errorMessageKey } from '../app/api-error';
import { ViewerDocument } from '../gql/session/session';
import type { Role } from '../gql/graphql';
import { useSessionStore } from '../session/session-context';
import { registerImportRoutes } from '../register-import/routes';
import { signalsRoutes } from '../signals/routes';
import { NotificationBell } from '../notifications/notification-bell';
import { notificationRoutes, outboxRoutes } from '../notifications/routes';
import { standInRoutes } from '../stand-in/routes';
import { integrationsRoutes } from '../integrations/routes';
import { legalHoldRoutes, retentionRoutes } from '../retention/routes';
import { alertsRoutes } from '../alerts/routes';
import { earlyWarningRoutes } from '../early-warning/routes';
import { targetGroupRoutes } from '../target-group/routes';
import { ViewerContext } from '../session/viewer-context';
import { Alert, Header, HeaderButton, HeaderTitle, LoadingState } from '../ui';
import { AccessibilityStatementPage } from './accessibility-statement-page';
import { Frame } from './frame';
import { scbRoutes } from '../scb/routes';
import { navigationFor } from './navigation';
import { NotFoundPage } from './not-found-page';
import { SessionTimeoutWarning } from './session-timeout';

const StartPage = lazy(() => import('../caseload/start-page').then((m) => ({ default: m.StartPage })));
const TeamPage = lazy(() => import('../caseload/team-page').then((m) => ({ default: m.TeamPage })));
const CaseloadPage = lazy(() => import('../caseload/caseload-page').then((m) => ({ default: m.CaseloadPage })));
const SearchPage = lazy(() => import('../young-person/search-page').then((m) => ({ default: m.SearchPage })));
const RegisterPage = lazy(() =>
  import('../young-person/register-page').then((m) => ({ default: m.RegisterYoungPersonPage })),
);
const YoungPersonPage = lazy(() =>
  import('../young-person/young-person-page').then((m) => ({ default: m.YoungPersonPage })),
);
const SharedWithUsPage = lazy(() =>
  import('../consent/shared-with-us-page').then((m) => ({ default: m.SharedWithUsPage })),
);
const PartnerYoungPersonPage = lazy(() =>
  import('../consent/partner-young-person-page').then((m) => ({ default: m.PartnerYoungPersonPage })),
);
const SharedPlanPage = lazy(() => import('../consent/shared-plan-page').then((m) => ({ default: m.SharedPlanPage })));
const ReferralsPage = lazy(() => import('../referral/referrals-page').then((m) => ({ default: m.ReferralsPage })));
const ReviewPage = lazy(() => import('../review/review-page').then((m) => ({ default: m.ReviewPage })));
const AccessLogPage = lazy(() => import('../review/access-log-page').then((m) => ({ default: m.AccessLogPage })));
const AccessSamplePage = lazy(() =>
  import('../review/access-sample-page').then((m) => ({ default: m.AccessSamplePage })),
);
const ClosedReviewsPage = lazy(() =>
  import('../review/closed-reviews-page').then((m) => ({ default: m.ClosedReviewsPage })),
);
const SecurityEventsPage = lazy(() =>
  import('../review/security-events-page').then((m) => ({ default: m.SecurityEventsPage })),
);
const AdministrationPage = lazy(() =>
  import('../administration/administration-page').then((m) => ({ default: m.AdministrationPage })),
);
const UsersPage = lazy(() => import('../administration/users-page').then((m) => ({ default: m.UsersPage })));
const CataloguesPage = lazy(() =>
  import('../administration/catalogues-page').then((m) => ({ default: m.CataloguesPage })),
);
const SettingsPage = lazy(() => import('../administration/settings-page').then((m) => ({ default: m.SettingsPage })));
const EmergencyAccessesPage = lazy(() =>
  import('../consent/emergency-accesses-page').then((m) => ({ default: m.EmergencyAccessesPage })),
);
// The partner caseworker's emergency-access banner on every page: its own chunk, so no other
// role (and not the caseload's budget) loads it.
const ActiveEmergencyBanner = lazy(() =>
  import('../consent/emergency-banner').then((m) => ({ default: m.ActiveEmergencyBanner })),
);
const ReportsPage = lazy(() => import('../reports/reports-page').then((m) => ({ default: m.ReportsPage })));

function roleRoutes(role: Role, mayManageLegalHolds: boolean): ReactNode {
  switch (role) {
    case 'COORDINATOR':
    case 'TEAM_LEAD':
      return (
        <>
          <Route index element={role === 'TEAM_LEAD' ? <TeamPage /> : <StartPage />} />
          <Route path="ungdomar" element={<CaseloadPage />} />
          <Route path="ungdomar/registrera" element={<RegisterPage />} />
          <Route path="ungdomar/:id" element={<YoungPersonPage />} />
          <Route path="sok" element={<SearchPage />} />
          {role === 'TEAM_LEAD' && <Route path="rapporter" element={<ReportsPage />} />}
          {scbRoutes(role)}
          {targetGroupRoutes()}
          {role === 'TEAM_LEAD' && registerImportRoutes()}
          {signalsRoutes(role)}
          {role === 'TEAM_LEAD' && standInRoutes()}
          {role === 'TEAM_LEAD' && legalHoldRoutes(mayManageLegalHolds)}
          {alertsRoutes(role)}
        </>
      );
    case 'PARTNER_CASEWORKER':
    case 'SCHOOL_STAFF':
      return (
        <>
          <Route index element={<SharedWithUsPage />} />
          <Route path="ungdomar/:id" element={<PartnerYoungPersonPage />} />
          <Route path="planer/:id" element={<SharedPlanPage />} />
          <Route path="remisser" element={<ReferralsPage />} />
          {role === 'PARTNER_CASEWORKER' && <Route path="nodatkomster" element={<EmergencyAccessesPage />} />}
          {signalsRoutes(role)}
          {earlyWarningRoutes(role)}
        </>
      );
    case 'LOG_REVIEWER':
      return (
        <>
          <Route index element={<ReviewPage />} />
          <Route path="logg" element={<AccessLogPage />} />
          <Route path="stickprov" element={<AccessSamplePage />} />
          <Route path="granskade" element={<ClosedReviewsPage />} />
          <Route path="sakerhetshandelser" element={<SecurityEventsPage />} />
        </>
      );
    case 'ADMIN':
      return (
        <>
          <Route index element={<AdministrationPage />} />
          <Route path="anvandare" element={<UsersPage />} />
          <Route path="katalog" element={<CataloguesPage />} />
          <Route path="installningar" element={<SettingsPage />} />
          {outboxRoutes()}
          {integrationsRoutes()}
          {alertsRoutes(role)}
          {earlyWarningRoutes(role)}
          {retentionRoutes()}
          {legalHoldRoutes(mayManageLegalHolds)}
        </>
      );
    case 'LEADERSHIP':
      return <Route index element={<ReportsPage />} />;
  }
}

// Everything behind sign-in. One Apollo client per session (keyed by the session's
// generation in App): signing out disposes it, so no cached record outlives the session.
export function AuthenticatedApp() {
  const store = useSessionStore();
  const bryggaClient = useMemo(() => createBryggaClient(store), [store]);
  useEffect(() => () => void bryggaClient.dispose(), [bryggaClient]);
  return (
    <ApolloProvider client={bryggaClient.client}>
      <SignedInShell />
    </ApolloProvider>
  );
}

function SignedInShell() {
  const { t } = useTranslation();
  const store = useSessionStore();
  const { data, error } = useQuery(ViewerDocument, { fetchPolicy: 'network-only' });
  if (!data) {
    return (
      <Frame>
        {error ? (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        ) : (
          <LoadingState />
        )}
      </Frame>
    );
  }
  const { membership, user } = data.me;
  const header = (
    <Header
      title={
        <HeaderTitle as={RouterLink} to="/">
          {t('app.name')}
        </HeaderTitle>
      }
      user={{
        name: user.displayName,
        description: `${t(`roles.${membership.role}`)}, ${membership.organization?.name ?? data.municipality.name}`,
      }}
      actions={
        <>
          <NotificationBell />
          <HeaderButton onClick={() => void store.signOut()}>{t('shell.signOut')}</HeaderButton>
        </>
      }
    />
  );
  const navigation = (
    <nav aria-label={t('shell.mainNavigation')} className="brygga-header-nav">
      <ul>
        {navigationFor(membership.role, { legalHolds: data.me.mayManageLegalHolds }).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
  return (
    <ViewerContext.Provider value={data}>
      <SessionTimeoutWarning />
      <Frame header={header} navigation={navigation}>
        {membership.role === 'PARTNER_CASEWORKER' && (
          <Suspense fallback={null}>
            <ActiveEmergencyBanner />
          </Suspense>
        )}
        <Suspense fallback={<LoadingState />}>
          <Routes>
            <Route path="/">
              {roleRoutes(membership.role, data.me.mayManageLegalHolds)}
              {notificationRoutes()}
              <Route path="tillganglighet" element={<AccessibilityStatementPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </Frame>
    </ViewerContext.Provider>
  );
}
