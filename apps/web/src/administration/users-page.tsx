import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import './admin-strings';
import { errorMessageKey } from '../app/api-error';
import { NAME_SEARCH_DELAY_MS, NAME_SEARCH_MAX_LENGTH, normalizeSearch, useTermCursors } from '../app/name-search';
import { useDebounced } from '../app/use-debounced';
import {
  AddMembershipDocument,
  AdminUserDocument,
  AdminUsersDocument,
  CreateUserDocument,
  EndMembershipDocument,
  SetUserDisabledDocument,
  UpdateUserDocument,
} from '../gql/administration/admin-manage';
import type { AdminUserFieldsFragment, Role } from '../gql/graphql';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { formatDate } from '../i18n/format';
import { OrganizationPicker, type ChosenOrganization } from '../organization/organization-picker';
import { useViewer } from '../session/viewer-context';
import {
  Alert,
  BodyLong,
  BodyShort,
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
import { CursorPager } from '../ui/cursor-pager';

type User = AdminUserFieldsFragment;
type Membership = User['memberships'][number];
const ROLES: Role[] = [
  'COORDINATOR',
  'TEAM_LEAD',
  'PARTNER_CASEWORKER',
  'SCHOOL_STAFF',
  'LEADERSHIP',
  'LOG_REVIEWER',
  'ADMIN',
];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REFETCH = { refetchQueries: ['AdminUsers', 'AdminUser'], awaitRefetchQueries: true };
// 40 a page keeps the query under the api's cost limit (each user's memberships count).
const PAGE_SIZE = 40;

// The administrator's users and memberships: create a user, give a role in an organisation,
// change a role (a new membership, then the old one ended) and end a membership.
export function UsersPage() {
  const { t } = useTranslation();
  // Cursors of the pages before the current one (the server orders by name and pages by
  // cursor, as the caseload does); kept in state, never in the URL: a cursor carries a name.
  // The name search runs on the server (the list is paged there); a new term starts at the
  // first page. The term lives in state only, like the cursors: a name never goes in the URL.
  const [searchText, setSearchText] = useState('');
  const [submitted, setSubmitted] = useState<string>();
  const typed = normalizeSearch(searchText);
  const debounced = useDebounced(typed, NAME_SEARCH_DELAY_MS);
  // Enter searches at once; otherwise the term settles after a pause in the typing.
  const term = submitted === typed ? typed : debounced;
  const [cursors, setCursors] = useTermCursors(term);
  const after = cursors.at(-1);
  const {
    data: current,
    previousData,
    error,
  } = useQuery(AdminUsersDocument, {
    variables: { first: PAGE_SIZE, after, ...(term ? { search: term } : {}) },
  });
  // The previous page stays on screen while the next loads, so focus stays on the pager.
  const data = current ?? previousData;
  // The term of the rows shown: the status (a live region) names a new term only with its own
  // count, not the previous term's while the new page loads.
  const [shownTerm, setShownTerm] = useState('');
  if (current && shownTerm !== term) setShownTerm(term);
  const [managing, setManaging] = useState<string>();
  const columns = useMemo<Array<DataTableColumn<User>>>(
    () => [
      {
        id: 'name',
        header: t('adminManage.name'),
        cell: (u) => (
          <>
            {u.displayName}
            {u.disabled && (
              <>
                {' '}
                <Tag size="xsmall" variant="neutral">
                  {t('adminManage.disabled')}
                </Tag>
              </>
            )}
          </>
        ),
      },
      { id: 'email', header: t('adminManage.email'), cell: (u) => u.email },
      {
        id: 'roles',
        header: t('adminManage.roles'),
        cell: (u) =>
          u.memberships
            .filter((m) => m.endedAt === null)
            .map((m) =>
              t('adminManage.membership', {
                role: t(`roles.${m.role}`),
                organization: m.organizationName ?? '–',
              }),
            )
            .join('; ') || t('adminManage.noRoles'),
      },
      {
        id: 'manage',
        header: '',
        cell: (u) => (
          <Button size="small" variant="secondary" type="button" onClick={() => setManaging(u.id)}>
            {t('adminManage.manage', { name: u.displayName })}
          </Button>
        ),
      },
    ],
    [t],
  );
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('adminManage.usersTitle')}</PageHeading>
        <BodyLong>{t('adminManage.usersIntro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      <form
        role="search"
        aria-label={t('adminManage.searchRegion')}
        onSubmit={(e) => {
          e.preventDefault();
          setSubmitted(typed);
        }}
      >
        <TextField
          id="user-search"
          label={t('adminManage.searchLabel')}
          description={t('adminManage.searchHint')}
          autoComplete="off"
          maxLength={NAME_SEARCH_MAX_LENGTH}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          className="brygga-search-field"
        />
      </form>
      {!data && !error && <LoadingState />}
      {data && (
        <>
          {managing && <ManagedUser key={managing} id={managing} onClose={() => setManaging(undefined)} />}
          <div aria-live="polite">
            <BodyShort>
              {!shownTerm
                ? t('adminManage.pageStatus', { count: data.users.totalCount })
                : data.users.totalCount === 0
                  ? t('adminManage.searchNone', { search: shownTerm })
                  : t('adminManage.searchStatus', { count: data.users.totalCount, search: shownTerm })}
            </BodyShort>
          </div>
          <DataTable
            caption={t('adminManage.usersCaption')}
            regionLabel={t('adminManage.usersRegion')}
            columns={columns}
            rows={data.users.nodes}
            rowKey={(u) => u.id}
            busy={current === undefined}
          />
          <CursorPager
            cursors={cursors}
            onChange={setCursors}
            pageInfo={data.users.pageInfo}
            previousLabel={t('adminManage.previous')}
            nextLabel={t('adminManage.next')}
          />
          <CreateUser onCreated={setManaging} />
        </>
      )}
    </VStack>
  );
}

// The managed user is read on its own: it may be on another page than the one shown.
function ManagedUser({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(AdminUserDocument, { variables: { id } });
  if (error) {
    return (
      <Alert variant="error" role="alert">
        {t(errorMessageKey(error))}
      </Alert>
    );
  }
  if (!data) return <LoadingState />;
  return <ManageUser user={data.user} onClose={onClose} />;
}

function CreateUser({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ displayName: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [create, { loading }] = useMutation(CreateUserDocument, REFETCH);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    const list: FieldError[] = [];
    if (!form.displayName.trim()) list.push({ fieldId: 'user-name', message: t('adminManage.nameRequired') });
    if (!EMAIL.test(form.email.trim())) list.push({ fieldId: 'user-email', message: t('adminManage.emailInvalid') });
    if (form.password && form.password.length < 12)
      list.push({ fieldId: 'user-password', message: t('adminManage.passwordTooShort') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      const created = await create({
        variables: {
          input: {
            displayName: form.displayName.trim(),
            email: form.email.trim(),
            ...(form.password ? { password: form.password } : {}),
          },
        },
      });
      setResult({ ok: true, text: t('adminManage.userCreated', { name: form.displayName.trim() }) });
      setForm({ displayName: '', email: '', password: '' });
      const id = created.data?.createUser.id;
      if (id) onCreated(id);
    } catch (error) {
      setResult({ ok: false, text: t(errorMessageKey(error)) });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="create-user-heading">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="create-user-heading">
          {t('adminManage.createUser')}
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
            id="user-name"
            label={t('adminManage.name')}
            autoComplete="off"
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.target.value })}
            error={errorFor('user-name')}
          />
          <TextField
            id="user-email"
            label={t('adminManage.email')}
            type="email"
            autoComplete="off"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            error={errorFor('user-email')}
          />
          <TextField
            id="user-password"
            label={t('adminManage.password')}
            description={t('adminManage.passwordHint')}
            type="password"
            autoComplete="new-password"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
            error={errorFor('user-password')}
          />
        </HStack>
        <div>
          <Button type="submit" loading={loading}>
            {t('adminManage.create')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

function ManageUser({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  useEffect(() => ref.current?.focus(), []);
  const active = user.memberships.filter((m) => m.endedAt === null);
  const ended = user.memberships.filter((m) => m.endedAt !== null);
  const report = (ok: boolean, text: string) => setMessage({ ok, text });
  return (
    <section aria-labelledby="manage-user-heading" className="brygga-card">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="manage-user-heading" tabIndex={-1} ref={ref}>
          {t('adminManage.manageHeading', { name: user.displayName })}
        </Heading>
        <div aria-live="polite">
          {message && (
            <Alert size="small" variant={message.ok ? 'success' : 'error'}>
              {message.text}
            </Alert>
          )}
        </div>
        {active.length === 0 ? (
          <BodyShort>{t('adminManage.noRoles')}</BodyShort>
        ) : (
          <ul className="brygga-plain-list">
            {active.map((m) => (
              <li key={m.id} className="brygga-membership">
                <MembershipRow user={user} membership={m} organization={m.organizationName ?? '–'} report={report} />
              </li>
            ))}
          </ul>
        )}
        {ended.length > 0 && (
          <ul className="brygga-plain-list">
            {ended.map((m) => (
              <li key={m.id}>
                <BodyShort size="small">
                  {`${t('adminManage.membership', {
                    role: t(`roles.${m.role}`),
                    organization: m.organizationName ?? '–',
                  })}, ${t('adminManage.endedOn', { date: formatDate(m.endedAt) })}`}
                </BodyShort>
              </li>
            ))}
          </ul>
        )}
        <AddMembership userId={user.id} report={report} />
        <EditDetails user={user} report={report} />
        <Account user={user} report={report} />
        <div>
          <Button variant="tertiary" size="small" type="button" onClick={onClose}>
            {t('adminManage.close')}
          </Button>
        </div>
      </VStack>
    </section>
  );
}

function MembershipRow({
  user,
  membership,
  organization,
  report,
}: {
  user: User;
  membership: Membership;
  organization: string;
  report: (ok: boolean, text: string) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [changing, setChanging] = useState(false);
  const [role, setRole] = useState<Role | ''>('');
  const confirmRef = useRef<HTMLDivElement>(null);
  const [end, ending] = useMutation(EndMembershipDocument, REFETCH);
  const [add, adding] = useMutation(AddMembershipDocument);
  const roleName = t(`roles.${membership.role}`);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const endIt = async () => {
    try {
      await end({ variables: { id: membership.id } });
      report(true, t('adminManage.membershipEnded'));
    } catch (error) {
      report(false, t(errorMessageKey(error)));
    }
    setConfirming(false);
  };
  // A role change is a new membership in the same organisation, then the old one ended.
  const change = async () => {
    if (!role) return;
    try {
      await add({ variables: { input: { userId: user.id, organizationId: membership.organizationId, role } } });
      await end({ variables: { id: membership.id } });
      report(true, t('adminManage.roleChanged'));
    } catch (error) {
      report(false, t(errorMessageKey(error)));
    }
  };
  const selectId = `change-role-${membership.id}`;
  return (
    <VStack gap="space-8">
      <BodyShort weight="semibold">{t('adminManage.membership', { role: roleName, organization })}</BodyShort>
      {!confirming && !changing && (
        <HStack gap="space-8">
          <Button size="small" variant="secondary" type="button" onClick={() => setChanging(true)}>
            {t('adminManage.changeRole')}
          </Button>
          <Button
            size="small"
            variant="danger"
            type="button"
            aria-label={t('adminManage.endMembershipLabel', { role: roleName, organization })}
            onClick={() => setConfirming(true)}
          >
            {t('adminManage.endMembership')}
          </Button>
        </HStack>
      )}
      {changing && (
        <HStack gap="space-8" align="end">
          <Select
            id={selectId}
            label={t('adminManage.changeRoleLabel', { organization })}
            size="small"
            value={role}
            onChange={(e) => setRole(e.target.value as Role | '')}
          >
            <option value="">{t('adminManage.choose')}</option>
            {ROLES.filter((r) => r !== membership.role).map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </Select>
          <Button
            size="small"
            type="button"
            disabled={!role}
            loading={adding.loading || ending.loading}
            onClick={() => void change()}
          >
            {t('adminManage.changeRoleSave')}
          </Button>
          <Button size="small" variant="tertiary" type="button" onClick={() => setChanging(false)}>
            {t('adminManage.cancel')}
          </Button>
        </HStack>
      )}
      {confirming && (
        <div ref={confirmRef} tabIndex={-1} role="group" aria-label={t('adminManage.endMembership')}>
          <Alert variant="warning" size="small">
            <VStack gap="space-8">
              <BodyShort>
                {t('adminManage.confirmEnd', { role: roleName, organization, name: user.displayName })}
              </BodyShort>
              <HStack gap="space-8">
                <Button
                  size="small"
                  variant="danger"
                  type="button"
                  loading={ending.loading}
                  onClick={() => void endIt()}
                >
                  {t('adminManage.confirmEndButton')}
                </Button>
                <Button size="small" variant="tertiary" type="button" onClick={() => setConfirming(false)}>
                  {t('adminManage.cancel')}
                </Button>
              </HStack>
            </VStack>
          </Alert>
        </div>
      )}
    </VStack>
  );
}

// The organisation to give a role in is found by part of its name on the server
// (OrganizationPicker), not chosen from the first 100 (issue 15).
function AddMembership({ userId, report }: { userId: string; report: (ok: boolean, text: string) => void }) {
  const { t } = useTranslation();
  const [organization, setOrganization] = useState<ChosenOrganization>();
  const [role, setRole] = useState<Role | ''>('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [add, { loading }] = useMutation(AddMembershipDocument, REFETCH);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [];
    if (!organization)
      list.push({ fieldId: 'membership-organization', message: t('adminManage.organizationRequired') });
    if (!role) list.push({ fieldId: 'membership-role', message: t('adminManage.roleRequired') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0 || !role || !organization) return;
    try {
      await add({ variables: { input: { userId, organizationId: organization.id, role } } });
      report(true, t('adminManage.membershipAdded'));
      setOrganization(undefined);
      setRole('');
    } catch (error) {
      report(false, t(errorMessageKey(error)));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="add-membership-heading">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="add-membership-heading">
          {t('adminManage.addMembership')}
        </Heading>
        <FormErrorSummary errors={errors} submitCount={submitCount} />
        <HStack gap="space-16" align="start">
          <OrganizationPicker
            id="membership-organization"
            label={t('adminManage.organization')}
            chosen={organization}
            onChoose={setOrganization}
            error={errors.find((e) => e.fieldId === 'membership-organization')?.message}
          />
          <Select
            id="membership-role"
            label={t('adminManage.role')}
            value={role}
            onChange={(e) => setRole(e.target.value as Role | '')}
            error={errors.find((e) => e.fieldId === 'membership-role')?.message}
          >
            <option value="">{t('adminManage.choose')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </Select>
        </HStack>
        <div>
          <Button type="submit" loading={loading}>
            {t('adminManage.add')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

// Name and e-mail (the login name), saved against the version shown: a change made meanwhile by
// another admin is a CONFLICT, and the refetch shows the current values.
function EditDetails({ user, report }: { user: User; report: (ok: boolean, text: string) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ displayName: user.displayName, email: user.email });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [update, { loading }] = useMutation(UpdateUserDocument, REFETCH);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [];
    if (!form.displayName.trim()) list.push({ fieldId: 'edit-user-name', message: t('adminManage.nameRequired') });
    if (!EMAIL.test(form.email.trim()))
      list.push({ fieldId: 'edit-user-email', message: t('adminManage.emailInvalid') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      await update({
        variables: {
          input: { id: user.id, version: user.version, displayName: form.displayName.trim(), email: form.email.trim() },
        },
      });
      report(true, t('adminManage.detailsSaved'));
    } catch (error) {
      report(false, t(errorMessageKey(error)));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="edit-user-heading">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="edit-user-heading">
          {t('adminManage.details')}
        </Heading>
        <FormErrorSummary errors={errors} submitCount={submitCount} />
        <HStack gap="space-16" align="start">
          <TextField
            id="edit-user-name"
            label={t('adminManage.name')}
            autoComplete="off"
            value={form.displayName}
            onChange={(e) => setForm({ ...form, displayName: e.target.value })}
            error={errorFor('edit-user-name')}
          />
          <TextField
            id="edit-user-email"
            label={t('adminManage.email')}
            type="email"
            autoComplete="off"
            value={form.email}
            onChange={(e) => setForm({ ...form, email: e.target.value })}
            error={errorFor('edit-user-email')}
          />
        </HStack>
        <div>
          <Button type="submit" variant="secondary" loading={loading}>
            {t('adminManage.save')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

// Disabling asks first (running sessions end at once); enabling again does not.
function Account({ user, report }: { user: User; report: (ok: boolean, text: string) => void }) {
  const { t } = useTranslation();
  const self = useViewer().me.user.id === user.id;
  const [confirming, setConfirming] = useState(false);
  const [setDisabled, { loading }] = useMutation(SetUserDisabledDocument, REFETCH);
  const run = async (disabled: boolean) => {
    try {
      await setDisabled({ variables: { input: { id: user.id, disabled } } });
      report(true, t(disabled ? 'adminManage.userDisabled' : 'adminManage.userEnabled'));
    } catch (error) {
      report(false, t(errorMessageKey(error)));
    }
    setConfirming(false);
  };
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small">
        {t('adminManage.account')}
      </Heading>
      {user.disabled && <BodyShort>{t('adminManage.accountDisabled')}</BodyShort>}
      {/* One cannot disable oneself (the api says USER_DISABLE_OWN); the button is not offered. */}
      {!self && (
        <div>
          {user.disabled ? (
            <Button size="small" variant="secondary" type="button" loading={loading} onClick={() => void run(false)}>
              {t('adminManage.enable')}
            </Button>
          ) : (
            <Button size="small" variant="danger" type="button" onClick={() => setConfirming(true)}>
              {t('adminManage.disable')}
            </Button>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          heading={t('adminManage.disable')}
          body={t('adminManage.confirmDisable', { name: user.displayName })}
          confirmLabel={t('adminManage.disable')}
          cancelLabel={t('adminManage.cancel')}
          busy={loading}
          onConfirm={() => void run(true)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </VStack>
  );
}
