import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorDetails, errorMessageKey } from '../app/api-error';
import { ImportSignalsDocument, RecordSignalDocument, SignalsDocument } from '../gql/signals/signals';
import type { SignalFieldsFragment, SignalKind } from '../gql/graphql';
import { formatNumber, todayIso } from '../i18n/format';
import { FileUploadForm } from '../upload/file-upload-form';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  Fieldset,
  FormErrorSummary,
  Heading,
  LoadingState,
  PageHeading,
  Select,
  TextField,
  Textarea,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';
import { CursorPager } from '../ui/cursor-pager';
import { handlingText, refusedRows, signalErrorKey, signalWhen } from './signals-text';

// Signals a page, paged on the server by cursor (issue 15: the lists stopped at 100 silently).
export const SIGNALS_PAGE_SIZE = 50;

const KINDS: SignalKind[] = [
  'UNEXCUSED_ABSENCE',
  'ABSENCE_INVESTIGATION_STARTED',
  'STARTED_UPPER_SECONDARY',
  'LEFT_UPPER_SECONDARY',
  'ABSENCE_PERIOD',
];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// School staff: send one signal, upload a file of them, and see the signals the school sent with
// how the KAA unit handled each.
export function SchoolSignalsPage() {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const { data, error, refetch } = useQuery(SignalsDocument, {
    variables: { first: SIGNALS_PAGE_SIZE, after: cursors.at(-1) },
    fetchPolicy: 'cache-and-network',
  });
  const refresh = () => void refetch();
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('signals.schoolTitle')}</PageHeading>
        <BodyLong>{t('signals.schoolIntro')}</BodyLong>
      </div>
      <SendForm onSent={refresh} />
      <UploadForm onImported={refresh} />
      <section aria-labelledby="signals-sent">
        <Heading level="2" size="medium" spacing id="signals-sent">
          {t('signals.sentHeading')}
        </Heading>
        {error && (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        )}
        {!data && !error && <LoadingState />}
        {data && <SignalsTable signals={data.signals.nodes} />}
        {data && <SignalsPager connection={data.signals} cursors={cursors} onChange={setCursors} />}
      </section>
    </VStack>
  );
}

// Where the page is in the list and the way to the previous and next page.
export function SignalsPager({
  connection,
  cursors,
  onChange,
}: {
  connection: {
    totalCount: number;
    nodes: readonly unknown[];
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
  cursors: string[];
  onChange: (cursors: string[]) => void;
}) {
  const { t } = useTranslation();
  if (connection.totalCount === 0) return null;
  const from = cursors.length * SIGNALS_PAGE_SIZE + 1;
  return (
    <VStack gap="space-8">
      <BodyShort>
        {t('signals.range', {
          from: formatNumber(from),
          to: formatNumber(from + connection.nodes.length - 1),
          total: formatNumber(connection.totalCount),
        })}
      </BodyShort>
      <CursorPager
        cursors={cursors}
        onChange={onChange}
        pageInfo={connection.pageInfo}
        previousLabel={t('signals.previous')}
        nextLabel={t('signals.next')}
      />
    </VStack>
  );
}

export function SignalsTable({
  signals,
  action,
}: {
  signals: SignalFieldsFragment[];
  action?: DataTableColumn<SignalFieldsFragment>;
}) {
  const { t } = useTranslation();
  const columns = useMemo<Array<DataTableColumn<SignalFieldsFragment>>>(
    () => [
      { id: 'person', header: t('signals.identityNumber'), cell: (row) => row.personalIdentityNumber },
      {
        id: 'kind',
        header: t('signals.kind'),
        cell: (row) => (
          <VStack>
            <span>{t(`signals.enums.SignalKind.${row.kind}`)}</span>
            {row.details && <BodyShort size="small">{row.details}</BodyShort>}
          </VStack>
        ),
      },
      { id: 'when', header: t('signals.occurredOn'), cell: (row) => signalWhen(t, row) },
      { id: 'school', header: t('signals.school'), cell: (row) => row.schoolName },
      // The pupil's home municipality, whose KAA unit the signal went to (the school's own unless
      // the signal named another).
      { id: 'home', header: t('signals.homeMunicipality'), cell: (row) => row.homeMunicipalityName },
      { id: 'status', header: t('signals.status'), cell: (row) => handlingText(t, row) },
      ...(action ? [action] : []),
    ],
    [t, action],
  );
  if (signals.length === 0) return <BodyShort>{t('signals.none')}</BodyShort>;
  return (
    <DataTable
      caption={t('signals.caption')}
      regionLabel={t('signals.caption')}
      columns={columns}
      rows={signals}
      rowKey={(row) => row.id}
    />
  );
}

// The send form's fields by the names the api gives in an error's `field` (SIGNAL_DATE_INVALID),
// with their element ids, for the error summary's links.
const FIELD_IDS = {
  personalIdentityNumber: 'signal-pnr',
  occurredOn: 'signal-occurred-on',
  periodStart: 'signal-period-start',
  periodEnd: 'signal-period-end',
  absencePercent: 'signal-percent',
} as const;
type SendField = keyof typeof FIELD_IDS;

function SendForm({ onSent }: { onSent: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<SignalKind>('UNEXCUSED_ABSENCE');
  const [pnr, setPnr] = useState('');
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [percent, setPercent] = useState('');
  const [details, setDetails] = useState('');
  const [problem, setProblem] = useState<string>();
  // The fields' errors in the form's order, for the summary (focused on a failed submit, as in
  // the app's other forms; issue 15) and beside each field.
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [done, setDone] = useState(false);
  const [record, { loading }] = useMutation(RecordSignalDocument);
  const period = kind === 'ABSENCE_PERIOD';
  const errorFor = (field: SendField) => errors.find((error) => error.fieldId === FIELD_IDS[field])?.message;
  const dateFormat = (label: string) => t('signals.dateFormat', { field: label.toLowerCase() });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setDone(false);
    const list: FieldError[] = [];
    const refuse = (field: SendField, message: string) => list.push({ fieldId: FIELD_IDS[field], message });
    if (!pnr.trim())
      refuse('personalIdentityNumber', t('signals.required', { field: t('signals.identityNumber').toLowerCase() }));
    if (!ISO_DATE.test(occurredOn)) refuse('occurredOn', dateFormat(t('signals.occurredOn')));
    if (period && !ISO_DATE.test(periodStart)) refuse('periodStart', dateFormat(t('signals.periodStart')));
    if (period && !ISO_DATE.test(periodEnd)) refuse('periodEnd', dateFormat(t('signals.periodEnd')));
    if (period && !(/^\d{1,3}$/.test(percent.trim()) && Number(percent.trim()) <= 100)) {
      refuse('absencePercent', t('signals.percentFormat'));
    }
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      await record({
        variables: {
          input: {
            kind,
            personalIdentityNumber: pnr.trim(),
            occurredOn,
            ...(period ? { periodStart, periodEnd, absencePercent: Number(percent.trim()) } : {}),
            ...(details.trim() ? { details: details.trim() } : {}),
          },
        },
      });
      setPnr('');
      setDetails('');
      setDone(true);
      onSent();
    } catch (error) {
      const code = errorCode(error);
      const key = signalErrorKey(code);
      // A refusal the api ties to a field goes to the summary and the field, as the form's own.
      const field: SendField | undefined =
        code === 'YOUNG_PERSON_IDENTITY_NUMBER_INVALID'
          ? 'personalIdentityNumber'
          : code === 'SIGNAL_DATE_INVALID'
            ? fieldOf(errorDetails(error).field)
            : undefined;
      if (key && field) {
        setErrors([{ fieldId: FIELD_IDS[field], message: t(key, { column: '' }) }]);
        setSubmitCount((n) => n + 1);
        return;
      }
      setProblem(key ? t(key, { column: '' }) : t(errorMessageKey(error)));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="brygga-narrow">
      <Fieldset legend={t('signals.sendLegend')}>
        <VStack gap="space-16">
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          {problem && (
            <Alert variant="error" role="alert">
              {problem}
            </Alert>
          )}
          {done && (
            <Alert variant="success" role="status">
              {t('signals.sent')}
            </Alert>
          )}
          <Select label={t('signals.kind')} value={kind} onChange={(e) => setKind(e.target.value as SignalKind)}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`signals.enums.SignalKind.${value}`)}
              </option>
            ))}
          </Select>
          <TextField
            id={FIELD_IDS.personalIdentityNumber}
            label={t('signals.identityNumber')}
            description={t('signals.identityNumberHint')}
            value={pnr}
            onChange={(e) => setPnr(e.target.value)}
            error={errorFor('personalIdentityNumber')}
            autoComplete="off"
          />
          <TextField
            id={FIELD_IDS.occurredOn}
            label={t('signals.occurredOn')}
            description={t('signals.dateHint')}
            value={occurredOn}
            onChange={(e) => setOccurredOn(e.target.value)}
            error={errorFor('occurredOn')}
          />
          {period && (
            <>
              <TextField
                id={FIELD_IDS.periodStart}
                label={t('signals.periodStart')}
                description={t('signals.dateHint')}
                value={periodStart}
                onChange={(e) => setPeriodStart(e.target.value)}
                error={errorFor('periodStart')}
              />
              <TextField
                id={FIELD_IDS.periodEnd}
                label={t('signals.periodEnd')}
                description={t('signals.dateHint')}
                value={periodEnd}
                onChange={(e) => setPeriodEnd(e.target.value)}
                error={errorFor('periodEnd')}
              />
              <TextField
                id={FIELD_IDS.absencePercent}
                label={t('signals.absencePercent')}
                inputMode="numeric"
                value={percent}
                onChange={(e) => setPercent(e.target.value)}
                error={errorFor('absencePercent')}
              />
            </>
          )}
          <Textarea
            label={t('signals.details')}
            value={details}
            onChange={(e) => setDetails(e.target.value)}
            maxLength={1000}
          />
          <div>
            <Button type="submit" loading={loading}>
              {t('signals.send')}
            </Button>
          </div>
        </VStack>
      </Fieldset>
    </form>
  );
}

// The send form's field an api error's `field` names, if it is one of the form's.
function fieldOf(field: unknown): SendField | undefined {
  return typeof field === 'string' && Object.hasOwn(FIELD_IDS, field) ? (field as SendField) : undefined;
}

// The school's file of signals, through the app's shared upload form.
function UploadForm({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const [importSignals] = useMutation(ImportSignalsDocument);
  return (
    <FileUploadForm
      legend={t('signals.uploadLegend')}
      description={t('signals.uploadHint')}
      submitLabel={t('signals.upload')}
      onUploaded={async (fileId) => {
        // A key per upload: a retried request is the same import; the same file uploaded again
        // is recognised by its content.
        const { data } = await importSignals({
          variables: { input: { fileId, idempotencyKey: `web-${fileId}` } },
        });
        onImported();
        const done = data?.importSignals;
        if (!done) return undefined;
        return done.repeated
          ? t('signals.importedAgain', { file: done.fileName })
          : t('signals.imported', { file: done.fileName, rows: done.rowCount, created: done.createdCount });
      }}
      describeError={(error) => {
        const code = errorCode(error);
        const details = errorDetails(error);
        const key = signalErrorKey(code);
        if (code === 'SIGNAL_ROWS_INVALID') {
          return {
            message: t('signals.rowsRefused', { refused: Number(details.refused ?? 0) }),
            rows: refusedRows(t, details.rows),
          };
        }
        if (!key) return undefined;
        return { message: t(key, { column: typeof details.column === 'string' ? details.column : '' }), rows: [] };
      }}
    />
  );
}
