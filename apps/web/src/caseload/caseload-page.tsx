import { useTranslation } from 'react-i18next';

import { PlaceholderPage } from '../shell/placeholder-page';

export function CaseloadPage() {
  const { t } = useTranslation();
  return <PlaceholderPage title={t('nav.caseload')} />;
}
