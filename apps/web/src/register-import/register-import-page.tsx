import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode } from '../app/api-error';
import {
  DryRunRegisterImportDocument,
  RegisterImportDocument,
  RegisterImportFileColumnsDocument,
  RegisterImportJobDocument,
  RegisterImportMappingDocument,
  RegisterImportRowsDocument,
  RunRegisterImportDocument,
  SaveRegisterImportMappingDocument,
} from '../gql/register-import/register-import';
import type {
  RegisterImportFieldsFragment,
  RegisterImportMappingInput,
  RegisterImportRowsQuery,
  RegistrationReason,
} from '../gql/graphql';
import { formatNumber } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  Fieldset,
  Heading,
  HStack,
  PageHeading,
  Select,
  VStack,
  type DataTableColumn,
} from '../ui';
import { FileUploadForm } from '../upload/file-upload-form';
import { columnFor, isRegisterImportCode, registerImportCodeKey } from './register-import-text';

const FIELDS = [
  'identityNumber',
  'givenName',
  'familyName',
  'fullName',
  'coordinatorEmail',
  'registeredOn',
  'status',
  'registrationReason',
  'phone',
  'email',
] as const;
type Field = (typeof FIELDS)[number];
type Mapping = Record<Field, string>;
const REASONS: RegistrationReason[] = [
  'DROPPED_OUT',
  'NEVER_STARTED',
  'LEAVING_CERTIFICATE',
  'LEFT_INTRODUCTION_PROGRAMME',
  'ARRIVED_AFTER_COMPULSORY_AGE',
  'MOVED_IN',
  'OTHER',
];
const PAGE = 50;
type Row = RegisterImportRowsQuery['registerImportRows']['nodes'][number];

// The team lead moves the municipality's existing register in: upload, map the columns, dry run
// (a job, with progress), read the report (counts and the changed and refused rows by line), and
// run it after a confirmation.
export function RegisterImportPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const saved = useQuery(RegisterImportMappingDocument).data?.registerImportMapping;
  const [fileId, setFileId] = useState<string>();
  const [columns, setColumns] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Mapping>();
  const [reason, setReason] = useState<RegistrationReason>('OTHER');
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [importId, setImportId] = useState<string>();
  const [jobId, setJobId] = useState<string>();
  const [saveMapping] = useMutation(SaveRegisterImportMappingDocument);
  const [dryRun] = useMutation(DryRunRegisterImportDocument);

  const message = (error: unknown) => t(registerImportCodeKey(errorCode(error)) as 'registerImport.codes.JOB_FAILED');

  // The uploaded file's header, for the mapping; the saved mapping's columns chosen where the
  // file has them.
  const readColumns = async (id: string) => {
    setProblem(undefined);
    setNotice(undefined);
    const { data } = await client.query({
      query: RegisterImportFileColumnsDocument,
      variables: { fileId: id },
      fetchPolicy: 'network-only',
    });
    const header = data?.registerImportFileColumns ?? [];
    setFileId(id);
    setColumns(header);
    setImportId(undefined);
    setMapping(Object.fromEntries(FIELDS.map((field) => [field, columnFor(header, saved?.[field])])) as Mapping);
    setReason(saved?.defaultRegistrationReason ?? 'OTHER');
    return undefined;
  };

  const mappingInput = (): RegisterImportMappingInput | undefined => {
    if (!mapping) return undefined;
    if (!mapping.identityNumber) {
      setProblem(t('registerImport.identityRequired'));
      return undefined;
    }
    if (!mapping.fullName && !(mapping.givenName && mapping.familyName)) {
      setProblem(t('registerImport.namesRequired'));
      return undefined;
    }
    const optional = (field: Field) => mapping[field] || null;
    return {
      identityNumber: mapping.identityNumber,
      givenName: optional('givenName'),
      familyName: optional('familyName'),
      fullName: optional('fullName'),
      coordinatorEmail: optional('coordinatorEmail'),
      registeredOn: optional('registeredOn'),
      status: optional('status'),
      registrationReason: optional('registrationReason'),
      phone: optional('phone'),
      email: optional('email'),
      defaultRegistrationReason: reason,
    };
  };

  const onSave = async () => {
    setProblem(undefined);
    setNotice(undefined);
    const input = mappingInput();
    if (!input) return;
    try {
      await saveMapping({ variables: { input }, refetchQueries: [RegisterImportMappingDocument] });
      setNotice(t('registerImport.mappingSaved'));
    } catch (error) {
      setProblem(message(error));
    }
  };

  const onDryRun = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setNotice(undefined);
    const input = mappingInput();
    if (!input || !fileId) return;
    try {
      const result = await dryRun({ variables: { input: { fileId, mapping: input } } });
      const started = result.data?.dryRunRegisterImport;
      setImportId(started?.id);
      setJobId(started?.jobId ?? undefined);
    } catch (error) {
      setProblem(message(error));
    }
  };

  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('registerImport.title')}</PageHeading>
        <BodyLong>{t('registerImport.intro')}</BodyLong>
      </div>
      {problem && (
        <Alert variant="error" role="alert">
          {problem}
        </Alert>
      )}
      {notice && (
        <Alert variant="success" role="status">
          {notice}
        </Alert>
      )}
      <FileUploadForm
        legend={t('registerImport.fileLegend')}
        submitLabel={t('registerImport.readFile')}
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        fileLabel={t('registerImport.file')}
        busyText={(file) => t('registerImport.reading', { file: file.name })}
        onUploaded={(id) => readColumns(id)}
        describeError={(error) => {
          // The import's own codes; the file's (FILE_*) are the form's.
          const code = errorCode(error);
          return isRegisterImportCode(code)
            ? { message: t(registerImportCodeKey(code) as 'registerImport.codes.JOB_FAILED'), rows: [] }
            : undefined;
        }}
      />
      {mapping && (
        <form onSubmit={(e) => void onDryRun(e)} noValidate className="brygga-narrow">
          <Fieldset legend={t('registerImport.mappingLegend')} description={t('registerImport.mappingIntro')}>
            <VStack gap="space-16">
              {FIELDS.map((field) => (
                <Select
                  key={field}
                  label={t(`registerImport.fields.${field}`)}
                  value={mapping[field]}
                  onChange={(e) => setMapping({ ...mapping, [field]: e.target.value })}
                >
                  <option value="">{t('registerImport.notInFile')}</option>
                  {columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </Select>
              ))}
              <Select
                label={t('registerImport.defaultReason')}
                value={reason}
                onChange={(e) => setReason(e.target.value as RegistrationReason)}
              >
                {REASONS.map((value) => (
                  <option key={value} value={value}>
                    {t(`enums.RegistrationReason.${value}`)}
                  </option>
                ))}
              </Select>
              <HStack gap="space-16">
                <Button type="button" variant="secondary" onClick={() => void onSave()}>
                  {t('registerImport.saveMapping')}
                </Button>
                <Button type="submit">{t('registerImport.dryRun')}</Button>
              </HStack>
            </VStack>
          </Fieldset>
        </form>
      )}
      {importId && <DryRunReport key={importId} importId={importId} jobId={jobId} />}
    </VStack>
  );
}

function DryRunReport({ importId, jobId }: { importId: string; jobId: string | undefined }) {
  const { t } = useTranslation();
  const job = useQuery(RegisterImportJobDocument, {
    variables: { id: jobId ?? '' },
    skip: !jobId,
    pollInterval: 500,
    fetchPolicy: 'network-only',
  });
  const finished = job.data?.job.status === 'SUCCEEDED' || job.data?.job.status === 'FAILED';
  const { stopPolling } = job;
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  const entry = useQuery(RegisterImportDocument, {
    variables: { id: importId },
    skip: !finished,
    fetchPolicy: 'network-only',
  }).data?.registerImport;

  return (
    <section aria-labelledby="register-import-report" className="brygga-narrow">
      <Heading level="2" size="medium" spacing id="register-import-report">
        {t('registerImport.dryRunHeading')}
      </Heading>
      {!entry && (
        <BodyShort role="status">
          {job.data?.job.progressTotal
            ? t('registerImport.progress', {
                done: formatNumber(job.data.job.progressDone),
                total: formatNumber(job.data.job.progressTotal),
              })
            : t('registerImport.progressUnknown', { done: formatNumber(job.data?.job.progressDone ?? 0) })}
        </BodyShort>
      )}
      {entry?.status === 'REFUSED' && (
        <Alert variant="error" role="alert">
          {t('registerImport.refused', {
            message: t(registerImportCodeKey(entry.errorCode) as 'registerImport.codes.JOB_FAILED'),
          })}
        </Alert>
      )}
      {entry && entry.status !== 'REFUSED' && entry.status !== 'QUEUED' && <Report entry={entry} />}
    </section>
  );
}

function Report({ entry }: { entry: RegisterImportFieldsFragment }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>([]);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const client = useApolloClient();
  const [result, setResult] = useState<RegisterImportFieldsFragment>(entry);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [run, { loading }] = useMutation(RunRegisterImportDocument);

  const load = async (after: string | null) => {
    const { data } = await client.query({
      query: RegisterImportRowsDocument,
      variables: { importId: entry.id, actions: ['UPDATE', 'REFUSED'], first: PAGE, after },
      fetchPolicy: 'network-only',
    });
    const page = data?.registerImportRows;
    if (!page) return;
    setRows((known) => (after ? [...known, ...page.nodes] : page.nodes));
    setTotal(page.totalCount);
    setCursor(page.pageInfo.endCursor ?? null);
    setMore(page.pageInfo.hasNextPage);
  };
  useEffect(() => {
    void load(null);
    // Loaded once per dry run; later pages on request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry.id]);

  const counts: Array<{ key: string; label: string; value: number }> = [
    { key: 'rows', label: t('registerImport.counts.rows'), value: result.rowCount },
    { key: 'create', label: t('registerImport.counts.create'), value: result.createCount },
    { key: 'update', label: t('registerImport.counts.update'), value: result.updateCount },
    { key: 'unchanged', label: t('registerImport.counts.unchanged'), value: result.unchangedCount },
    { key: 'refused', label: t('registerImport.counts.refused'), value: result.refusedCount },
  ];
  const countColumns = useMemo<Array<DataTableColumn<(typeof counts)[number]>>>(
    () => [
      { id: 'what', header: t('registerImport.action'), cell: (row) => row.label },
      { id: 'count', header: t('registerImport.counts.rows'), cell: (row) => formatNumber(row.value) },
    ],
    [t],
  );
  const rowColumns = useMemo<Array<DataTableColumn<Row>>>(
    () => [
      { id: 'line', header: t('registerImport.line'), cell: (row) => formatNumber(row.line) },
      { id: 'action', header: t('registerImport.action'), cell: (row) => t(`registerImport.actions.${row.action}`) },
      { id: 'column', header: t('registerImport.column'), cell: (row) => row.field ?? '–' },
      {
        id: 'detail',
        header: t('registerImport.detail'),
        cell: (row) =>
          row.action === 'UPDATE'
            ? t('registerImport.changesList', {
                fields: row.changes.map((change) => t(`registerImport.changes.${change as 'givenName'}`)).join(', '),
              })
            : t(registerImportCodeKey(row.code) as 'registerImport.codes.JOB_FAILED'),
      },
    ],
    [t],
  );

  // The run is a job: the mutation queues it (runJobId), RunProgress follows it and reads the
  // import again once it has ended.
  const confirmRun = async () => {
    setProblem(undefined);
    try {
      const done = await run({ variables: { id: entry.id } });
      if (done.data) setResult(done.data.runRegisterImport);
      setConfirming(false);
    } catch (error) {
      setProblem(t(registerImportCodeKey(errorCode(error)) as 'registerImport.codes.JOB_FAILED'));
      setConfirming(false);
    }
  };
  const runEnded = async (failedWith: string | null | undefined) => {
    const { data } = await client.query({
      query: RegisterImportDocument,
      variables: { id: entry.id },
      fetchPolicy: 'network-only',
    });
    if (data?.registerImport) setResult(data.registerImport);
    if (failedWith !== undefined) {
      setProblem(
        t('registerImport.runFailed', {
          message: t(registerImportCodeKey(failedWith) as 'registerImport.codes.JOB_FAILED'),
        }),
      );
    }
  };
  const running = result.status === 'READY' && result.runJobId !== null && result.runJobId !== undefined && !problem;

  return (
    <VStack gap="space-24">
      <DataTable
        caption={t('registerImport.countsCaption')}
        regionLabel={t('registerImport.countsCaption')}
        columns={countColumns}
        rows={counts}
        rowKey={(row) => row.key}
      />
      {rows.length === 0 ? (
        <BodyShort>{t('registerImport.noRows')}</BodyShort>
      ) : (
        <VStack gap="space-8">
          <DataTable
            caption={t('registerImport.rowsCaption')}
            regionLabel={t('registerImport.rowsCaption')}
            columns={rowColumns}
            rows={rows}
            rowKey={(row) => String(row.line)}
          />
          <BodyShort>
            {t('registerImport.shown', { shown: formatNumber(rows.length), total: formatNumber(total) })}
          </BodyShort>
          {more && (
            <div>
              <Button variant="secondary" onClick={() => void load(cursor)}>
                {t('registerImport.more')}
              </Button>
            </div>
          )}
        </VStack>
      )}
      <section aria-labelledby="register-import-run">
        <Heading level="2" size="medium" spacing id="register-import-run">
          {t('registerImport.runHeading')}
        </Heading>
        {problem && (
          <Alert variant="error" role="alert">
            {problem}
          </Alert>
        )}
        {running && result.runJobId ? (
          <RunProgress key={result.runJobId} jobId={result.runJobId} onEnded={(code) => void runEnded(code)} />
        ) : result.status === 'APPLIED' ? (
          <Alert variant="success" role="status">
            {t('registerImport.done', {
              create: formatNumber(result.createCount),
              update: formatNumber(result.updateCount),
            })}
          </Alert>
        ) : confirming ? (
          <VStack gap="space-16">
            <BodyLong>
              {t('registerImport.confirm', {
                create: formatNumber(result.createCount),
                update: formatNumber(result.updateCount),
              })}
            </BodyLong>
            <HStack gap="space-16">
              <Button onClick={() => void confirmRun()} loading={loading}>
                {t('registerImport.confirmYes')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('registerImport.cancel')}
              </Button>
            </HStack>
          </VStack>
        ) : (
          <VStack gap="space-16">
            <BodyLong>{t('registerImport.runIntro')}</BodyLong>
            <div>
              <Button onClick={() => setConfirming(true)}>{t('registerImport.run')}</Button>
            </div>
          </VStack>
        )}
      </section>
    </VStack>
  );
}

// The run's job: rows applied of total while it runs (polled); calls onEnded once, with
// undefined when it succeeded and its error code when it failed.
function RunProgress({ jobId, onEnded }: { jobId: string; onEnded: (failedWith: string | null | undefined) => void }) {
  const { t } = useTranslation();
  const job = useQuery(RegisterImportJobDocument, {
    variables: { id: jobId },
    pollInterval: 500,
    fetchPolicy: 'network-only',
  }).data?.job;
  const status = job?.status;
  const code = job?.errorCode;
  useEffect(() => {
    if (status === 'SUCCEEDED') onEnded(undefined);
    if (status === 'FAILED') onEnded(code ?? 'JOB_FAILED');
    // onEnded is the parent's fresh closure on every render; the job's end is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, code]);
  return (
    <BodyShort role="status">
      {job?.progressTotal
        ? t('registerImport.running', {
            done: formatNumber(job.progressDone),
            total: formatNumber(job.progressTotal),
          })
        : t('registerImport.runningQueued')}
    </BodyShort>
  );
}
