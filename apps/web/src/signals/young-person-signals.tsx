import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { YoungPersonSignalsDocument } from '../gql/signals/signals';
import { BodyShort, Heading, List, VStack } from '../ui';
import { handlingText, signalWhen } from './signals-text';

// Signals from schools on the young person's page (their timeline of school events); shown only
// when there are any and the caller may read them (the api answers null otherwise).
export function YoungPersonSignals({ youngPersonId }: { youngPersonId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(YoungPersonSignalsDocument, { variables: { id: youngPersonId } });
  const signals = data?.youngPerson.signals;
  if (!signals || signals.length === 0) return null;
  return (
    <section aria-labelledby="young-person-signals">
      <Heading level="2" size="medium" spacing id="young-person-signals">
        {t('signals.timelineHeading')}
      </Heading>
      <List>
        {signals.map((signal) => (
          <List.Item key={signal.id}>
            <VStack>
              <span>
                {signalWhen(t, signal)}: {t(`signals.enums.SignalKind.${signal.kind}`)} ({signal.schoolName})
              </span>
              {signal.details && <BodyShort size="small">{signal.details}</BodyShort>}
              <BodyShort size="small">{handlingText(t, signal)}</BodyShort>
            </VStack>
          </List.Item>
        ))}
      </List>
    </section>
  );
}
