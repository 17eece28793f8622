import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { TargetGroupRunsDocument } from '../gql/target-group/target-group';
import type { TargetGroupRunFieldsFragment } from '../gql/graphql';
import { formatDate, formatDateTime, formatNumber } from '../i18n/format';
import { Alert, BodyLong, DataTable, LoadingState, PageHeading, VStack, type DataTableColumn } from '../ui';

type Run = TargetGroupRunFieldsFragment;

// Every matching run of the unit with the files it used and what it found.
export function TargetGroupRunsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(TargetGroupRunsDocument, { fetchPolicy: 'cache-and-network' });
  const columns = useMemo<Array<DataTableColumn<Run>>>(
    () => [
      { id: 'at', header: t('targetGroup.runAt'), cell: (row) => formatDateTime(row.finishedAt ?? row.createdAt) },
      {
        id: 'inputs',
        header: t('targetGroup.inputs'),
        cell: (row) => [row.populationFileName, ...row.enrollmentFileNames].join(', '),
      },
      { id: 'listsDate', header: t('targetGroup.asOf'), cell: (row) => formatDate(row.listsDate) },
      {
        id: 'status',
        header: t('targetGroup.status'),
        cell: (row) => t(`targetGroup.enums.TargetGroupRunStatus.${row.status}`),
      },
      { id: 'residents', header: t('targetGroup.residents'), cell: (row) => formatNumber(row.residents) },
      { id: 'inAgeBand', header: t('targetGroup.inAgeBand'), cell: (row) => formatNumber(row.inAgeBand) },
      { id: 'enrolled', header: t('targetGroup.enrolled'), cell: (row) => formatNumber(row.enrolled) },
      { id: 'new', header: t('targetGroup.newCount'), cell: (row) => formatNumber(row.newCount) },
      { id: 'still', header: t('targetGroup.stillCount'), cell: (row) => formatNumber(row.stillCount) },
      { id: 'left', header: t('targetGroup.leftCount'), cell: (row) => formatNumber(row.leftCount) },
      { id: 'unknown', header: t('targetGroup.unknownCount'), cell: (row) => formatNumber(row.unknownCount) },
      { id: 'dismissed', header: t('targetGroup.dismissedCount'), cell: (row) => formatNumber(row.dismissedCount) },
    ],
    [t],
  );
  const runs = data?.targetGroupRuns.nodes;
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('targetGroup.runsTitle')}</PageHeading>
        <BodyLong>{t('targetGroup.runsIntro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!runs && !error && <LoadingState />}
      {runs && runs.length === 0 && <BodyLong>{t('targetGroup.runsEmpty')}</BodyLong>}
      {runs && runs.length > 0 && (
        <DataTable
          caption={t('targetGroup.runsCaption')}
          regionLabel={t('targetGroup.runsCaption')}
          columns={columns}
          rows={runs}
          rowKey={(row) => row.id}
        />
      )}
    </VStack>
  );
}
