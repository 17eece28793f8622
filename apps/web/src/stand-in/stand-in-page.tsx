import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorDetails, errorMessageKey } from '../app/api-error';
import { useLoadAll } from '../app/load-more';
import { MoreTeamCoordinatorsDocument, TeamCoordinatorsDocument } from '../gql/caseload/team';
import { AppointStandInDocument, EndStandInDocument, StandInsDocument } from '../gql/stand-in/stand-in';
import type { StandInsQuery } from '../gql/graphql';
import { compareSv, formatDate, todayIso } from '../i18n/format';
import {
  Alert,
  BodyLong,
  Button,
  DataTable,
  FormErrorSummary,
  HStack,
  Heading,
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

type StandInRow = StandInsQuery['standIns'][number];
type Field = 'absent' | 'standIn' | 'fromOn' | 'toOn';

const FIELD_IDS: Record<Field, string> = {
  absent: 'stand-in-absent',
  standIn: 'stand-in-stand-in',
  fromOn: 'stand-in-from',
  toOn: 'stand-in-to',
};
// The api's `details.field` for each form field.
const FIELD_BY_INPUT: Record<string, Field> = {
  absentUserId: 'absent',
  standInUserId: 'standIn',
  fromOn: 'fromOn',
  toOn: 'toOn',
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Team lead: the unit's stand-ins (vikarier, issue 17). Appointing names an absent coordinator
// and a stand-in of the unit for a period; ending asks for confirmation, since the stand-in
// loses access at once. What a stand-in may see follows from the api, not from this page.
export function StandInPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(StandInsDocument, { fetchPolicy: 'cache-and-network' });
  const teamResult = useQuery(TeamCoordinatorsDocument);
  const { data: team } = teamResult;
  useLoadAll(teamResult, 'users', MoreTeamCoordinatorsDocument);
  const [appoint, { loading: appointing }] = useMutation(AppointStandInDocument);
  const [endStandIn, { loading: ending }] = useMutation(EndStandInDocument);
  const [form, setForm] = useState<Record<Field, string>>({ absent: '', standIn: '', fromOn: todayIso(), toOn: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [notice, setNotice] = useState<{ text: string; ok: boolean }>();
  const [confirming, setConfirming] = useState<StandInRow>();
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const coordinators = useMemo(
    () =>
      (team?.users.nodes ?? [])
        .filter((u) => !u.disabled && u.memberships.some((m) => m.role === 'COORDINATOR' && m.endedAt === null))
        .sort((a, b) => compareSv(a.displayName, b.displayName)),
    [team],
  );
  const labels: Record<Field, string> = {
    absent: t('standIn.absent'),
    standIn: t('standIn.standIn'),
    fromOn: t('standIn.fromOn'),
    toOn: t('standIn.toOn'),
  };
  const lower = (field: Field) => labels[field].toLowerCase();
  const errorFor = (field: Field) => errors.find((e) => e.fieldId === FIELD_IDS[field])?.message;
  const set = (field: Field, value: string) => setForm((previous) => ({ ...previous, [field]: value }));

  const validate = (): FieldError[] => {
    const list: FieldError[] = [];
    for (const field of ['absent', 'standIn'] as const) {
      if (!form[field])
        list.push({ fieldId: FIELD_IDS[field], message: t('standIn.required', { field: lower(field) }) });
    }
    if (form.absent && form.absent === form.standIn) {
      list.push({ fieldId: FIELD_IDS.standIn, message: t('standIn.samePerson') });
    }
    for (const field of ['fromOn', 'toOn'] as const) {
      if (!ISO_DATE.test(form[field])) {
        list.push({ fieldId: FIELD_IDS[field], message: t('standIn.dateFormat', { field: lower(field) }) });
      }
    }
    if (ISO_DATE.test(form.fromOn) && ISO_DATE.test(form.toOn) && form.toOn < form.fromOn) {
      list.push({ fieldId: FIELD_IDS.toOn, message: t('standIn.toBeforeFrom') });
    }
    return list;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    const list = validate();
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      const res = await appoint({
        variables: {
          input: { absentUserId: form.absent, standInUserId: form.standIn, fromOn: form.fromOn, toOn: form.toOn },
        },
      });
      const made = res.data?.appointStandIn;
      setForm({ absent: '', standIn: '', fromOn: todayIso(), toOn: '' });
      setErrors([]);
      if (made) {
        setNotice({
          ok: true,
          text: t('standIn.appointed', {
            standIn: made.standInName,
            absent: made.absentName,
            fromOn: formatDate(made.fromOn),
            toOn: formatDate(made.toOn),
          }),
        });
      }
      await refetch();
    } catch (failure) {
      // A rule the api refused goes to its field (details.field), else to the first one.
      const named = errorDetails(failure).field;
      const field = typeof named === 'string' ? FIELD_BY_INPUT[named] : undefined;
      const code = errorCode(failure);
      const target = field ?? (code === 'STAND_IN_DATES_INVALID' ? 'fromOn' : 'absent');
      setErrors([{ fieldId: FIELD_IDS[target], message: t(errorMessageKey(failure)) }]);
      setSubmitCount((n) => n + 1);
    }
  };

  const confirmEnd = async () => {
    const row = confirming;
    if (!row) return;
    setConfirming(undefined);
    try {
      await endStandIn({ variables: { id: row.id } });
      setNotice({ ok: true, text: t('standIn.ended', { absent: row.absentName }) });
    } catch (failure) {
      setNotice({ ok: false, text: t(errorMessageKey(failure)) });
    }
    await refetch();
  };

  const columns: Array<DataTableColumn<StandInRow>> = [
    { id: 'absent', header: t('standIn.absent'), cell: (row) => row.absentName },
    { id: 'standIn', header: t('standIn.standIn'), cell: (row) => row.standInName },
    {
      id: 'period',
      header: t('standIn.period'),
      cell: (row) => t('standIn.periodValue', { fromOn: formatDate(row.fromOn), toOn: formatDate(row.toOn) }),
    },
    {
      id: 'state',
      header: t('standIn.state'),
      cell: (row) => (
        <Tag size="small" variant={row.state === 'ACTIVE' ? 'success' : 'neutral'}>
          {t(`standIn.enums.StandInState.${row.state}`)}
        </Tag>
      ),
    },
    {
      id: 'actions',
      header: t('standIn.actions'),
      cell: (row) => (
        <Button
          type="button"
          size="small"
          variant="secondary"
          aria-label={t('standIn.endLabel', { absent: row.absentName })}
          onClick={() => setConfirming(row)}
        >
          {t('standIn.end')}
        </Button>
      ),
    },
  ];

  const rows = data?.standIns ?? [];
  return (
    <VStack gap="space-24">
      <PageHeading>{t('standIn.title')}</PageHeading>
      <BodyLong>{t('standIn.intro')}</BodyLong>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert variant={notice.ok ? 'success' : 'error'}>{notice.text}</Alert>
        </div>
      )}
      <section aria-labelledby="stand-in-appoint" className="brygga-card">
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="stand-in-appoint">
          <VStack gap="space-16">
            <Heading level="2" size="small" id="stand-in-appoint">
              {t('standIn.appointHeading')}
            </Heading>
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            <HStack gap="space-16" align="start" wrap>
              {(['absent', 'standIn'] as const).map((field) => (
                <Select
                  key={field}
                  id={FIELD_IDS[field]}
                  label={labels[field]}
                  value={form[field]}
                  onChange={(e) => set(field, e.target.value)}
                  error={errorFor(field)}
                >
                  <option value="">{t('standIn.choose')}</option>
                  {coordinators.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.displayName}
                    </option>
                  ))}
                </Select>
              ))}
              {(['fromOn', 'toOn'] as const).map((field) => (
                <TextField
                  key={field}
                  id={FIELD_IDS[field]}
                  label={labels[field]}
                  description={t('standIn.dateHint')}
                  value={form[field]}
                  onChange={(e) => set(field, e.target.value)}
                  error={errorFor(field)}
                  htmlSize={12}
                />
              ))}
            </HStack>
            <div>
              <Button type="submit" loading={appointing}>
                {t('standIn.appoint')}
              </Button>
            </div>
          </VStack>
        </form>
      </section>
      <section aria-labelledby="stand-in-list">
        <Heading level="2" size="small" spacing id="stand-in-list">
          {t('standIn.listHeading')}
        </Heading>
        {error ? (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        ) : !data ? (
          <LoadingState />
        ) : rows.length === 0 ? (
          <BodyLong>{t('standIn.empty')}</BodyLong>
        ) : (
          <DataTable
            caption={t('standIn.listCaption')}
            regionLabel={t('standIn.listCaption')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
          />
        )}
      </section>
      {confirming && (
        <ConfirmDialog
          heading={t('standIn.endHeading')}
          body={t('standIn.endBody', { standIn: confirming.standInName, absent: confirming.absentName })}
          confirmLabel={t('standIn.endConfirm')}
          cancelLabel={t('standIn.endCancel')}
          busy={ending}
          onConfirm={() => void confirmEnd()}
          onCancel={() => setConfirming(undefined)}
        />
      )}
    </VStack>
  );
}
