import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { SecurityEventSearchDocument } from '../gql/review/security-events';
import type { SecurityEventFilterInput, SecurityEventKind, SecurityEventRowFragment } from '../gql/graphql';
import { formatDateTime, formatNumber } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  Detail,
  FormErrorSummary,
  HGrid,
  HStack,
  Heading,
  LoadingState,
  PageHeading,
  Select,
  Tag,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';
import { CursorPager } from '../ui/cursor-pager';
import { UserFilter } from './access-log-user-filter';
import { PeriodFields, periodErrors, periodInstants } from './period';
import { ResultsHeading, SearchButtons } from './search-parts';
import { ANOMALY_KINDS, isAnomaly, SECURITY_EVENT_KINDS, securityEventDetails, shortKey } from './security-event-text';

const PAGE_SIZE = 25;
// The kind filter: any kind, the anomalies only, or one kind.
type KindChoice = SecurityEventKind | 'ANOMALIES' | '';

interface Draft {
  kind: KindChoice;
  userId: string;
  userName: string;
  // Followed from a row (an account anomaly's key, an address anomaly's address): no field of
  // its own, shown as what the list is narrowed to, with a button to widen it again.
  accountKey: string;
  clientAddress: string;
  from: string;
  to: string;
}
const EMPTY: Draft = { kind: '', userId: '', userName: '', accountKey: '', clientAddress: '', from: '', to: '' };

// The start page's notice links here with `?avvikelser` to show the anomalies at once.
function initialDraft(search: string): Draft {
  return new URLSearchParams(search).has('avvikelser') ? { ...EMPTY, kind: 'ANOMALIES' } : EMPTY;
}

function toFilter(draft: Draft): SecurityEventFilterInput {
  const filter: SecurityEventFilterInput = { ...periodInstants(draft) };
  if (draft.kind === 'ANOMALIES') filter.kinds = [...ANOMALY_KINDS];
  else if (draft.kind) filter.kinds = [draft.kind];
  if (draft.userId) filter.userId = draft.userId;
  if (draft.accountKey) filter.accountKey = draft.accountKey;
  if (draft.clientAddress) filter.clientAddress = draft.clientAddress;
  return filter;
}

// The log reviewer's security events beside the access log (issue 19): refused logins, tokens,
// operations and school files, and the anomalies raised from repeated ones, newest first, a page
// at a time. An anomaly is followed to the events behind it by its account or address.
export function SecurityEventsPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(location.search));
  const [applied, setApplied] = useState<Draft>(() => initialDraft(location.search));
  const [cursors, setCursors] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const { data, previousData, error, loading } = useQuery(SecurityEventSearchDocument, {
    variables: { filter: toFilter(applied), first: PAGE_SIZE, after: cursors.at(-1) },
  });
  const shown = data ?? previousData;
  const apply = (next: Draft) => {
    setDraft(next);
    setApplied(next);
    setCursors([]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = periodErrors(t, draft, 'security');
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length === 0) apply(draft);
  };
  const columns = securityEventColumns(t, applied, apply);
  const first = cursors.length * PAGE_SIZE + 1;
  const total = shown?.securityEvents.totalCount ?? 0;
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading error={errors.length > 0}>{t('securityEvents.title')}</PageHeading>
        <BodyLong>{t('securityEvents.intro')}</BodyLong>
      </div>
      <form onSubmit={submit} noValidate aria-labelledby="security-filters">
        <VStack gap="space-16">
          <Heading level="2" size="medium" id="security-filters">
            {t('securityEvents.filters')}
          </Heading>
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          <HGrid gap="space-16" columns={{ xs: 1, md: 3 }}>
            <Select
              id="security-kind"
              label={t('securityEvents.kind')}
              value={draft.kind}
              onChange={(e) => setDraft({ ...draft, kind: e.target.value as KindChoice })}
            >
              <option value="">{t('securityEvents.anyKind')}</option>
              <option value="ANOMALIES">{t('securityEvents.anomaliesOnly')}</option>
              {SECURITY_EVENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`securityEvents.kindValue.${kind}`)}
                </option>
              ))}
            </Select>
            <UserFilter
              chosen={draft.userId ? { id: draft.userId, name: draft.userName } : undefined}
              onChoose={(user) => setDraft({ ...draft, userId: user?.id ?? '', userName: user?.name ?? '' })}
            />
            <PeriodFields
              idPrefix="security"
              period={draft}
              onChange={(period) => setDraft({ ...draft, ...period })}
              errors={errors}
            />
          </HGrid>
          {(draft.accountKey || draft.clientAddress) && (
            <HStack gap="space-8" align="center">
              <BodyShort>{t('securityEvents.followed')}</BodyShort>
              {draft.accountKey && (
                <>
                  <Tag variant="neutral" size="small">
                    {t('securityEvents.account', { key: shortKey(draft.accountKey) })}
                  </Tag>
                  <Button
                    type="button"
                    size="xsmall"
                    variant="tertiary"
                    onClick={() => apply({ ...draft, accountKey: '' })}
                  >
                    {t('securityEvents.removeAccount')}
                  </Button>
                </>
              )}
              {draft.clientAddress && (
                <>
                  <Tag variant="neutral" size="small">
                    {t('securityEvents.address', { address: draft.clientAddress })}
                  </Tag>
                  <Button
                    type="button"
                    size="xsmall"
                    variant="tertiary"
                    onClick={() => apply({ ...draft, clientAddress: '' })}
                  >
                    {t('securityEvents.removeAddress')}
                  </Button>
                </>
              )}
            </HStack>
          )}
          <SearchButtons
            busy={loading && Boolean(shown)}
            onClear={() => {
              setErrors([]);
              apply(EMPTY);
            }}
          />
        </VStack>
      </form>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!shown && !error && <LoadingState />}
      {shown && (
        <section aria-labelledby="security-results">
          <ResultsHeading id="security-results" text={t('securityEvents.results', { count: total })} />
          {shown.securityEvents.nodes.length === 0 ? (
            <BodyShort>{t('securityEvents.empty')}</BodyShort>
          ) : (
            <VStack gap="space-16">
              <DataTable
                caption={t('securityEvents.caption')}
                regionLabel={t('securityEvents.region')}
                columns={columns}
                rows={shown.securityEvents.nodes}
                rowKey={(r) => r.id}
                busy={loading}
              />
              <HStack gap="space-16" align="center">
                <BodyShort>
                  {`${formatNumber(first)}–${formatNumber(first + shown.securityEvents.nodes.length - 1)} / ${formatNumber(total)}`}
                </BodyShort>
                <CursorPager
                  cursors={cursors}
                  onChange={setCursors}
                  pageInfo={shown.securityEvents.pageInfo}
                  previousLabel={t('reviewLog.previous')}
                  nextLabel={t('reviewLog.next')}
                />
              </HStack>
            </VStack>
          )}
        </section>
      )}
    </VStack>
  );
}

// The table's columns: when, what (an anomaly tagged as one), whom (the user by name, or the
// account's key when the e-mail named no user), from where, the details in words, and buttons
// that follow the row's account, address or user.
function securityEventColumns(
  t: TFunction,
  applied: Draft,
  apply: (next: Draft) => void,
): Array<DataTableColumn<SecurityEventRowFragment>> {
  {
    const who = (r: SecurityEventRowFragment): string => {
      if (r.userName) return r.userName;
      if (r.userId) return t('securityEvents.hiddenUser');
      return t('securityEvents.unknownUser');
    };
    return [
      { id: 'when', header: t('securityEvents.when'), cell: (r) => formatDateTime(r.occurredAt) },
      {
        id: 'what',
        header: t('securityEvents.what'),
        cell: (r) => (
          <VStack gap="space-4" align="start">
            {isAnomaly(r.kind) && (
              <Tag variant="warning" size="small">
                {t('securityEvents.anomaly')}
              </Tag>
            )}
            <BodyShort size="small">{t(`securityEvents.kindValue.${r.kind}`)}</BodyShort>
          </VStack>
        ),
      },
      {
        id: 'who',
        header: t('securityEvents.who'),
        cell: (r) => (
          <>
            <BodyShort size="small">{who(r)}</BodyShort>
            {r.accountKey && <Detail>{t('securityEvents.account', { key: shortKey(r.accountKey) })}</Detail>}
            {r.credentialId && <Detail>{t('securityEvents.credential', { id: r.credentialId.slice(0, 8) })}</Detail>}
          </>
        ),
      },
      {
        id: 'from',
        header: t('securityEvents.from'),
        cell: (r) => (r.clientAddress ? <code>{r.clientAddress}</code> : '–'),
      },
      {
        id: 'details',
        header: t('securityEvents.details'),
        cell: (r) => (
          <VStack gap="space-2">
            {securityEventDetails(t, r).map((line) => (
              <BodyShort size="small" key={line}>
                {line}
              </BodyShort>
            ))}
          </VStack>
        ),
      },
      {
        id: 'follow',
        header: t('securityEvents.follow'),
        cell: (r) => (
          <VStack gap="space-4" align="start">
            {r.accountKey && r.accountKey !== applied.accountKey && (
              <Button
                size="xsmall"
                variant="tertiary"
                type="button"
                onClick={() => apply({ ...applied, kind: '', accountKey: r.accountKey ?? '' })}
              >
                {t('securityEvents.filterAccount')}
              </Button>
            )}
            {r.clientAddress && r.clientAddress !== applied.clientAddress && (
              <Button
                size="xsmall"
                variant="tertiary"
                type="button"
                onClick={() => apply({ ...applied, kind: '', clientAddress: r.clientAddress ?? '' })}
              >
                {t('securityEvents.filterAddress', { address: r.clientAddress })}
              </Button>
            )}
            {r.userId && r.userName && r.userId !== applied.userId && (
              <Button
                size="xsmall"
                variant="tertiary"
                type="button"
                onClick={() => apply({ ...applied, kind: '', userId: r.userId ?? '', userName: r.userName ?? '' })}
              >
                {t('securityEvents.filterUser', { name: r.userName })}
              </Button>
            )}
          </VStack>
        ),
      },
    ];
  }
}
