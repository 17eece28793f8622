import { Heading } from '@navikt/ds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// WCAG 2.4.2 and 2.4.3 in a single-page app: every page has one h1, the document title follows
// it ("Sidnamn – Brygga", prefixed "Fel:" after a failed submit), and after a client-side
// navigation keyboard focus moves to the new h1, so screen readers announce the new page.
// The shell calls `focusNextHeading()` on every route change; the heading that mounts (possibly
// later, when a lazy route has loaded) takes the focus.
let focusPending = false;

export function focusNextHeading(): void {
  focusPending = true;
  const current = document.querySelector<HTMLElement>('h1[data-page-heading]');
  if (current) {
    focusPending = false;
    current.focus();
  }
}

export function PageHeading({ children, error = false }: { children: string; error?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const title = t('app.title', { page: children });
    document.title = error ? t('errors.titlePrefix', { title }) : title;
  }, [children, error, t]);
  useEffect(() => {
    if (focusPending && ref.current) {
      focusPending = false;
      ref.current.focus();
    }
  }, []);
  return (
    <Heading level="1" size="large" spacing tabIndex={-1} ref={ref} data-page-heading="">
      {children}
    </Heading>
  );
}
