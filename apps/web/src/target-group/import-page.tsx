import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorCode, errorMessageKey } from '../app/api-error';
import {
  ImportTargetGroupFileDocument,
  StartTargetGroupRunDocument,
  TargetGroupImportsDocument,
  TargetGroupJobDocument,
} from '../gql/target-group/target-group';
import type { TargetGroupImportFieldsFragment, TargetGroupImportKind } from '../gql/graphql';
import { formatDate, formatNumber, todayIso } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  DataTable,
  Heading,
  LoadingState,
  PageHeading,
  Select,
  TextField,
  VStack,
  type DataTableColumn,
} from '../ui';
import { FileUploadForm } from '../upload/file-upload-form';
import { TARGET_GROUP_PATH } from './routes';
import { importRefusalText, refusedRows, targetGroupErrorKey } from './target-group-text';

type Import = TargetGroupImportFieldsFragment;

// Uploads the population extract and the schools' enrolment lists, shows each import's progress
// and, for a refused file, every refused row with its line; then starts the matching.
export function TargetGroupImportPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(TargetGroupImportsDocument, { fetchPolicy: 'cache-and-network' });
  const imports = data?.targetGroupImports.nodes;
  const refresh = useCallback(() => void refetch(), [refetch]);

  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('targetGroup.importTitle')}</PageHeading>
        <BodyLong>{t('targetGroup.importIntro')}</BodyLong>
      </div>
      <UploadForm kind="POPULATION" onStarted={refresh} />
      <UploadForm kind="ENROLLMENT" onStarted={refresh} />
      <section aria-labelledby="target-group-imports">
        <Heading level="2" size="medium" spacing id="target-group-imports">
          {t('targetGroup.importsHeading')}
        </Heading>
        {error && (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        )}
        {!imports && !error && <LoadingState />}
        {imports && <ImportsTable imports={imports} onFinished={refresh} />}
      </section>
      {imports && <RunForm imports={imports} />}
    </VStack>
  );
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// One kind of list through the shared upload form: the list's date (and, for a school's lists,
// the school's name) beside the files; each file read becomes an import the table follows.
function UploadForm({ kind, onStarted }: { kind: TargetGroupImportKind; onStarted: () => void }) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayIso());
  const [schoolName, setSchoolName] = useState('');
  const [dateError, setDateError] = useState<string>();
  const [startImport] = useMutation(ImportTargetGroupFileDocument);
  const population = kind === 'POPULATION';

  return (
    <FileUploadForm
      legend={population ? t('targetGroup.populationLegend') : t('targetGroup.enrollmentLegend')}
      submitLabel={t('targetGroup.upload')}
      accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      fileLabel={population ? t('targetGroup.file') : t('targetGroup.files')}
      multiple={!population}
      busyText={(file) => t('targetGroup.uploading', { file: file.name })}
      clearAfterUpload
      validate={() => {
        const valid = DATE.test(asOf);
        setDateError(valid ? undefined : t('targetGroup.dateFormat'));
        return valid;
      }}
      onUploaded={async (fileId) => {
        await startImport({
          variables: {
            input: { fileId, kind, asOf, ...(schoolName.trim() ? { schoolName: schoolName.trim() } : {}) },
          },
        });
        // The import is a job: the table shows it queued and follows its progress.
        onStarted();
        return undefined;
      }}
      describeError={(error) => {
        const code = errorCode(error);
        return code.startsWith('TARGET_GROUP_')
          ? { message: t(targetGroupErrorKey(code), { column: '', count: 0 }), rows: [] }
          : undefined;
      }}
    >
      <TextField
        label={t('targetGroup.asOf')}
        description={t('targetGroup.dateHint')}
        value={asOf}
        onChange={(e) => setAsOf(e.target.value)}
        error={dateError}
      />
      {!population && (
        <TextField
          label={t('targetGroup.schoolName')}
          value={schoolName}
          onChange={(e) => setSchoolName(e.target.value)}
          maxLength={200}
        />
      )}
    </FileUploadForm>
  );
}

// A running job's progress, polled until it ends.
function JobProgress({ jobId, onFinished }: { jobId: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const { data, stopPolling } = useQuery(TargetGroupJobDocument, {
    variables: { id: jobId },
    pollInterval: 500,
    fetchPolicy: 'network-only',
  });
  const job = data?.job;
  const finished = job?.status === 'SUCCEEDED' || job?.status === 'FAILED';
  useEffect(() => {
    if (finished) {
      stopPolling();
      onFinished();
    }
  }, [finished, stopPolling, onFinished]);
  if (!job) return <>{t('targetGroup.enums.TargetGroupImportStatus.QUEUED')}</>;
  return (
    <span role="status">
      {job.progressTotal
        ? t('targetGroup.progressOf', { done: formatNumber(job.progressDone), total: formatNumber(job.progressTotal) })
        : t('targetGroup.progress', { done: formatNumber(job.progressDone) })}
    </span>
  );
}

function ImportsTable({ imports, onFinished }: { imports: Import[]; onFinished: () => void }) {
  const { t } = useTranslation();
  const columns = useMemo<Array<DataTableColumn<Import>>>(
    () => [
      { id: 'file', header: t('targetGroup.file'), cell: (row) => row.fileName },
      {
        id: 'kind',
        header: t('targetGroup.kind'),
        cell: (row) =>
          `${t(`targetGroup.enums.TargetGroupImportKind.${row.kind}`)}${row.schoolName ? ` (${row.schoolName})` : ''}`,
      },
      { id: 'asOf', header: t('targetGroup.asOf'), cell: (row) => formatDate(row.asOf) },
      {
        id: 'status',
        header: t('targetGroup.status'),
        cell: (row) =>
          row.status === 'QUEUED' && row.jobId ? (
            <JobProgress jobId={row.jobId} onFinished={onFinished} />
          ) : (
            t(`targetGroup.enums.TargetGroupImportStatus.${row.status}`)
          ),
      },
      { id: 'rows', header: t('targetGroup.rows'), cell: (row) => formatNumber(row.rowCount) },
    ],
    [t, onFinished],
  );
  const refused = imports.filter((row) => row.status === 'REFUSED');
  return (
    <VStack gap="space-24">
      <DataTable
        caption={t('targetGroup.importsCaption')}
        regionLabel={t('targetGroup.importsCaption')}
        columns={columns}
        rows={imports}
        rowKey={(row) => row.id}
      />
      {refused.map((row) => (
        <RefusedImport key={row.id} entry={row} />
      ))}
    </VStack>
  );
}

function RefusedImport({ entry }: { entry: Import }) {
  const { t } = useTranslation();
  const columns = useMemo<Array<DataTableColumn<Import['errors'][number]>>>(
    () => [
      { id: 'line', header: t('targetGroup.line'), cell: (row) => formatNumber(row.line) },
      { id: 'column', header: t('targetGroup.column'), cell: (row) => row.field ?? '–' },
      { id: 'problem', header: t('targetGroup.problem'), cell: (row) => t(targetGroupErrorKey(row.code)) },
    ],
    [t],
  );
  const caption = t('targetGroup.rowErrorsCaption', { file: entry.fileName });
  // A refusal of the whole file is the message alone: its one entry is where the file failed,
  // not a row to correct, and a one-row table of it said the same thing twice.
  const rows = refusedRows(entry);
  return (
    <VStack gap="space-8">
      <Alert variant="error">{importRefusalText(t, entry)}</Alert>
      {rows.length > 0 && (
        <DataTable
          caption={caption}
          regionLabel={caption}
          columns={columns}
          rows={rows}
          rowKey={(row) => `${row.line}-${row.code}`}
        />
      )}
    </VStack>
  );
}

function RunForm({ imports }: { imports: Import[] }) {
  const { t } = useTranslation();
  const populations = imports.filter((row) => row.kind === 'POPULATION' && row.status === 'SUCCEEDED');
  const lists = imports.filter((row) => row.kind === 'ENROLLMENT' && row.status === 'SUCCEEDED');
  const [population, setPopulation] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [jobId, setJobId] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [start, { loading }] = useMutation(StartTargetGroupRunDocument);
  const populationId = population || populations[0]?.id || '';
  const listIds = chosen.length > 0 ? chosen : lists.map((row) => row.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setJobId(undefined);
    if (!populationId || listIds.length === 0) {
      setProblem(t('targetGroup.needImports'));
      return;
    }
    try {
      const result = await start({
        variables: { input: { populationImportId: populationId, enrollmentImportIds: listIds } },
      });
      setJobId(result.data?.startTargetGroupRun.jobId ?? undefined);
    } catch (error) {
      const code = errorCode(error);
      setProblem(code.startsWith('TARGET_GROUP_') ? t(targetGroupErrorKey(code)) : t(errorMessageKey(error)));
    }
  };

  return (
    <section aria-labelledby="target-group-run" className="brygga-narrow">
      <Heading level="2" size="medium" spacing id="target-group-run">
        {t('targetGroup.runHeading')}
      </Heading>
      <BodyLong spacing>{t('targetGroup.runIntro')}</BodyLong>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <VStack gap="space-16">
          {problem && (
            <Alert variant="error" role="alert">
              {problem}
            </Alert>
          )}
          <Select
            label={t('targetGroup.runPopulation')}
            value={populationId}
            onChange={(e) => setPopulation(e.target.value)}
          >
            {populations.length === 0 && <option value="">{t('targetGroup.choose')}</option>}
            {populations.map((row) => (
              <option key={row.id} value={row.id}>
                {row.fileName} ({formatDate(row.asOf)})
              </option>
            ))}
          </Select>
          <CheckboxGroup
            legend={t('targetGroup.runLists')}
            value={listIds}
            onChange={(value: string[]) => setChosen(value)}
          >
            {lists.map((row) => (
              <Checkbox key={row.id} value={row.id}>
                {row.fileName} ({formatDate(row.asOf)})
              </Checkbox>
            ))}
          </CheckboxGroup>
          <div>
            <Button type="submit" loading={loading}>
              {t('targetGroup.startRun')}
            </Button>
          </div>
          {jobId && <RunProgress jobId={jobId} />}
        </VStack>
      </form>
    </section>
  );
}

function RunProgress({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const { data, stopPolling } = useQuery(TargetGroupJobDocument, {
    variables: { id: jobId },
    pollInterval: 500,
    fetchPolicy: 'network-only',
  });
  const job = data?.job;
  const finished = job?.status === 'SUCCEEDED' || job?.status === 'FAILED';
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);
  const count = (name: string) => job?.counts.find((c) => c.name === name)?.value ?? 0;
  if (job?.status === 'SUCCEEDED') {
    return (
      <Alert variant="success" role="status">
        {t('targetGroup.runDone', {
          new: formatNumber(count('new')),
          still: formatNumber(count('still')),
          left: formatNumber(count('left')),
        })}{' '}
        <RouterLink to={TARGET_GROUP_PATH}>{t('targetGroup.openQueue')}</RouterLink>
      </Alert>
    );
  }
  if (job?.status === 'FAILED') {
    return (
      <Alert variant="error" role="alert">
        {t('targetGroup.runFailed')}
      </Alert>
    );
  }
  return <BodyShort role="status">{t('targetGroup.runRunning')}</BodyShort>;
}
