import { useTranslation } from 'react-i18next';

import { BodyLong, PageHeading } from '../ui';

// A role's screen that is still to be built (issue 15): says so instead of an empty page.
export function PlaceholderPage({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <BodyLong>{t('placeholder.body')}</BodyLong>
    </>
  );
}
