import { useTranslation } from 'react-i18next';

import { PlaceholderPage } from '../shell/placeholder-page';

export function SharedWithUsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.shared')} />;
}
