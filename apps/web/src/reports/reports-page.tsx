import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { errorCode, errorMessageKey } from '../app/api-error';
import { saveBase64 } from '../app/download';
import { ExportReportDocument, ReportDocument } from '../gql/reports/reports';
import type { ReportExportFormat, ReportFilterInput, ReportKind } from '../gql/graphql';
import { formatNumber, todayIso } from '../i18n/format';
import {
  Alert,
  BarChart,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  Heading,
  HStack,
  LoadingState,
  PageHeading,
  Select,
  VStack,
  type DataTableColumn,
} from '../ui';
import { DurationsSection } from './durations-section';
import { reportPeriods, type ReportPeriod } from './report-periods';

const KINDS: ReportKind[] = [
  'KAA_COHORT',
  'REGISTRATIONS',
  'ENDS',
  'MEASURES',
  'MEASURE_OUTCOMES',
  'FLOWS',
  'PLAN_ACTIONS',
  'SIGNALS',
  'ALERTS',
];
// The reports whose columns are already by sex do not also filter by it.
const BY_SEX: ReportKind[] = ['REGISTRATIONS', 'ENDS'];
// The reports without age bands (a signal may be about a pupil younger than the KAA's bands).
const NO_AGE: ReportKind[] = ['SIGNALS'];
const FORMATS: ReportExportFormat[] = ['CSV', 'XLSX', 'PDF'];

// Which catalog group names the values of each of the api's dimensions.
const VALUE_GROUPS: Record<string, string> = {
  STATUS: 'status',
  STATUS_BEFORE: 'status',
  STATUS_AFTER: 'status',
  OCCUPATION: 'occupation',
  OCCUPATION_AFTER: 'occupation',
  REGISTRATION_REASON: 'registrationReason',
  END_REASON: 'endReason',
  SEX: 'sex',
  MEASURE_CATEGORY: 'measureCategory',
  MEASURE_TIER: 'measureTier',
  RESPONSIBLE_KIND: 'responsibleKind',
  PLAN_ACTION_STATE: 'planActionState',
  SIGNAL_KIND: 'signalKind',
  SIGNAL_HANDLING: 'signalHandling',
  ALERT_RULE: 'alertRule',
  ALERT_STEP: 'alertStep',
};

interface TableRow {
  key: string;
  label: string;
  cells: Array<number | null>;
}

// "unit:<id>", "age:AGE_16_17" or "sex:FEMALE" in the address, so a report can be linked to.
function filterOf(value: string | null): ReportFilterInput | undefined {
  if (!value) return undefined;
  const [kind, rest] = value.split(':');
  if (kind === 'unit' && rest) return { kaaUnitId: rest };
  if (kind === 'age' && (rest === 'AGE_16_17' || rest === 'AGE_18_19')) return { ageBand: rest };
  if (kind === 'sex' && (rest === 'FEMALE' || rest === 'MALE')) return { sex: rest };
  return undefined;
}

// Leadership's reports (and the KAA team lead's): a protected table of counts as a chart, the
// same figures as a table, and downloads. Every figure comes from the api already protected
// (small cells hidden in the query layer); the page only shows what it is given.
export function ReportsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const periods = useMemo(() => reportPeriods(todayIso()), []);
  const kind = KINDS.find((k) => k === params.get('rapport')) ?? 'KAA_COHORT';
  const period = periods.find((p) => p.id === params.get('period')) ?? periods[0];
  const filterParam = params.get('urval') ?? '';
  const filter = filterOf(filterParam);
  const usable =
    (filter?.sex && BY_SEX.includes(kind)) || (filter?.ageBand && NO_AGE.includes(kind)) ? undefined : filter;
  const set = (key: string, value: string): void => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const input = { kind, from: period.from, to: period.to, ...(usable ? { filter: usable } : {}) };
  const { data, previousData, error, loading } = useQuery(ReportDocument, {
    variables: { input, period: { from: period.from, to: period.to } },
  });
  const shown = data ?? previousData;
  const [exportReport, exporting] = useMutation(ExportReportDocument);
  const [exportError, setExportError] = useState<string | undefined>();
  const [exportingFormat, setExportingFormat] = useState<ReportExportFormat | undefined>();

  const report = shown?.report;
  const k = report?.minCell ?? 5;
  const hidden = t('reports.hidden', { k });
  const valueLabel = (dimension: string, key: string): string => {
    const group = VALUE_GROUPS[dimension];
    return group ? t(`reports.values.${group}.${key}` as 'reports.values.status.UNKNOWN', { defaultValue: key }) : key;
  };
  const rows: TableRow[] = report
    ? [
        ...report.rows.map((row) => ({
          key: row.key,
          label: valueLabel(report.rowDimension, row.key),
          cells: [...row.cells.map((c) => c.count ?? null), row.total.count ?? null],
        })),
        {
          key: 'TOTAL',
          label: t('reports.total'),
          cells: [...report.columnTotals.map((c) => c.count ?? null), report.total.count ?? null],
        },
      ]
    : [];
  const columns: Array<DataTableColumn<TableRow>> = report
    ? [
        {
          id: 'label',
          header: t(`reports.dimensions.${report.rowDimension}` as 'reports.dimensions.STATUS', {
            defaultValue: report.rowDimension,
          }),
          cell: (row) => row.label,
        },
        ...[...report.columns, 'TOTAL'].map((column, index) => ({
          id: column,
          header: column === 'TOTAL' ? t('reports.total') : valueLabel(report.columnDimension, column),
          cell: (row: TableRow) => {
            const value = row.cells[index];
            return value === null ? <span className="brygga-hidden-cell">{hidden}</span> : formatNumber(value);
          },
        })),
      ]
    : [];
  const title = t(`reports.kinds.${kind}`);
  const labelOf = (p: ReportPeriod): string =>
    t(p.labelKey, { half: p.half ?? '', year: p.year ?? '', from: p.from, to: p.to });
  const periodLabel = labelOf(period);
  const summary = report ? summarise() : '';

  function summarise(): string {
    if (!report) return '';
    const total = report.total.count;
    const largest = [...report.rows]
      .filter((row) => row.total.count !== null && row.total.count > 0)
      .sort((a, b) => (b.total.count ?? 0) - (a.total.count ?? 0))[0];
    const hiddenRows = report.rows.filter((row) => row.total.count === null).length;
    return [
      total === null
        ? t('reports.summaryHiddenTotal', { title, hidden })
        : t('reports.summaryTotal', { title, count: total }),
      largest
        ? t('reports.summaryLargest', {
            label: valueLabel(report.rowDimension, largest.key),
            count: largest.total.count ?? 0,
          })
        : '',
      hiddenRows > 0 ? t('reports.summaryHidden', { count: hiddenRows, hidden }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  async function save(format: ReportExportFormat): Promise<void> {
    setExportError(undefined);
    setExportingFormat(format);
    try {
      const result = await exportReport({ variables: { input, format } });
      const file = result.data?.exportReport;
      if (file) saveBase64(file.contentBase64, file.contentType, file.fileName);
    } catch (failure) {
      setExportError(t(errorMessageKey(failure)));
    }
  }

  const filterOptions = [
    ...(report?.units ?? []).map((unit) => ({ value: `unit:${unit.id}`, label: unit.name })),
    ...(NO_AGE.includes(kind)
      ? []
      : [
          { value: 'age:AGE_16_17', label: t('reports.filters.AGE_16_17') },
          { value: 'age:AGE_18_19', label: t('reports.filters.AGE_18_19') },
        ]),
    ...(BY_SEX.includes(kind)
      ? []
      : [
          { value: 'sex:FEMALE', label: t('reports.filters.FEMALE') },
          { value: 'sex:MALE', label: t('reports.filters.MALE') },
        ]),
  ];
  const narrow = error && errorCode(error) === 'REPORT_FILTER_TOO_NARROW';

  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('reports.title')}</PageHeading>
        <BodyLong>{t('reports.intro', { k })}</BodyLong>
      </div>
      {shown?.reportHeadline && (
        <section aria-labelledby="reports-headline">
          <Heading level="2" size="medium" spacing id="reports-headline">
            {t('reports.headlineHeading', { period: periodLabel })}
          </Heading>
          <dl className="brygga-figures">
            <div>
              <dt>{t('reports.registered')}</dt>
              <dd>
                {shown.reportHeadline.registered === null ? hidden : formatNumber(shown.reportHeadline.registered)}
              </dd>
            </div>
            <div>
              <dt>{t('reports.occupationUnknown')}</dt>
              <dd>
                {shown.reportHeadline.occupationUnknownPercent === null
                  ? hidden
                  : `${formatNumber(shown.reportHeadline.occupationUnknownPercent)} %`}
              </dd>
            </div>
          </dl>
        </section>
      )}
      <section aria-labelledby="reports-choose">
        <Heading level="2" size="small" spacing id="reports-choose">
          {t('reports.chooseHeading')}
        </Heading>
        <div className="brygga-report-controls">
          <Select label={t('reports.kind')} value={kind} onChange={(e) => set('rapport', e.target.value)}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`reports.kinds.${value}`)}
              </option>
            ))}
          </Select>
          <Select label={t('reports.period')} value={period.id} onChange={(e) => set('period', e.target.value)}>
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {labelOf(p)}
              </option>
            ))}
          </Select>
          <Select
            label={t('reports.filter')}
            value={usable ? filterParam : ''}
            onChange={(e) => set('urval', e.target.value)}
          >
            <option value="">{t('reports.filters.all')}</option>
            {filterOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </div>
      </section>
      <div aria-live="polite" className="brygga-visually-hidden">
        {loading ? t('reports.loading') : summary}
      </div>
      {error && (
        <Alert variant={narrow ? 'warning' : 'error'} role="alert">
          {narrow ? t('reports.tooNarrow', { k }) : t(errorMessageKey(error))}
        </Alert>
      )}
      {!shown && !error && <LoadingState />}
      {report && !error && (
        <section aria-labelledby="reports-result">
          <VStack gap="space-16">
            <Heading level="2" size="medium" id="reports-result">
              {title}, {periodLabel}
            </Heading>
            <BarChart
              bars={report.rows.map((row) => ({
                label: valueLabel(report.rowDimension, row.key),
                value: row.total.count ?? null,
              }))}
              hiddenLabel={hidden}
              summary={summary}
              formatValue={formatNumber}
            />
            <DataTable
              caption={t('reports.caption', { title, period: periodLabel })}
              regionLabel={t('reports.region')}
              columns={columns}
              rows={rows}
              rowKey={(row) => row.key}
              busy={data === undefined}
            />
            <BodyShort size="small">{t('reports.hiddenNote', { hidden, k })}</BodyShort>
            <section aria-labelledby="reports-download">
              <Heading level="3" size="small" spacing id="reports-download">
                {t('reports.downloadHeading')}
              </Heading>
              <HStack gap="space-8">
                {FORMATS.map((format) => (
                  <Button
                    key={format}
                    variant="secondary"
                    size="small"
                    loading={exporting.loading && exportingFormat === format}
                    onClick={() => void save(format)}
                  >
                    {t(`reports.formats.${format}`)}
                  </Button>
                ))}
              </HStack>
              {exportError && (
                <Alert variant="error" role="alert" size="small">
                  {exportError}
                </Alert>
              )}
            </section>
          </VStack>
        </section>
      )}
      <DurationsSection from={period.from} to={period.to} periodLabel={periodLabel} />
    </VStack>
  );
}
