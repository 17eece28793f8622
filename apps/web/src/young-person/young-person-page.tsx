import { useTranslation } from 'react-i18next';

import { PlaceholderPage } from '../shell/placeholder-page';

export function YoungPersonPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.caseload')} />;
}
