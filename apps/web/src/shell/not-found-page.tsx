import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { BodyLong, PageHeading } from '../ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <BodyLong spacing>{t('notFound.body')}</BodyLong>
      <RouterLink to="/">{t('notFound.home')}</RouterLink>
    </>
  );
}
