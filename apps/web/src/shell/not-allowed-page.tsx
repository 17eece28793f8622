import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { BodyLong, PageHeading } from '../ui';

// A screen of the app that the viewer's role or organisation may not use (the api would refuse
// every request it makes): said plainly, with the way back, instead of an empty or failing page.
export function NotAllowedPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notAllowed.title')}</PageHeading>
      <BodyLong spacing>{t('notAllowed.body')}</BodyLong>
      <RouterLink to="/">{t('notFound.home')}</RouterLink>
    </>
  );
}
