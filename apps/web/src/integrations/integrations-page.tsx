import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import {
  CreateIntegrationCredentialDocument,
  IntegrationCredentialsDocument,
  RevokeIntegrationCredentialDocument,
} from '../gql/integrations/integrations';
import type { IntegrationCredentialsQuery } from '../gql/graphql';
import { formatDate, formatDateTime } from '../i18n/format';
import { OrganizationPicker } from '../organization/organization-picker';
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
  Tag,
  TextField,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';
import { ConfirmDialog } from '../ui/confirm-dialog';

type CredentialRow = IntegrationCredentialsQuery['integrationCredentials'][number];
type Field = 'school' | 'name' | 'validDays';

const FIELD_IDS: Record<Field, string> = {
  school: 'integration-school',
  name: 'integration-name',
  validDays: 'integration-days',
};
const EMPTY_FORM: Record<Field, string> = { school: '', name: '', validDays: '365' };

// Administrator: the school systems' integration credentials (issue 16). Creating one shows its
// secret once, here, held only in this page's state; revoking asks for confirmation, since the
// school's system stops at once. Who may do this follows from the api, not from this page.
export function IntegrationsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(IntegrationCredentialsDocument, { fetchPolicy: 'cache-and-network' });
  const [create, { loading: creating }] = useMutation(CreateIntegrationCredentialDocument);
  const [revoke, { loading: revoking }] = useMutation(RevokeIntegrationCredentialDocument);
  const [form, setForm] = useState<Record<Field, string>>(EMPTY_FORM);
  // The chosen school's name, to show it in the picker (found by a search on the server).
  const [schoolName, setSchoolName] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [created, setCreated] = useState<{ name: string; secret: string }>();
  const [notice, setNotice] = useState<{ text: string; ok: boolean }>();
  const [confirming, setConfirming] = useState<CredentialRow>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const secretRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (created) secretRef.current?.focus();
  }, [created]);

  const labels: Record<Field, string> = {
    school: t('integrations.school'),
    name: t('integrations.name'),
    validDays: t('integrations.validDays'),
  };
  const errorFor = (field: Field) => errors.find((e) => e.fieldId === FIELD_IDS[field])?.message;
  const set = (field: Field, value: string) => setForm((previous) => ({ ...previous, [field]: value }));

  const validate = (): FieldError[] => {
    const list: FieldError[] = [];
    if (!form.school) {
      list.push({
        fieldId: FIELD_IDS.school,
        message: t('integrations.required', { field: labels.school.toLowerCase() }),
      });
    }
    const name = form.name.trim();
    if (!name) {
      list.push({ fieldId: FIELD_IDS.name, message: t('integrations.required', { field: labels.name.toLowerCase() }) });
    } else if (name.length < 2 || name.length > 100) {
      list.push({ fieldId: FIELD_IDS.name, message: t('integrations.nameLength') });
    }
    const days = Number(form.validDays);
    if (!/^\d+$/.test(form.validDays.trim()) || days < 1 || days > 730) {
      list.push({ fieldId: FIELD_IDS.validDays, message: t('integrations.daysRange') });
    }
    return list;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    setCreated(undefined);
    const list = validate();
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      const res = await create({
        variables: {
          input: { organizationId: form.school, name: form.name.trim(), validDays: Number(form.validDays) },
        },
      });
      const made = res.data?.createIntegrationCredential;
      setForm(EMPTY_FORM);
      setSchoolName('');
      setErrors([]);
      if (made) setCreated({ name: made.credential.name, secret: made.secret });
      await refetch();
    } catch (failure) {
      const field: Field = errorCode(failure) === 'INTEGRATION_CREDENTIAL_ORGANIZATION_INVALID' ? 'school' : 'name';
      setErrors([{ fieldId: FIELD_IDS[field], message: t(errorMessageKey(failure)) }]);
      setSubmitCount((n) => n + 1);
    }
  };

  const confirmRevoke = async () => {
    const row = confirming;
    if (!row) return;
    setConfirming(undefined);
    try {
      await revoke({ variables: { id: row.id } });
      setNotice({ ok: true, text: t('integrations.revokedNotice', { name: row.name }) });
    } catch (failure) {
      setNotice({ ok: false, text: t(errorMessageKey(failure)) });
    }
    await refetch();
  };

  const now = new Date().toISOString();
  const stateOf = (row: CredentialRow): 'revoked' | 'expired' | 'active' =>
    row.revokedAt ? 'revoked' : row.expiresAt <= now ? 'expired' : 'active';

  const columns: Array<DataTableColumn<CredentialRow>> = [
    { id: 'name', header: t('integrations.name'), cell: (row) => row.name },
    { id: 'school', header: t('integrations.school'), cell: (row) => row.organizationName },
    {
      id: 'created',
      header: t('integrations.createdAt'),
      cell: (row) => `${formatDate(row.createdAt.slice(0, 10))} (${row.createdByName})`,
    },
    { id: 'expires', header: t('integrations.expiresAt'), cell: (row) => formatDate(row.expiresAt.slice(0, 10)) },
    {
      id: 'lastUsed',
      header: t('integrations.lastUsedAt'),
      cell: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt) : t('integrations.never')),
    },
    {
      id: 'state',
      header: t('integrations.state'),
      cell: (row) => {
        const state = stateOf(row);
        return (
          <Tag size="small" variant={state === 'active' ? 'success' : 'neutral'}>
            {t(`integrations.${state}`)}
          </Tag>
        );
      },
    },
    {
      id: 'actions',
      header: t('integrations.actions'),
      cell: (row) =>
        row.revokedAt ? null : (
          <Button
            type="button"
            size="small"
            variant="secondary"
            aria-label={t('integrations.revokeLabel', { name: row.name })}
            onClick={() => setConfirming(row)}
          >
            {t('integrations.revoke')}
          </Button>
        ),
    },
  ];

  const rows = data?.integrationCredentials ?? [];
  return (
    <VStack gap="space-24">
      <PageHeading>{t('integrations.title')}</PageHeading>
      <BodyLong>{t('integrations.intro')}</BodyLong>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert variant={notice.ok ? 'success' : 'error'}>{notice.text}</Alert>
        </div>
      )}
      {created && (
        <div ref={secretRef} tabIndex={-1}>
          <Alert variant="warning">
            <VStack gap="space-12">
              <Heading level="2" size="small">
                {t('integrations.secretHeading', { name: created.name })}
              </Heading>
              <BodyLong>{t('integrations.secretBody')}</BodyLong>
              <TextField
                id="integration-secret"
                label={t('integrations.secretLabel')}
                value={created.secret}
                readOnly
                onFocus={(e) => e.target.select()}
                autoComplete="off"
              />
              <div>
                <Button type="button" variant="secondary" size="small" onClick={() => setCreated(undefined)}>
                  {t('integrations.secretDone')}
                </Button>
              </div>
            </VStack>
          </Alert>
        </div>
      )}
      <section aria-labelledby="integration-create" className="brygga-card">
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="integration-create">
          <VStack gap="space-16">
            <Heading level="2" size="small" id="integration-create">
              {t('integrations.createHeading')}
            </Heading>
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            <HStack gap="space-16" align="start" wrap>
              <OrganizationPicker
                id={FIELD_IDS.school}
                label={labels.school}
                chosen={form.school ? { id: form.school, name: schoolName } : undefined}
                onChoose={(school) => (set('school', school?.id ?? ''), setSchoolName(school?.name ?? ''))}
                choosable={(o) => o.secrecyDomain === 'SCHOOL'}
                error={errorFor('school')}
              />
              <TextField
                id={FIELD_IDS.name}
                label={labels.name}
                description={t('integrations.nameHint')}
                value={form.name}
                onChange={(e) => set('name', e.target.value)}
                error={errorFor('name')}
                maxLength={100}
              />
              <TextField
                id={FIELD_IDS.validDays}
                label={labels.validDays}
                description={t('integrations.validDaysHint')}
                value={form.validDays}
                onChange={(e) => set('validDays', e.target.value)}
                error={errorFor('validDays')}
                inputMode="numeric"
                htmlSize={6}
              />
            </HStack>
            <div>
              <Button type="submit" loading={creating}>
                {t('integrations.create')}
              </Button>
            </div>
          </VStack>
        </form>
      </section>
      <section aria-labelledby="integration-list">
        <Heading level="2" size="small" spacing id="integration-list">
          {t('integrations.listHeading')}
        </Heading>
        {error ? (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        ) : !data ? (
          <LoadingState />
        ) : rows.length === 0 ? (
          <BodyLong>{t('integrations.empty')}</BodyLong>
        ) : (
          <DataTable
            caption={t('integrations.listCaption')}
            regionLabel={t('integrations.listCaption')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
          />
        )}
      </section>
      <section aria-labelledby="integration-how">
        <Heading level="2" size="small" spacing id="integration-how">
          {t('integrations.howTo')}
        </Heading>
        <BodyLong>{t('integrations.howToBody')}</BodyLong>
      </section>
      {confirming && (
        <ConfirmDialog
          heading={t('integrations.revokeHeading')}
          body={t('integrations.revokeBody', { name: confirming.name, school: confirming.organizationName })}
          confirmLabel={t('integrations.revokeConfirm')}
          cancelLabel={t('integrations.revokeCancel')}
          busy={revoking}
          onConfirm={() => void confirmRevoke()}
          onCancel={() => setConfirming(undefined)}
        />
      )}
    </VStack>
  );
}
