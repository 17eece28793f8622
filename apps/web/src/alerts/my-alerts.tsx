import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { MyAlertsDocument } from '../gql/alerts/alerts';
import { Alert, BodyLong, Heading, VStack } from '../ui';
import { AlertTable } from './alert-table';
import { byUrgency, todayIso } from './alert-text';
import { ALERTS_PATH } from './routes';

// "Mina larm" on the coordinator's and the team lead's start pages: the caller's own open and
// acknowledged alerts (owned or escalated to them), most urgent first.
export function MyAlerts({ unitLink = false }: { unitLink?: boolean }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(MyAlertsDocument, { fetchPolicy: 'cache-and-network' });
  const alerts = data ? byUrgency(data.alerts.nodes, todayIso()) : [];
  return (
    <section aria-labelledby="my-alerts">
      <VStack gap="space-8">
        <Heading level="2" size="medium" id="my-alerts">
          {t('alerts.mine.heading')}
        </Heading>
        {error && (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        )}
        {data && (
          <>
            <BodyLong>
              {alerts.length === 0
                ? t('alerts.mine.none')
                : `${t('alerts.mine.count', { count: data.alerts.totalCount })}. ${t('alerts.mine.intro')}`}
            </BodyLong>
            {alerts.length > 0 && <AlertTable alerts={alerts} caption={t('alerts.mine.heading')} />}
          </>
        )}
        {unitLink && <RouterLink to={ALERTS_PATH}>{t('alerts.mine.showUnit')}</RouterLink>}
      </VStack>
    </section>
  );
}
