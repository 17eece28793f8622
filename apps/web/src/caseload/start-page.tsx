import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { StartPageDocument } from '../gql/caseload/caseload';
import { formatNumber } from '../i18n/format';
import { Alert, BodyLong, Heading, LoadingState, PageHeading, VStack } from '../ui';
import { MyAlerts } from '../alerts/my-alerts';
import { TargetGroupHeadline } from '../target-group/target-group-headline';
import { caseloadSearch } from './caseload-filters';

const DAY_MS = 24 * 60 * 60 * 1000;

// "Mitt arbete": what needs doing, each tile a count that opens the caseload with its filter
// (Primero's dashboard tiles). One request for the whole page.
export function StartPage() {
  const { t } = useTranslation();
  // Rounded to the hour so that re-renders do not make a new query.
  const noContactSince = useMemo(
    () => new Date(Math.floor((Date.now() - 30 * DAY_MS) / 3_600_000) * 3_600_000).toISOString(),
    [],
  );
  const { data, error } = useQuery(StartPageDocument, { variables: { noContactSince } });

  const tiles = data
    ? [
        { key: 'followUpDue', count: data.followUpDue.totalCount, to: caseloadSearch({ followUpDue: true }) },
        {
          key: 'notContacted',
          count: data.notContacted.totalCount,
          to: caseloadSearch({ statuses: ['NOT_CONTACTED'] }),
        },
        { key: 'noRecentContact', count: data.noRecentContact.totalCount, to: caseloadSearch({ noContactDays: 30 }) },
        { key: 'turning20', count: data.reminders.totalCount, to: caseloadSearch({ sort: 'TWENTIETH_BIRTHDAY' }) },
      ]
    : [];
  const total = data?.caseloadStatusCounts.reduce((sum, c) => sum + c.count, 0) ?? 0;

  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('start.title')}</PageHeading>
        <BodyLong>{t('start.intro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      <MyAlerts />
      {!data && !error && <LoadingState />}
      {data && (
        <>
          <section aria-labelledby="start-tiles">
            <Heading level="2" size="medium" spacing id="start-tiles">
              {t('start.tilesLabel')}
            </Heading>
            <ul className="brygga-tiles">
              {tiles.map((tile) => (
                <li key={tile.key}>
                  <RouterLink className="brygga-tile" to={`/ungdomar${tile.to}`}>
                    <span className="brygga-tile-count">{formatNumber(tile.count)}</span>
                    {t(`start.${tile.key as 'followUpDue' | 'notContacted' | 'noRecentContact' | 'turning20'}`)}
                  </RouterLink>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="start-statuses">
            <Heading level="2" size="medium" spacing id="start-statuses">
              {t('start.statusHeading')}
            </Heading>
            <BodyLong spacing>{t('start.total', { count: total })}</BodyLong>
            <ul className="brygga-tiles">
              {data.caseloadStatusCounts
                .filter((c) => c.count > 0)
                .map((c) => (
                  <li key={c.status}>
                    <RouterLink className="brygga-tile" to={`/ungdomar${caseloadSearch({ statuses: [c.status] })}`}>
                      <span className="brygga-tile-count">{formatNumber(c.count)}</span>
                      {t(`enums.EnrollmentStatus.${c.status}`)}
                    </RouterLink>
                  </li>
                ))}
            </ul>
          </section>
          <RouterLink to="/ungdomar">{t('start.showAll')}</RouterLink>
          <TargetGroupHeadline />
        </>
      )}
    </VStack>
  );
}
