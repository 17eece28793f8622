import { useTranslation } from 'react-i18next';

import { PlaceholderPage } from '../shell/placeholder-page';

export function ReferralsPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.referrals')} />;
}
