import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import { downloadFrom } from '../app/download';
import { ProduceScbFileDocument, ScbValidationDocument } from '../gql/scb/scb';
import type { ScbFileFieldsFragment } from '../gql/graphql';
import { formatDateTime, formatNumber } from '../i18n/format';
import { useSessionStore } from '../session/session-context';
import { useViewer } from '../session/viewer-context';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Checkbox,
  DataTable,
  Detail,
  Heading,
  LoadingState,
  PageHeading,
  Tag,
  VStack,
} from '../ui';
import { recentHalfYears } from './half-years';
import { IssueList } from './issue-list';
import { PeriodSelect } from './period-select';

const SCB_ERRORS = ['SCB_PERIOD_INVALID', 'SCB_FILE_INVALID', 'SCB_FILE_REPLACE_NOT_CONFIRMED'] as const;
type ScbError = (typeof SCB_ERRORS)[number];
const isScbError = (code: string): code is ScbError => (SCB_ERRORS as readonly string[]).includes(code);

// The KAA unit's SCB page (issue 18): choose the half-year, see what must be fixed (each young
// person a link to their page), produce the file (the team lead; a second file for the same
// half-year only after confirming that it replaces what was sent), and the files produced, with
// downloads.
export function ScbPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const store = useSessionStore();
  const [periods] = useState(() => recentHalfYears(new Date()));
  const [period, setPeriod] = useState(periods[0]);
  const [confirm, setConfirm] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [produced, setProduced] = useState<string | undefined>();
  const [downloadFailed, setDownloadFailed] = useState(false);
  const { data, error, refetch } = useQuery(ScbValidationDocument, { variables: { input: { period } } });
  const [produce, produceState] = useMutation(ProduceScbFileDocument);
  const isTeamLead = viewer.me.membership.role === 'TEAM_LEAD';
  const v = data?.scbKaaValidation;
  const hasFile = (v?.files.length ?? 0) > 0;

  const choose = (next: string) => {
    setPeriod(next);
    setConfirm(false);
    setConfirmMissing(false);
    setProduced(undefined);
  };

  const onProduce = async () => {
    setProduced(undefined);
    if (hasFile && !confirm) {
      setConfirmMissing(true);
      return;
    }
    setConfirmMissing(false);
    try {
      const res = await produce({ variables: { input: { period, confirmReplace: hasFile ? confirm : undefined } } });
      setProduced(res.data?.produceScbKaaFile.fileName);
      setConfirm(false);
      await refetch();
    } catch {
      // Shown from produceState.error.
    }
  };

  const onDownload = async (file: ScbFileFieldsFragment) => {
    setDownloadFailed(false);
    if (!file.fileId) return;
    // Files come from GET /files/:id with the session's bearer token (downloadFrom).
    const result = await downloadFrom(`/files/${encodeURIComponent(file.fileId)}`, file.fileName, await store.token());
    setDownloadFailed(!result.ok);
  };

  const produceError = produceState.error ? errorCode(produceState.error) : undefined;
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('scb.title')}</PageHeading>
        <BodyLong>{t('scb.intro')}</BodyLong>
      </div>
      <PeriodSelect periods={periods} value={period} onChange={choose} />
      {error && (
        <Alert variant="error" role="alert">
          {isScbError(errorCode(error)) ? t(`scb.errors.${errorCode(error) as ScbError}`) : t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {v && (
        <>
          <section aria-labelledby="scb-check">
            <Heading level="2" size="medium" spacing id="scb-check">
              {t('scb.checkHeading')}
            </Heading>
            <VStack gap="space-16">
              <BodyShort>
                {t('scb.summary', {
                  population: formatNumber(v.population),
                  errors: formatNumber(v.peopleWithErrors),
                  warnings: formatNumber(v.peopleWithWarnings),
                })}
              </BodyShort>
              <Detail>{t('scb.codeTable', { version: v.codeTableVersion })}</Detail>
              <Alert variant={v.valid ? 'success' : 'warning'} size="small">
                {v.valid ? t('scb.valid') : t('scb.invalid')}
              </Alert>
              {v.people.length > 0 && (
                <IssueList people={v.people} caption={t('scb.fixCaption')} region={t('scb.fixRegion')} />
              )}
              {v.peopleWithErrorsOutsideAccess > 0 && (
                <BodyShort>{t('scb.outsideAccess', { count: v.peopleWithErrorsOutsideAccess })}</BodyShort>
              )}
            </VStack>
          </section>
          <section aria-labelledby="scb-produce">
            <Heading level="2" size="medium" spacing id="scb-produce">
              {t('scb.produceHeading')}
            </Heading>
            {isTeamLead ? (
              <VStack gap="space-16">
                {hasFile && (
                  <>
                    <Alert variant="warning" size="small">
                      {t('scb.replaceWarning')}
                    </Alert>
                    <Checkbox
                      checked={confirm}
                      onChange={(e) => setConfirm(e.target.checked)}
                      error={confirmMissing}
                      aria-describedby={confirmMissing ? 'scb-confirm-error' : undefined}
                    >
                      {t('scb.confirmReplace')}
                    </Checkbox>
                    {confirmMissing && (
                      <BodyShort id="scb-confirm-error" className="navds-error-message" role="alert">
                        {t('scb.confirmRequired')}
                      </BodyShort>
                    )}
                  </>
                )}
                <div>
                  <Button onClick={() => void onProduce()} loading={produceState.loading} disabled={!v.valid}>
                    {produceState.loading ? t('scb.producing') : t('scb.produce')}
                  </Button>
                </div>
                {produceError && (
                  <Alert variant="error" role="alert">
                    {isScbError(produceError)
                      ? t(`scb.errors.${produceError}`)
                      : t(errorMessageKey(produceState.error))}
                  </Alert>
                )}
                {produced && (
                  <Alert variant="success" role="status">
                    {t('scb.produced', { fileName: produced })}
                  </Alert>
                )}
              </VStack>
            ) : (
              <BodyShort>{t('scb.teamLeadProduces')}</BodyShort>
            )}
          </section>
          <section aria-labelledby="scb-history">
            <Heading level="2" size="medium" spacing id="scb-history">
              {t('scb.historyHeading')}
            </Heading>
            {downloadFailed && (
              <Alert variant="error" role="alert">
                {t('scb.downloadFailed')}
              </Alert>
            )}
            {v.files.length === 0 ? (
              <BodyShort>{t('scb.noFiles')}</BodyShort>
            ) : (
              <DataTable
                caption={t('scb.historyCaption')}
                regionLabel={t('scb.historyRegion')}
                rows={[...v.files]}
                rowKey={(f) => f.id}
                columns={[
                  { id: 'file', header: t('scb.columnFile'), cell: (f) => f.fileName },
                  { id: 'producedAt', header: t('scb.columnProducedAt'), cell: (f) => formatDateTime(f.producedAt) },
                  { id: 'producedBy', header: t('scb.columnProducedBy'), cell: (f) => f.producedByName ?? '' },
                  { id: 'people', header: t('scb.columnPeople'), cell: (f) => formatNumber(f.counts.people) },
                  {
                    id: 'status',
                    header: t('scb.columnStatus'),
                    cell: (f) => (
                      <Tag size="small" variant={f.current ? 'success' : 'neutral'}>
                        {f.current ? t('scb.current') : t('scb.replaced')}
                      </Tag>
                    ),
                  },
                  {
                    id: 'download',
                    header: t('scb.download'),
                    cell: (f) =>
                      f.downloadable ? (
                        <Button
                          size="small"
                          variant="secondary"
                          onClick={() => void onDownload(f)}
                          aria-label={t('scb.downloadLabel', { fileName: f.fileName })}
                        >
                          {t('scb.download')}
                        </Button>
                      ) : (
                        t('scb.notDownloadable')
                      ),
                  },
                ]}
              />
            )}
          </section>
        </>
      )}
    </VStack>
  );
}
