import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { YoungPersonAlertsDocument } from '../gql/alerts/alerts';
import { BodyShort, Heading, VStack } from '../ui';
import { AlertTable } from './alert-table';
import { byUrgency, todayIso } from './alert-text';

// The young person's open alerts on their page, most urgent first. Nothing while it loads or
// when the reader's role does not read alerts (the page has its own states).
export function YoungPersonAlerts({ youngPersonId }: { youngPersonId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(YoungPersonAlertsDocument, {
    variables: { youngPersonId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return null;
  const alerts = byUrgency(
    data.alerts.nodes.filter((a) => a.state !== 'RESOLVED'),
    todayIso(),
  );
  return (
    <section aria-labelledby="young-person-alerts">
      <VStack gap="space-8">
        <Heading level="2" size="medium" id="young-person-alerts">
          {t('alerts.youngPerson.heading')}
        </Heading>
        {alerts.length === 0 ? (
          <BodyShort>{t('alerts.youngPerson.none')}</BodyShort>
        ) : (
          <AlertTable alerts={alerts} caption={t('alerts.youngPerson.heading')} showYoungPerson={false} />
        )}
      </VStack>
    </section>
  );
}
