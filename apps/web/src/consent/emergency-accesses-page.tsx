import './emergency-strings';

import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { MyEmergencyAccessesDocument } from '../gql/consent/emergency-accesses';
import type { MyEmergencyAccessesQuery } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  DataTable,
  LoadingState,
  PageHeading,
  Tag,
  VStack,
  type DataTableColumn,
} from '../ui';
import { CursorPager } from '../ui/cursor-pager';

type Access = MyEmergencyAccessesQuery['emergencyAccesses']['nodes'][number];
const PAGE_SIZE = 25;

// "Mina nödåtkomster": the partner caseworker's own emergency accesses, newest first, paged on
// the server. The young person is linked, not named: naming them would be a read of their record.
export function EmergencyAccessesPage() {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1);
  const {
    data: current,
    previousData,
    error,
  } = useQuery(MyEmergencyAccessesDocument, {
    variables: { first: PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const data = current ?? previousData;
  const columns = useMemo<Array<DataTableColumn<Access>>>(
    () => [
      { id: 'started', header: t('emergencyList.started'), cell: (a) => formatDateTime(a.startedAt) },
      { id: 'ends', header: t('emergencyList.ends'), cell: (a) => formatDateTime(a.endedAt ?? a.expiresAt) },
      {
        id: 'status',
        header: t('emergencyList.status'),
        cell: (a) => (
          <Tag size="small" variant={a.active ? 'warning' : 'neutral'}>
            {a.active
              ? t('emergencyList.active')
              : a.endedAt
                ? t('emergencyList.endedEarly')
                : t('emergencyList.expired')}
          </Tag>
        ),
      },
      { id: 'reason', header: t('emergencyList.reason'), cell: (a) => a.reason },
      {
        id: 'youngPerson',
        header: t('emergencyList.youngPerson'),
        cell: (a) => (
          <RouterLink to={`/ungdomar/${a.youngPersonId}`}>
            {t('emergencyList.open', { time: formatDateTime(a.startedAt) })}
          </RouterLink>
        ),
      },
    ],
    [t],
  );
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('emergencyList.title')}</PageHeading>
        <BodyLong>{t('emergencyList.intro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data &&
        (data.emergencyAccesses.nodes.length === 0 ? (
          <BodyShort>{t('emergencyList.none')}</BodyShort>
        ) : (
          <>
            <DataTable
              caption={t('emergencyList.caption')}
              regionLabel={t('emergencyList.region')}
              columns={columns}
              rows={data.emergencyAccesses.nodes}
              rowKey={(a) => a.id}
              busy={current === undefined}
            />
            <CursorPager
              cursors={cursors}
              onChange={setCursors}
              pageInfo={data.emergencyAccesses.pageInfo}
              previousLabel={t('emergencyList.previous')}
              nextLabel={t('emergencyList.next')}
            />
          </>
        ))}
    </VStack>
  );
}
