import { useTranslation } from 'react-i18next';

import { PlaceholderPage } from '../shell/placeholder-page';

export function ReportsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.reports')} />;
}
