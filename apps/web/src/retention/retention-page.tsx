import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError, errorCode, errorMessageKey } from '../app/api-error';
import { downloadFrom } from '../app/download';
import {
  DisposalsDocument,
  RetentionDryRunDocument,
  RetentionRulesDocument,
  RunRetentionDisposalDocument,
  SetRetentionRuleDocument,
} from '../gql/retention/retention';
import type { DisposalsQuery, RetentionClass, RetentionRulesQuery } from '../gql/graphql';
import { formatDate, formatDateTime, formatNumber } from '../i18n/format';
import {
  Alert,
  BodyLong,
  Button,
  Checkbox,
  DataTable,
  FormErrorSummary,
  HStack,
  Heading,
  List,
  LoadingState,
  PageHeading,
  Select,
  Tag,
  TextField,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useSessionStore } from '../session/session-context';

type Rule = RetentionRulesQuery['retentionRules'][number];
type DisposalRow = DisposalsQuery['disposals'][number];

const YEARS_ID = 'retention-years';

// Admin: the municipality's retention (gallring) rules, what a disposal now would dispose (counts
// only), a disposal now after a confirmation, and the proofs of disposal. What is disposed and
// how the chains stay verifiable is the api's (docs/RETENTION.md).
export function RetentionPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RetentionRulesDocument, { fetchPolicy: 'cache-and-network' });
  const { data: history, refetch: refetchHistory } = useQuery(DisposalsDocument, { fetchPolicy: 'cache-and-network' });
  const [loadDryRun, { data: dryRun, loading: counting }] = useLazyQuery(RetentionDryRunDocument, {
    fetchPolicy: 'network-only',
  });
  const [saveRule, { loading: saving }] = useMutation(SetRetentionRuleDocument);
  const [runDisposal, { loading: running }] = useMutation(RunRetentionDisposalDocument);
  const [chosen, setChosen] = useState<RetentionClass | ''>('');
  const [enabled, setEnabled] = useState(false);
  const [years, setYears] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [notice, setNotice] = useState<{ text: string; ok: boolean }>();
  const [confirming, setConfirming] = useState(false);
  const store = useSessionStore();
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const rules = data?.retentionRules ?? [];
  const rule = rules.find((r) => r.recordClass === chosen);
  const className = (recordClass: RetentionClass) => t(`retention.classes.${recordClass}`);
  const choose = (recordClass: RetentionClass | '') => {
    setChosen(recordClass);
    const next = rules.find((r) => r.recordClass === recordClass);
    setEnabled(next?.enabled ?? false);
    setYears(next ? String(next.keepYears) : '');
    setErrors([]);
  };

  const columns = useMemo<Array<DataTableColumn<Rule>>>(
    () => [
      { id: 'recordClass', header: t('retention.recordClass'), cell: (row) => className(row.recordClass) },
      { id: 'keepYears', header: t('retention.keepYears'), cell: (row) => formatNumber(row.keepYears) },
      {
        id: 'suggested',
        header: t('retention.suggested'),
        cell: (row) => t('retention.years', { count: row.suggestedYears }),
      },
      {
        id: 'state',
        header: t('retention.state'),
        cell: (row) => (
          <Tag size="small" variant={row.enabled ? 'success' : 'neutral'}>
            {row.enabled ? t('retention.on') : t('retention.off')}
          </Tag>
        ),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );
  const historyColumns = useMemo<Array<DataTableColumn<DisposalRow>>>(
    () => [
      { id: 'disposedAt', header: t('retention.disposedAt'), cell: (row) => formatDateTime(row.disposedAt) },
      { id: 'recordClass', header: t('retention.recordClass'), cell: (row) => className(row.recordClass) },
      { id: 'count', header: t('retention.count'), cell: (row) => formatNumber(row.disposedCount) },
      {
        id: 'range',
        header: t('retention.range'),
        cell: (row) => `${formatDate(row.oldestAt.slice(0, 10))}–${formatDate(row.newestAt.slice(0, 10))}`,
      },
      { id: 'cutoff', header: t('retention.cutoff'), cell: (row) => formatDate(row.cutoff.slice(0, 10)) },
      {
        id: 'archive',
        header: t('retention.archive'),
        cell: (row) => <code className="brygga-preformatted">{row.archiveSha256}</code>,
      },
      {
        id: 'archiveFile',
        header: t('retention.archiveFile'),
        cell: (row) =>
          row.archiveAvailable && row.archiveFileName ? (
            <VStack gap="space-4" align="start">
              <Button
                type="button"
                size="small"
                variant="secondary"
                aria-label={t('retention.downloadLabel', { fileName: row.archiveFileName })}
                onClick={() => void download(row)}
              >
                {t('retention.download')}
              </Button>
              {row.archiveExpiresAt && (
                <span>{t('retention.archiveUntil', { date: formatDate(row.archiveExpiresAt.slice(0, 10)) })}</span>
              )}
            </VStack>
          ) : (
            t('retention.archiveGone')
          ),
      },
      { id: 'trigger', header: t('retention.trigger'), cell: (row) => t(`retention.triggers.${row.trigger}`) },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    if (!rule) return;
    const value = Number(years);
    const list: FieldError[] =
      /^\d+$/.test(years.trim()) && value >= rule.minYears && value <= 100
        ? []
        : [{ fieldId: YEARS_ID, message: t('retention.yearsInvalid', { min: rule.minYears }) }];
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      await saveRule({
        variables: { input: { recordClass: rule.recordClass, enabled, keepYears: value, version: rule.version } },
      });
      await refetch();
      setNotice({ ok: true, text: t('retention.saved', { recordClass: className(rule.recordClass) }) });
    } catch (caught) {
      const code = errorCode(caught);
      if (code === 'RETENTION_YEARS_INVALID' || code === 'RETENTION_YEARS_BELOW_MINIMUM') {
        setErrors([{ fieldId: YEARS_ID, message: t('retention.yearsInvalid', { min: rule.minYears }) }]);
        setSubmitCount((n) => n + 1);
      } else {
        setNotice({ ok: false, text: t(errorMessageKey(caught)) });
      }
    }
  };

  // The archive file of one disposal, for the e-archive; the api audits and logs the download.
  async function download(row: DisposalRow) {
    setNotice(undefined);
    const fileName = row.archiveFileName ?? 'gallring.json';
    // The archive comes from GET /retention/archives/:disposalId; after the file's keeping time
    // the api refuses it with RETENTION_ARCHIVE_EXPIRED, shown as its message.
    const result = await downloadFrom(
      `/retention/archives/${encodeURIComponent(row.id)}`,
      fileName,
      await store.token(),
    );
    if (result.ok) {
      setNotice({ ok: true, text: t('retention.downloaded', { fileName, sha256: row.archiveSha256 }) });
      return;
    }
    setNotice({ ok: false, text: t(errorMessageKey(new ApiError(result.code))) });
    if (result.code === 'RETENTION_ARCHIVE_EXPIRED') await refetchHistory();
  }

  const confirmRun = async () => {
    try {
      const res = await runDisposal();
      const counts = (res.data?.runRetentionDisposal ?? []).filter((c) => c.count > 0);
      setNotice({
        ok: true,
        text:
          counts.length === 0
            ? t('retention.ranNothing')
            : t('retention.ran', {
                summary: counts.map((c) => `${className(c.recordClass)} ${formatNumber(c.count)}`).join(', '),
              }),
      });
      await refetchHistory();
    } catch (caught) {
      setNotice({ ok: false, text: t(errorMessageKey(caught)) });
    } finally {
      setConfirming(false);
    }
  };

  const disposals = history?.disposals;
  return (
    <VStack gap="space-24">
      <PageHeading>{t('retention.title')}</PageHeading>
      <BodyLong>{t('retention.intro')}</BodyLong>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert variant={notice.ok ? 'success' : 'error'}>{notice.text}</Alert>
        </div>
      )}
      <section aria-labelledby="retention-rules">
        <Heading level="2" size="small" spacing id="retention-rules">
          {t('retention.rulesHeading')}
        </Heading>
        {error ? (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        ) : !data ? (
          <LoadingState />
        ) : (
          <DataTable
            caption={t('retention.rulesCaption')}
            regionLabel={t('retention.rulesCaption')}
            columns={columns}
            rows={rules}
            rowKey={(row) => row.recordClass}
          />
        )}
      </section>
      <section aria-labelledby="retention-edit" className="brygga-card">
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="retention-edit">
          <VStack gap="space-16">
            <Heading level="2" size="small" id="retention-edit">
              {t('retention.editHeading')}
            </Heading>
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            <Select
              label={t('retention.chooseClass')}
              value={chosen}
              onChange={(e) => choose(e.target.value as RetentionClass | '')}
              style={{ maxWidth: '20rem' }}
            >
              <option value="">{t('retention.chooseClass')}</option>
              {rules.map((r) => (
                <option key={r.recordClass} value={r.recordClass}>
                  {className(r.recordClass)}
                </option>
              ))}
            </Select>
            {rule && (
              <HStack gap="space-16" align="end" wrap>
                <TextField
                  id={YEARS_ID}
                  label={t('retention.keepYears')}
                  description={t('retention.yearsHint', { min: rule.minYears })}
                  value={years}
                  onChange={(e) => setYears(e.target.value)}
                  error={errors.find((e) => e.fieldId === YEARS_ID)?.message}
                  htmlSize={6}
                  inputMode="numeric"
                />
                <Checkbox checked={enabled} onChange={(e) => setEnabled(e.target.checked)}>
                  {t('retention.enabled')}
                </Checkbox>
              </HStack>
            )}
            {rule && (
              <div>
                <Button type="submit" loading={saving}>
                  {t('retention.save')}
                </Button>
              </div>
            )}
          </VStack>
        </form>
      </section>
      <section aria-labelledby="retention-dry-run">
        <VStack gap="space-12">
          <Heading level="2" size="small" id="retention-dry-run">
            {t('retention.dryRunHeading')}
          </Heading>
          <HStack gap="space-12">
            <Button type="button" variant="secondary" loading={counting} onClick={() => void loadDryRun()}>
              {t('retention.dryRun')}
            </Button>
            <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
              {t('retention.run')}
            </Button>
          </HStack>
          {dryRun &&
            (dryRun.retentionDryRun.length === 0 ? (
              <BodyLong>{t('retention.dryRunNone')}</BodyLong>
            ) : (
              <List aria-labelledby="retention-dry-run">
                {dryRun.retentionDryRun.map((c) => (
                  <List.Item key={c.recordClass}>
                    {t('retention.dryRunCount', {
                      recordClass: className(c.recordClass),
                      number: formatNumber(c.count),
                    })}
                  </List.Item>
                ))}
              </List>
            ))}
        </VStack>
      </section>
      <section aria-labelledby="retention-history">
        <Heading level="2" size="small" spacing id="retention-history">
          {t('retention.historyHeading')}
        </Heading>
        {!disposals ? (
          <LoadingState />
        ) : disposals.length === 0 ? (
          <BodyLong>{t('retention.historyEmpty')}</BodyLong>
        ) : (
          <DataTable
            caption={t('retention.historyCaption')}
            regionLabel={t('retention.historyCaption')}
            columns={historyColumns}
            rows={disposals}
            rowKey={(row) => row.id}
          />
        )}
      </section>
      {confirming && (
        <ConfirmDialog
          heading={t('retention.runHeading')}
          body={t('retention.runBody')}
          confirmLabel={t('retention.runConfirm')}
          cancelLabel={t('retention.runCancel')}
          busy={running}
          onConfirm={() => void confirmRun()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </VStack>
  );
}
