import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { ReportDurationsDocument } from '../gql/reports/reports';
import type { ReportDurationsQuery } from '../gql/graphql';
import { formatNumber } from '../i18n/format';
import { Alert, BodyShort, DataTable, Heading, LoadingState, VStack, type DataTableColumn } from '../ui';

type Group = ReportDurationsQuery['reportDurations']['groups'][number];
type Duration = Group['firstContact'];

// Time from registration to the first contact attempt and to the first measure: the medians and
// quartiles per group, as a table (a chart of three numbers per group would say less).
export function DurationsSection({ from, to, periodLabel }: { from: string; to: string; periodLabel: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ReportDurationsDocument, { variables: { period: { from, to } } });
  const k = data?.reportDurations.minCell ?? 5;
  const hidden = t('reports.hidden', { k });
  const days = (value: Duration): string =>
    value
      ? t('reports.durations.days', {
          median: formatNumber(value.median),
          lower: formatNumber(value.lowerQuartile),
          upper: formatNumber(value.upperQuartile),
        })
      : t('reports.durations.notShown');
  const label = (group: Group): string => {
    switch (group.dimension) {
      case 'ALL':
        return t('reports.filters.all');
      case 'UNIT':
        return group.name ?? group.key;
      case 'AGE':
        return t(`reports.filters.${group.key as 'AGE_16_17' | 'AGE_18_19'}`);
      case 'SEX':
        return t(`reports.filters.${group.key as 'FEMALE' | 'MALE'}`);
    }
  };
  const columns: Array<DataTableColumn<Group>> = [
    { id: 'group', header: t('reports.durations.group'), cell: label },
    {
      id: 'registered',
      header: t('reports.durations.registered'),
      cell: (group) => (group.registered === null ? hidden : formatNumber(group.registered)),
    },
    { id: 'contact', header: t('reports.durations.firstContact'), cell: (group) => days(group.firstContact) },
    { id: 'measure', header: t('reports.durations.firstMeasure'), cell: (group) => days(group.firstMeasure) },
  ];
  return (
    <section aria-labelledby="reports-durations">
      <VStack gap="space-8">
        <Heading level="2" size="medium" id="reports-durations">
          {t('reports.durations.heading', { period: periodLabel })}
        </Heading>
        <BodyShort>{t('reports.durations.intro', { k })}</BodyShort>
        {error && (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        )}
        {!data && !error && <LoadingState />}
        {data && (
          <DataTable
            caption={t('reports.durations.caption', { period: periodLabel })}
            regionLabel={t('reports.durations.region')}
            columns={columns}
            rows={data.reportDurations.groups}
            rowKey={(group) => `${group.dimension}:${group.key}`}
          />
        )}
      </VStack>
    </section>
  );
}
