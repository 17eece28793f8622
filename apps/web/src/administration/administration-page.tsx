import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { AdministrationDocument, CreateOrganizationDocument } from '../gql/administration/administration';
import type { AdministrationQuery, OrganizationKind } from '../gql/graphql';
import { compareSv } from '../i18n/format';
import {
  Alert,
  BodyLong,
  Button,
  DataTable,
  FormErrorSummary,
  Heading,
  HStack,
  LoadingState,
  PageHeading,
  Select,
  TextField,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';

type Organization = AdministrationQuery['organizations']['nodes'][number];
type User = AdministrationQuery['users']['nodes'][number];
const KINDS: OrganizationKind[] = [
  'KAA_UNIT',
  'SCHOOL',
  'SOCIAL_SERVICES',
  'EMPLOYMENT_SERVICE',
  'HEALTH_CARE',
  'YOUTH_CLINIC',
  'ADULT_EDUCATION',
  'FOLK_HIGH_SCHOOL',
  'NGO',
  'MANAGEMENT',
  'OTHER',
];

// The administrator's start page: the municipality's organisations and users with their roles,
// and adding an organisation. Users, memberships, categories, measure types and settings
// follow (issue 15).
export function AdministrationPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(AdministrationDocument);
  const orgNames = useMemo(() => new Map(data?.organizations.nodes.map((o) => [o.id, o.name]) ?? []), [data]);
  const orgColumns = useMemo<Array<DataTableColumn<Organization>>>(
    () => [
      { id: 'name', header: t('admin.name'), cell: (o) => o.name },
      { id: 'kind', header: t('admin.kind'), cell: (o) => t(`enums.OrganizationKind.${o.kind}`) },
    ],
    [t],
  );
  const userColumns = useMemo<Array<DataTableColumn<User>>>(
    () => [
      { id: 'name', header: t('admin.name'), cell: (u) => u.displayName },
      { id: 'email', header: t('admin.email'), cell: (u) => u.email },
      {
        id: 'roles',
        header: t('admin.roles'),
        cell: (u) =>
          u.memberships
            .filter((m) => m.endedAt === null)
            .map((m) => `${t(`roles.${m.role}`)}, ${orgNames.get(m.organizationId) ?? ''}`)
            .join('; ') || '–',
      },
      { id: 'status', header: t('admin.status'), cell: (u) => (u.disabled ? t('admin.disabled') : t('admin.active')) },
    ],
    [t, orgNames],
  );
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('nav.administration')}</PageHeading>
        {data && (
          <BodyLong>
            {t('admin.intro', { municipality: data.municipality.name, code: data.municipality.code })}
          </BodyLong>
        )}
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data && (
        <>
          <section aria-labelledby="admin-organizations">
            <Heading level="2" size="medium" spacing id="admin-organizations">
              {t('admin.organizations', { count: data.organizations.totalCount })}
            </Heading>
            <VStack gap="space-16">
              <DataTable
                caption={t('admin.organizationsCaption')}
                regionLabel={t('admin.organizationsRegion')}
                columns={orgColumns}
                rows={[...data.organizations.nodes].sort((a, b) => compareSv(a.name, b.name))}
                rowKey={(o) => o.id}
              />
              <AddOrganization />
            </VStack>
          </section>
          <section aria-labelledby="admin-users">
            <Heading level="2" size="medium" spacing id="admin-users">
              {t('admin.users', { count: data.users.totalCount })}
            </Heading>
            <DataTable
              caption={t('admin.usersCaption')}
              regionLabel={t('admin.usersRegion')}
              columns={userColumns}
              rows={data.users.nodes}
              rowKey={(u) => u.id}
            />
          </section>
        </>
      )}
    </VStack>
  );
}

function AddOrganization() {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [create, { loading }] = useMutation(CreateOrganizationDocument, {
    refetchQueries: ['Administration'],
    awaitRefetchQueries: true,
  });
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    const list: FieldError[] = [];
    if (!name.trim()) list.push({ fieldId: 'org-name', message: t('admin.nameRequired') });
    if (!kind) list.push({ fieldId: 'org-kind', message: t('admin.kindRequired') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0 || !kind) return;
    try {
      await create({ variables: { input: { name: name.trim(), kind } } });
      setResult({ ok: true, text: t('admin.organizationAdded', { name: name.trim() }) });
      setName('');
      setKind('');
    } catch (error) {
      setResult({ ok: false, text: t(errorMessageKey(error)) });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-org-heading">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="add-org-heading">
          {t('admin.addOrganization')}
        </Heading>
        <FormErrorSummary errors={errors} submitCount={submitCount} />
        <div aria-live="polite">
          {result && (
            <Alert size="small" variant={result.ok ? 'success' : 'error'}>
              {result.text}
            </Alert>
          )}
        </div>
        <HStack gap="space-16" align="start">
          <TextField
            id="org-name"
            label={t('admin.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={errorFor('org-name')}
          />
          <Select
            id="org-kind"
            label={t('admin.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value as OrganizationKind | '')}
            error={errorFor('org-kind')}
          >
            <option value="">{t('register.choose')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`enums.OrganizationKind.${k}`)}
              </option>
            ))}
          </Select>
        </HStack>
        <div>
          <Button type="submit" loading={loading}>
            {t('admin.add')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
