import { Loader } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      <Loader size="large" title={t('app.loading')} />
    </div>
  );
}
