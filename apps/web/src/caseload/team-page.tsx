import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { TeamLoadDocument } from '../gql/caseload/team';
import type { TeamLoadQuery } from '../gql/graphql';
import { compareSv, formatNumber } from '../i18n/format';
import { Alert, BodyLong, DataTable, LoadingState, PageHeading, VStack, type DataTableColumn } from '../ui';
import { MyAlerts } from '../alerts/my-alerts';
import { TargetGroupHeadline } from '../target-group/target-group-headline';
import { caseloadSearch } from './caseload-filters';
import { IncomingHandOvers } from './incoming-hand-overs';

type Load = TeamLoadQuery['coordinatorLoad'][number];
interface Row extends Load {
  name: string;
}

// The team lead's start page: the unit's caseloads per coordinator with their sizes, each
// opening that coordinator's list (where a young person can be reassigned). One request.
export function TeamPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(TeamLoadDocument);
  const rows = useMemo<Row[]>(() => {
    if (!data) return [];
    return data.coordinatorLoad
      .map((load) => ({
        ...load,
        name: load.coordinatorId ? (load.coordinatorName ?? t('team.unknownCoordinator')) : t('team.unassigned'),
      }))
      .sort((a, b) => (a.coordinatorId === null ? 1 : b.coordinatorId === null ? -1 : compareSv(a.name, b.name)));
  }, [data, t]);
  const columns = useMemo<Array<DataTableColumn<Row>>>(
    () => [
      {
        id: 'coordinator',
        header: t('team.coordinator'),
        cell: (row) => (
          <RouterLink
            to={`/ungdomar${caseloadSearch(row.coordinatorId ? { coordinatorId: row.coordinatorId } : { unassigned: true })}`}
          >
            {row.name}
          </RouterLink>
        ),
      },
      { id: 'youngPeople', header: t('team.youngPeople'), cell: (row) => formatNumber(row.youngPeople) },
      { id: 'notContacted', header: t('team.notContacted'), cell: (row) => formatNumber(row.notContacted) },
      { id: 'noRecent', header: t('team.withoutRecentContact'), cell: (row) => formatNumber(row.withoutRecentContact) },
    ],
    [t],
  );
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('team.title')}</PageHeading>
        <BodyLong>{t('team.intro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      <MyAlerts unitLink />
      {!data && !error && <LoadingState />}
      {data && (
        <DataTable
          caption={t('team.caption')}
          regionLabel={t('team.region')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.coordinatorId ?? 'unassigned'}
        />
      )}
      <IncomingHandOvers />
      <TargetGroupHeadline />
    </VStack>
  );
}
