import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';

import { focusNextHeading, Header, HeaderTitle } from '../ui';

// The page frame of every screen, signed in or not: skip link, header, one <main>, and the
// footer with the accessibility statement (DOS-lagen: reachable from every page).
export function Frame({
  header,
  navigation,
  children,
}: {
  header?: ReactNode;
  navigation?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusNextHeading();
  }, [location.pathname]);

  return (
    <div className="brygga-app">
      <a className="brygga-skip-link" href="#main-content">
        {t('app.skipLink')}
      </a>
      {header ?? (
        <Header
          title={
            <HeaderTitle as={RouterLink} to="/">
              {t('app.name')}
            </HeaderTitle>
          }
        />
      )}
      {navigation}
      <main id="main-content" className="brygga-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="brygga-footer">
        <RouterLink to="/tillganglighet">{t('shell.accessibility')}</RouterLink>
      </footer>
    </div>
  );
}
