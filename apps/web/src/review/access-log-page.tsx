import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { AccessLogSearchDocument } from '../gql/review/access-log';
import type { AccessGround, AccessLogFilterInput, AccessSubjectKind } from '../gql/graphql';
import { formatNumber } from '../i18n/format';
import { OrganizationPicker } from '../organization/organization-picker';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  FormErrorSummary,
  HGrid,
  HStack,
  Heading,
  LoadingState,
  PageHeading,
  Select,
  TextField,
  VStack,
  type FieldError,
} from '../ui';
import { AccessLogTable, readerName, shortId } from './access-log-parts';
import { UserFilter } from './access-log-user-filter';
import { PeriodFields, periodErrors, periodInstants } from './period';
import { ResultsHeading, SearchButtons } from './search-parts';

const PAGE_SIZE = 25;
// Every ground the api has, in the reviewer's order; a new ground in the schema fails the type
// check below until it is listed (the stand-in's ground was missing from the filter).
const GROUNDS = [
  'CASELOAD',
  'STAND_IN',
  'UNIT',
  'CONSENT',
  'ASSIGNED_ACTION',
  'DISCLOSURE',
  'EMERGENCY_ACCESS',
  'STATUTORY_REPORT',
  'SCHOOL',
  'SELF',
  'ARCHIVE',
  'NONE',
] as const satisfies readonly AccessGround[];
const SUBJECT_KINDS = ['YOUNG_PERSON', 'SCHOOL_PUPIL'] as const satisfies readonly AccessSubjectKind[];
type UnlistedGround = Exclude<AccessGround, (typeof GROUNDS)[number]>;
const everyGroundListed: [UnlistedGround] extends [never] ? true : UnlistedGround = true;
void everyGroundListed;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Draft {
  userId: string;
  // The chosen user's name, to show in the filter (the id is what the api filters on).
  userName: string;
  youngPersonId: string;
  organizationId: string;
  // The chosen organisation's name, to show in the picker (found by a search on the server).
  organizationName: string;
  ground: AccessGround | '';
  subjectKind: AccessSubjectKind | '';
  from: string;
  to: string;
}
const EMPTY: Draft = {
  userId: '',
  userName: '',
  youngPersonId: '',
  organizationId: '',
  organizationName: '',
  ground: '',
  subjectKind: '',
  from: '',
  to: '',
};

// Dates are whole Swedish days, whatever the browser's zone (period.tsx).
function toFilter(draft: Draft): AccessLogFilterInput {
  const filter: AccessLogFilterInput = {};
  if (draft.userId) filter.userId = draft.userId;
  if (draft.youngPersonId.trim()) filter.youngPersonId = draft.youngPersonId.trim();
  if (draft.organizationId) filter.organizationId = draft.organizationId;
  if (draft.ground) filter.ground = draft.ground;
  if (draft.subjectKind) filter.subjectKind = draft.subjectKind;
  return { ...filter, ...periodInstants(draft) };
}

// The log reviewer's search of the access log: by user, young person, organisation, ground and
// period, newest first, a page at a time. Filters stay in the page's state (never the URL).
export function AccessLogPage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [applied, setApplied] = useState<Draft>(EMPTY);
  const [cursors, setCursors] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const { data, previousData, error, loading } = useQuery(AccessLogSearchDocument, {
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
    const list: FieldError[] = [];
    if (draft.youngPersonId.trim() && !UUID.test(draft.youngPersonId.trim()))
      list.push({ fieldId: 'log-young-person', message: t('reviewLog.youngPersonInvalid') });
    list.push(...periodErrors(t, draft, 'log'));
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length === 0) apply(draft);
  };
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const from = cursors.length * PAGE_SIZE + 1;
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading error={errors.length > 0}>{t('reviewLog.searchTitle')}</PageHeading>
        <BodyLong>{t('reviewLog.searchIntro')}</BodyLong>
      </div>
      <form onSubmit={submit} noValidate aria-labelledby="log-filters">
        <VStack gap="space-16">
          <Heading level="2" size="medium" id="log-filters">
            {t('reviewLog.filters')}
          </Heading>
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          <HGrid gap="space-16" columns={{ xs: 1, md: 3 }}>
            <UserFilter
              chosen={draft.userId ? { id: draft.userId, name: draft.userName } : undefined}
              onChoose={(user) => setDraft({ ...draft, userId: user?.id ?? '', userName: user?.name ?? '' })}
            />
            <OrganizationPicker
              id="log-organization"
              label={t('reviewLog.organization')}
              description={t('reviewLog.organizationHint')}
              chosen={draft.organizationId ? { id: draft.organizationId, name: draft.organizationName } : undefined}
              onChoose={(o) => setDraft({ ...draft, organizationId: o?.id ?? '', organizationName: o?.name ?? '' })}
            />
            <Select
              id="log-ground"
              label={t('reviewLog.ground')}
              value={draft.ground}
              onChange={(e) => setDraft({ ...draft, ground: e.target.value as AccessGround | '' })}
            >
              <option value="">{t('reviewLog.anyGround')}</option>
              {GROUNDS.map((g) => (
                <option key={g} value={g}>
                  {t(`reviewLog.groundValue.${g}`)}
                </option>
              ))}
            </Select>
            <Select
              id="log-subject-kind"
              label={t('reviewLog.subjectKind')}
              value={draft.subjectKind}
              onChange={(e) => setDraft({ ...draft, subjectKind: e.target.value as AccessSubjectKind | '' })}
            >
              <option value="">{t('reviewLog.anySubjectKind')}</option>
              {SUBJECT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`reviewLog.subjectKindValue.${kind}`)}
                </option>
              ))}
            </Select>
            <TextField
              id="log-young-person"
              label={t('reviewLog.youngPerson')}
              description={t('reviewLog.youngPersonHint')}
              value={draft.youngPersonId}
              autoComplete="off"
              onChange={(e) => setDraft({ ...draft, youngPersonId: e.target.value })}
              error={errorFor('log-young-person')}
            />
            <PeriodFields
              idPrefix="log"
              period={draft}
              onChange={(period) => setDraft({ ...draft, ...period })}
              errors={errors}
            />
          </HGrid>
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
        <section aria-labelledby="log-results">
          <ResultsHeading id="log-results" text={t('reviewLog.results', { count: shown.accessLog.totalCount })} />
          {shown.accessLog.nodes.length === 0 ? (
            <BodyShort>{t('reviewLog.empty')}</BodyShort>
          ) : (
            <VStack gap="space-16">
              <AccessLogTable
                rows={shown.accessLog.nodes}
                caption={t('reviewLog.caption')}
                regionLabel={t('reviewLog.region')}
                actionsHeader={t('reviewLog.filters')}
                actions={(row) => (
                  <VStack gap="space-4" align="start">
                    <Button
                      size="xsmall"
                      variant="tertiary"
                      type="button"
                      onClick={() =>
                        apply({
                          ...applied,
                          userId: row.userId,
                          userName: readerName(row, t('reviewLog.unknownUser')),
                        })
                      }
                    >
                      {t('reviewLog.filterUser', {
                        name: readerName(row, t('reviewLog.unknownUser')),
                      })}
                    </Button>
                    {row.youngPersonId && (
                      <Button
                        size="xsmall"
                        variant="tertiary"
                        type="button"
                        onClick={() => apply({ ...applied, youngPersonId: row.youngPersonId ?? '' })}
                      >
                        {t('reviewLog.filterYoungPerson', { id: shortId(row.youngPersonId) })}
                      </Button>
                    )}
                  </VStack>
                )}
              />
              <HStack gap="space-16" align="center">
                <BodyShort>
                  {`${formatNumber(from)}–${formatNumber(from + shown.accessLog.nodes.length - 1)} / ${formatNumber(shown.accessLog.totalCount)}`}
                </BodyShort>
                <Button
                  size="small"
                  variant="secondary"
                  disabled={cursors.length === 0}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  {t('reviewLog.previous')}
                </Button>
                <Button
                  size="small"
                  variant="secondary"
                  disabled={!shown.accessLog.pageInfo.hasNextPage}
                  onClick={() => {
                    const end = shown.accessLog.pageInfo.endCursor;
                    if (end) setCursors([...cursors, end]);
                  }}
                >
                  {t('reviewLog.next')}
                </Button>
              </HStack>
            </VStack>
          )}
        </section>
      )}
    </VStack>
  );
}
