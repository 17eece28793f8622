import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import './admin-strings';
import { errorCode, errorMessageKey } from '../app/api-error';
import { NAME_SEARCH_MAX_LENGTH, useSearchTerm, useTermCursors } from '../app/name-search';
import {
  AdminOrganizationsDocument,
  AdministrationDocument,
  CreateOrganizationDocument,
  RenameOrganizationDocument,
} from '../gql/administration/administration';
import type { AdminOrganizationsQuery, AdministrationQuery, OrganizationKind } from '../gql/graphql';
import { formatNumber } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
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
import { CursorPager } from '../ui/cursor-pager';

type Organization = AdminOrganizationsQuery['organizations']['nodes'][number];
type User = AdministrationQuery['users']['nodes'][number];
// Organisations a page: the table pages on the server, so a municipality with hundreds of
// organisations shows them all (issue 15), a page at a time.
const ORGANIZATIONS_PAGE_SIZE = 25;
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
// adding and renaming an organisation. Users and memberships, categories and measure types, and
// the settings have pages of their own.
export function AdministrationPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(AdministrationDocument);
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
            .map((m) => `${t(`roles.${m.role}`)}, ${m.organizationName ?? '–'}`)
            .join('; ') || '–',
      },
      { id: 'status', header: t('admin.status'), cell: (u) => (u.disabled ? t('admin.disabled') : t('admin.active')) },
    ],
    [t],
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
      <Organizations />
      {!data && !error && <LoadingState />}
      {data && (
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
      )}
    </VStack>
  );
}

// The municipality's organisations: a page of 25 by name with previous and next (keyset
// cursors, kept in state: a cursor carries a name), searched by part of the name on the server;
// renaming one and adding one.
function Organizations() {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const term = useSearchTerm(searchText);
  const [cursors, setCursors] = useTermCursors(term);
  const {
    data: current,
    previousData,
    error,
    refetch,
  } = useQuery(AdminOrganizationsDocument, {
    variables: { first: ORGANIZATIONS_PAGE_SIZE, after: cursors.at(-1), ...(term ? { search: term } : {}) },
  });
  // The previous page stays on screen while the next loads, so focus stays on the pager.
  const data = current ?? previousData;
  // The organisation being renamed (its form opens below the table) and the last rename's outcome.
  const [renaming, setRenaming] = useState<Organization>();
  const [renamed, setRenamed] = useState<string>();
  const renamedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (renamed) renamedRef.current?.focus();
  }, [renamed]);
  const orgColumns = useMemo<Array<DataTableColumn<Organization>>>(
    () => [
      { id: 'name', header: t('admin.name'), cell: (o) => o.name },
      { id: 'kind', header: t('admin.kind'), cell: (o) => t(`enums.OrganizationKind.${o.kind}`) },
      {
        id: 'actions',
        header: t('adminManage.organizationActions'),
        cell: (o) => (
          <Button
            size="small"
            variant="secondary"
            type="button"
            aria-label={t('adminManage.renameLabel', { name: o.name })}
            onClick={() => {
              setRenamed(undefined);
              setRenaming(o);
            }}
          >
            {t('adminManage.rename')}
          </Button>
        ),
      },
    ],
    [t],
  );
  // The organisation being renamed as the list has it now (its version after a refetch); it may
  // be on another page than the one shown.
  const renamingOrganization = renaming && (data?.organizations.nodes.find((o) => o.id === renaming.id) ?? renaming);
  // The heading stays as it is while a search is typed (it names the region); how many there are,
  // in all or matching, is in the status under the search.
  const from = cursors.length * ORGANIZATIONS_PAGE_SIZE + 1;
  const shown = data?.organizations.nodes.length ?? 0;
  return (
    <section aria-labelledby="admin-organizations">
      <Heading level="2" size="medium" spacing id="admin-organizations">
        {t('admin.organizationsTitle')}
      </Heading>
      <VStack gap="space-16">
        <form role="search" aria-label={t('admin.organizationSearchRegion')} onSubmit={(e) => e.preventDefault()}>
          <TextField
            id="organization-search"
            label={t('admin.organizationSearchLabel')}
            description={t('admin.organizationSearchHint')}
            autoComplete="off"
            maxLength={NAME_SEARCH_MAX_LENGTH}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            className="brygga-search-field"
          />
        </form>
        {error && (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        )}
        {!data && !error && <LoadingState />}
        {data && (
          <>
            <div aria-live="polite">
              <BodyShort>
                {data.organizations.totalCount === 0
                  ? term
                    ? t('admin.organizationSearchNone', { search: term })
                    : t('admin.organizationsNone')
                  : t('admin.organizationsRange', {
                      from: formatNumber(from),
                      to: formatNumber(from + shown - 1),
                      total: formatNumber(data.organizations.totalCount),
                    })}
              </BodyShort>
            </div>
            <DataTable
              caption={t('admin.organizationsCaption')}
              regionLabel={t('admin.organizationsRegion')}
              columns={orgColumns}
              rows={data.organizations.nodes}
              rowKey={(o) => o.id}
              busy={current === undefined}
            />
            <CursorPager
              cursors={cursors}
              onChange={setCursors}
              pageInfo={data.organizations.pageInfo}
              previousLabel={t('admin.organizationsPrevious')}
              nextLabel={t('admin.organizationsNext')}
            />
          </>
        )}
        <div ref={renamedRef} tabIndex={-1} aria-live="polite">
          {renamed && (
            <Alert size="small" variant="success">
              {renamed}
            </Alert>
          )}
        </div>
        {renamingOrganization && (
          <RenameOrganization
            key={renamingOrganization.id}
            organization={renamingOrganization}
            onDone={(text) => {
              setRenaming(undefined);
              setRenamed(text);
            }}
            onCancel={() => setRenaming(undefined)}
            onFailed={() => void refetch()}
          />
        )}
        <AddOrganization />
      </VStack>
    </section>
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
    refetchQueries: ['AdminOrganizations'],
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

// A new name for an organisation, saved against the version shown: a rename made meanwhile by
// another admin is a CONFLICT; the list is then read again and the next save uses its version.
function RenameOrganization({
  organization,
  onDone,
  onCancel,
  onFailed,
}: {
  organization: Organization;
  onDone: (text: string) => void;
  onCancel: () => void;
  // The list is read again, so that after a CONFLICT the form saves against the current version;
  // what the admin typed stays in the field.
  onFailed: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [name, setName] = useState(organization.name);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [failure, setFailure] = useState<string>();
  const [rename, { loading }] = useMutation(RenameOrganizationDocument, {
    refetchQueries: ['AdminOrganizations'],
    awaitRefetchQueries: true,
  });
  useEffect(() => headingRef.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const trimmed = name.trim();
    const list: FieldError[] = [];
    if (!trimmed) list.push({ fieldId: 'rename-org-name', message: t('adminManage.orgNameRequired') });
    else if (trimmed.length < 2 || trimmed.length > 200)
      list.push({ fieldId: 'rename-org-name', message: t('adminManage.orgNameLength') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      await rename({ variables: { input: { id: organization.id, version: organization.version, name: trimmed } } });
      onDone(t('adminManage.organizationRenamed', { old: organization.name, name: trimmed }));
    } catch (error) {
      setFailure(errorCode(error) === 'CONFLICT' ? t('adminManage.renameConflict') : t(errorMessageKey(error)));
      onFailed();
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="rename-org-heading" className="brygga-card">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="rename-org-heading" tabIndex={-1} ref={headingRef}>
          {t('adminManage.renameHeading', { name: organization.name })}
        </Heading>
        <FormErrorSummary errors={errors} submitCount={submitCount} />
        <div aria-live="polite">
          {failure && (
            <Alert size="small" variant="error">
              {failure}
            </Alert>
          )}
        </div>
        <TextField
          id="rename-org-name"
          label={t('adminManage.newName')}
          autoComplete="off"
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.find((e) => e.fieldId === 'rename-org-name')?.message}
        />
        <HStack gap="space-8">
          <Button type="submit" loading={loading}>
            {t('adminManage.save')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('adminManage.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
