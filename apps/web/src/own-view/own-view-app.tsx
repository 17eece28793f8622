import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Link as RouterLink, Routes } from 'react-router';

import { i18n } from '../i18n/i18n';
import { svOwnView } from '../i18n/sv-own-view-pages';
import { Frame } from '../shell/frame';
import {
  Alert,
  BodyLong,
  Header,
  HeaderButton,
  HeaderTitle,
  Link,
  LoadingState,
  PageHeading,
  Select,
  VStack,
} from '../ui';
import { OwnAccessLogPage, OwnConsentsPage, OwnPlanPage, OwnRectificationPage } from './own-view-pages';
import { OwnViewSession, type OwnSession } from './own-view-session';

export const OWN_VIEW_PATH = '/min-sida';

// The own view's strings, added when this chunk loads (not part of the staff screens' entry).
i18n.addResourceBundle('sv', 'translation', { ownView: svOwnView }, true, false);

type State = { kind: 'loading' } | { kind: 'signedOut'; message?: string } | { kind: 'signedIn'; session: OwnSession };

// The young person's or guardian's own view (issue 19): "Min sida", signed in through the
// municipality's provider with e-legitimation. Apart from the staff app: its own session, its
// own header and navigation, and four simple pages.
export function OwnViewApp({ providerReturn }: { providerReturn?: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const session = useMemo(
    () => new OwnViewSession(() => setState({ kind: 'signedOut', message: t('ownView.signedOut') })),
    [t],
  );
  const [recordId, setRecordId] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    session
      .start()
      .then((started) => {
        if (cancelled) return;
        setRecordId(started.records[0]?.id);
        setState({ kind: 'signedIn', session: started });
      })
      .catch(() => {
        if (cancelled) return;
        const refused = providerReturn && providerReturn !== 'ok' ? providerReturn : undefined;
        setState({
          kind: 'signedOut',
          message: refused ? t(`errors.${refused}`, { defaultValue: t('errors.OIDC_SIGN_IN_FAILED') }) : undefined,
        });
      });
    return () => {
      cancelled = true;
    };
  }, [session, providerReturn, t]);

  const signOut = useCallback(() => {
    void session.end().finally(() => setState({ kind: 'signedOut', message: t('ownView.signedOut') }));
  }, [session, t]);

  const header = (
    <Header
      title={
        <HeaderTitle as={RouterLink} to={OWN_VIEW_PATH}>
          {t('app.name')}
        </HeaderTitle>
      }
      actions={state.kind === 'signedIn' ? <HeaderButton onClick={signOut}>{t('ownView.signOut')}</HeaderButton> : null}
    />
  );

  if (state.kind === 'loading') {
    return (
      <Frame header={header}>
        <LoadingState />
      </Frame>
    );
  }
  if (state.kind === 'signedOut') {
    return (
      <Frame header={header}>
        <OwnViewSignIn message={state.message} />
      </Frame>
    );
  }

  const records = state.session.records;
  const record = records.find((r) => r.id === recordId) ?? records[0];
  const navigation = (
    <nav aria-label={t('ownView.navigation')} className="brygga-header-nav">
      <ul>
        {(
          [
            ['', 'ownView.nav.plan'],
            ['/samtycken', 'ownView.nav.consents'],
            ['/vem-har-last', 'ownView.nav.accessLog'],
            ['/rattelse', 'ownView.nav.rectification'],
          ] as const
        ).map(([path, key]) => (
          <li key={key}>
            <NavLink to={`${OWN_VIEW_PATH}${path}`} end>
              {t(key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
  const props = { session, record, actor: state.session.actor };
  return (
    <Frame header={header} navigation={navigation}>
      <VStack gap="space-24">
        {records.length > 1 && (
          <Select label={t('ownView.chooseRecord')} value={record.id} onChange={(e) => setRecordId(e.target.value)}>
            {records.map((r) => (
              <option key={r.id} value={r.id}>
                {r.givenName} {r.familyName}
              </option>
            ))}
          </Select>
        )}
        <Routes>
          <Route path="/min-sida" element={<OwnPlanPage key={record.id} {...props} />} />
          <Route path="/min-sida/samtycken" element={<OwnConsentsPage key={record.id} {...props} />} />
          <Route path="/min-sida/vem-har-last" element={<OwnAccessLogPage key={record.id} {...props} />} />
          <Route path="/min-sida/rattelse" element={<OwnRectificationPage key={record.id} {...props} />} />
          <Route path="*" element={<OwnPlanPage key={record.id} {...props} />} />
        </Routes>
      </VStack>
    </Frame>
  );
}

function OwnViewSignIn({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <VStack gap="space-16">
      <PageHeading>{t('ownView.title')}</PageHeading>
      {message && (
        <Alert variant="info" role="status">
          {message}
        </Alert>
      )}
      <BodyLong>{t('ownView.intro')}</BodyLong>
      <BodyLong>{t('ownView.signInIntro')}</BodyLong>
      <VStack gap="space-8">
        <Link href="/auth/oidc/start?for=self">{t('ownView.signInYoungPerson')}</Link>
        <Link href="/auth/oidc/start?for=guardian">{t('ownView.signInGuardian')}</Link>
      </VStack>
      <BodyLong size="small">{t('ownView.guardianNote')}</BodyLong>
    </VStack>
  );
}
