import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import {
  OwnAccessLogDocument,
  OwnConsentsDocument,
  OwnPlansDocument,
  OwnRectificationRequestsDocument,
  RequestRectificationDocument,
  WithdrawOwnConsentDocument,
} from '../gql/own-view/own-view';
import type {
  OwnAccessLogQuery,
  OwnConsentFieldsFragment,
  OwnPlansQuery,
  RectificationField,
  RectificationFieldsFragment,
  SelfServiceActor,
} from '../gql/graphql';
import { formatDate, formatDateTime } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  DataTable,
  FormErrorSummary,
  Heading,
  List,
  LoadingState,
  PageHeading,
  Select,
  Tag,
  Textarea,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';
import { ConfirmDialog } from '../ui/confirm-dialog';
import type { OwnViewSession } from './own-view-session';

export interface OwnPageProps {
  session: OwnViewSession;
  record: { id: string; givenName: string; familyName: string };
  actor: SelfServiceActor;
}

// Loads one own-view query for the record; `reload` fetches it again after a change.
function useOwnQuery<T>(load: () => Promise<T>): { data?: T; error?: unknown; reload: () => void } {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [round, setRound] = useState(0);
  useEffect(() => {
    let cancelled = false;
    load()
      .then((result) => {
        if (!cancelled) setData(result);
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e);
      });
    return () => {
      cancelled = true;
    };
    // `load` is rebuilt each render; the record and the round decide when to load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round]);
  return { data, error, reload: useCallback(() => setRound((n) => n + 1), []) };
}

function LoadError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <Alert variant="error">{t(errorMessageKey(error))}</Alert>;
}

// "Min plan": who to contact first, then the plans, current ones first.
export function OwnPlanPage({ session, record }: OwnPageProps) {
  const { t } = useTranslation();
  const { data, error } = useOwnQuery<OwnPlansQuery>(() =>
    session.call(OwnPlansDocument, { youngPersonId: record.id }),
  );
  const contact = data?.ownPlans.contactPerson;
  return (
    <VStack gap="space-24">
      <PageHeading>{t('ownView.nav.plan')}</PageHeading>
      {error !== undefined && <LoadError error={error} />}
      {!data && error === undefined && <LoadingState />}
      {data && (
        <>
          <Box as="section" aria-labelledby="own-contact" padding="space-16" borderWidth="1" borderRadius="8">
            <Heading level="2" size="medium" id="own-contact" spacing>
              {t('ownView.plan.contactHeading')}
            </Heading>
            {contact ? (
              <VStack gap="space-4">
                <BodyShort weight="semibold">{contact.name}</BodyShort>
                {contact.organization && (
                  <BodyShort>
                    {t('ownView.plan.organization')}: {contact.organization}
                  </BodyShort>
                )}
                {contact.phone && (
                  <BodyShort>
                    {t('ownView.plan.phone')}: <a href={`tel:${contact.phone}`}>{contact.phone}</a>
                  </BodyShort>
                )}
                {contact.email && (
                  <BodyShort>
                    {t('ownView.plan.email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </BodyShort>
                )}
                <BodyShort size="small">{t('ownView.plan.contactIntro')}</BodyShort>
              </VStack>
            ) : (
              <BodyShort>{t('ownView.plan.noContact')}</BodyShort>
            )}
          </Box>
          <section aria-labelledby="own-plans">
            <Heading level="2" size="medium" id="own-plans" spacing>
              {t('ownView.plan.plansHeading')}
            </Heading>
            {data.ownPlans.plans.length === 0 && <BodyShort>{t('ownView.plan.noPlans')}</BodyShort>}
            <VStack gap="space-16">
              {data.ownPlans.plans.map((plan) => (
                <article key={plan.id} aria-labelledby={`plan-${plan.id}`}>
                  <Heading level="3" size="small" id={`plan-${plan.id}`} spacing>
                    {plan.title}{' '}
                    <Tag size="small" variant={plan.status === 'ACTIVE' ? 'success' : 'neutral'}>
                      {t(`ownView.plan.status.${plan.status as 'ACTIVE' | 'CLOSED'}`, { defaultValue: plan.status })}
                    </Tag>
                  </Heading>
                  {plan.developmentArea && <BodyLong spacing>{plan.developmentArea}</BodyLong>}
                  {plan.goals.length > 0 && (
                    <>
                      <Heading level="4" size="xsmall">
                        {t('ownView.plan.goals')}
                      </Heading>
                      <List as="ul" size="small">
                        {plan.goals.map((goal, i) => (
                          <List.Item key={i}>{goal.description}</List.Item>
                        ))}
                      </List>
                    </>
                  )}
                  {plan.actions.length > 0 && (
                    <>
                      <Heading level="4" size="xsmall">
                        {t('ownView.plan.actions')}
                      </Heading>
                      <List as="ul" size="small">
                        {plan.actions.map((action, i) => (
                          <List.Item key={i}>
                            {action.description}
                            {action.organization &&
                              ` – ${t('ownView.plan.responsible', { organization: action.organization })}`}
                            {action.dueOn && ` (${t('ownView.plan.due', { date: formatDate(action.dueOn) })})`}
                          </List.Item>
                        ))}
                      </List>
                    </>
                  )}
                  {(plan.leadPerson ?? plan.leadOrganization) && (
                    <BodyShort size="small">
                      {t('ownView.plan.lead', {
                        who: [plan.leadPerson, plan.leadOrganization].filter(Boolean).join(', '),
                      })}
                    </BodyShort>
                  )}
                  <BodyShort size="small">{t('ownView.plan.updated', { date: formatDate(plan.updatedAt) })}</BodyShort>
                </article>
              ))}
            </VStack>
          </section>
        </>
      )}
    </VStack>
  );
}

// "Mina samtycken": every consent, and a one-step withdrawal (one question first).
export function OwnConsentsPage({ session, record }: OwnPageProps) {
  const { t } = useTranslation();
  const { data, error, reload } = useOwnQuery(() => session.call(OwnConsentsDocument, { youngPersonId: record.id }));
  const [asking, setAsking] = useState<OwnConsentFieldsFragment>();
  const [notice, setNotice] = useState<{ text: string; ok: boolean }>();
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const withdraw = async () => {
    if (!asking) return;
    setBusy(true);
    try {
      await session.call(WithdrawOwnConsentDocument, { consentId: asking.id });
      setNotice({ ok: true, text: t('ownView.consents.withdrawn', { organization: asking.recipientOrganization }) });
      reload();
    } catch (e) {
      setNotice({ ok: false, text: t(errorMessageKey(e)) });
    } finally {
      setBusy(false);
      setAsking(undefined);
    }
  };
  const category = (code: string) => t(`ownView.accessLog.category.${code as 'NAME'}`, { defaultValue: code });
  return (
    <VStack gap="space-24">
      <PageHeading>{t('ownView.nav.consents')}</PageHeading>
      <BodyLong>{t('ownView.consents.intro')}</BodyLong>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert variant={notice.ok ? 'success' : 'error'}>{notice.text}</Alert>
        </div>
      )}
      {error !== undefined && <LoadError error={error} />}
      {!data && error === undefined && <LoadingState />}
      {data?.ownConsents.length === 0 && <BodyShort>{t('ownView.consents.none')}</BodyShort>}
      <VStack gap="space-16">
        {data?.ownConsents.map((consent) => (
          <Box
            as="section"
            key={consent.id}
            aria-labelledby={`consent-${consent.id}`}
            padding="space-16"
            borderWidth="1"
            borderRadius="8"
          >
            <Heading level="2" size="small" id={`consent-${consent.id}`} spacing>
              {t('ownView.consents.to')}: {consent.recipientOrganization}{' '}
              <Tag size="small" variant={consent.status === 'ACTIVE' ? 'success' : 'neutral'}>
                {t(`ownView.consents.status.${consent.status}`)}
              </Tag>
            </Heading>
            <dl className="brygga-facts">
              <dt>{t('ownView.consents.what')}</dt>
              <dd>{consent.categories.map(category).join(', ')}</dd>
              <dt>{t('ownView.consents.why')}</dt>
              <dd>{consent.purpose}</dd>
              <dt>{t('ownView.consents.valid')}</dt>
              <dd>
                {t('ownView.consents.validRange', {
                  from: formatDate(consent.validFrom),
                  to: formatDate(consent.validTo),
                })}
              </dd>
            </dl>
            {(consent.status === 'ACTIVE' || consent.status === 'NOT_YET_VALID') && (
              <Button variant="secondary" size="small" onClick={() => setAsking(consent)}>
                {t('ownView.consents.withdraw')}
              </Button>
            )}
          </Box>
        ))}
      </VStack>
      {asking && (
        <ConfirmDialog
          heading={t('ownView.consents.confirmHeading')}
          body={t('ownView.consents.confirmBody', { organization: asking.recipientOrganization })}
          confirmLabel={t('ownView.consents.confirm')}
          cancelLabel={t('ownView.consents.cancel')}
          busy={busy}
          onConfirm={() => void withdraw()}
          onCancel={() => setAsking(undefined)}
        />
      )}
    </VStack>
  );
}

type AccessRow = OwnAccessLogQuery['ownAccessLog'][number];

// "Vem har läst": every read of the record, newest first.
export function OwnAccessLogPage({ session, record, actor }: OwnPageProps) {
  const { t } = useTranslation();
  const { data, error } = useOwnQuery(() => session.call(OwnAccessLogDocument, { youngPersonId: record.id }));
  const who = (row: AccessRow): string => {
    if (row.readerKind === 'YOUNG_PERSON') {
      return actor === 'YOUNG_PERSON' ? t('ownView.accessLog.you') : t('ownView.accessLog.youngPerson');
    }
    if (row.readerKind === 'GUARDIAN') return t('ownView.accessLog.guardian');
    return row.readerName ?? '–';
  };
  const columns: Array<DataTableColumn<AccessRow>> = [
    { id: 'when', header: t('ownView.accessLog.when'), cell: (row) => formatDateTime(row.occurredAt) },
    { id: 'who', header: t('ownView.accessLog.who'), cell: who },
    { id: 'organization', header: t('ownView.accessLog.organization'), cell: (row) => row.organization ?? '–' },
    { id: 'why', header: t('ownView.accessLog.why'), cell: (row) => t(`ownView.accessLog.ground.${row.ground}`) },
    {
      id: 'what',
      header: t('ownView.accessLog.what'),
      cell: (row) =>
        row.categories.map((c) => t(`ownView.accessLog.category.${c as 'NAME'}`, { defaultValue: c })).join(', '),
    },
  ];
  return (
    <VStack gap="space-24">
      <PageHeading>{t('ownView.nav.accessLog')}</PageHeading>
      <BodyLong>{t('ownView.accessLog.intro')}</BodyLong>
      {error !== undefined && <LoadError error={error} />}
      {!data && error === undefined && <LoadingState />}
      {data && data.ownAccessLog.length === 0 && <BodyShort>{t('ownView.accessLog.none')}</BodyShort>}
      {data && data.ownAccessLog.length > 0 && (
        <DataTable
          caption={t('ownView.accessLog.caption')}
          regionLabel={t('ownView.accessLog.caption')}
          columns={columns}
          rows={data.ownAccessLog}
          rowKey={(r) => r.id}
        />
      )}
    </VStack>
  );
}

const FIELDS: RectificationField[] = ['NAME', 'CONTACT_DETAILS', 'OCCUPATION', 'PLAN', 'CONSENT', 'GUARDIAN', 'OTHER'];
const TEXT_ID = 'rectification-text';

// "Begär rättelse": what is wrong, in the person's own words, and the answers so far.
export function OwnRectificationPage({ session, record }: OwnPageProps) {
  const { t } = useTranslation();
  const { data, error, reload } = useOwnQuery(() =>
    session.call(OwnRectificationRequestsDocument, { youngPersonId: record.id }),
  );
  const [field, setField] = useState<RectificationField>('OTHER');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [notice, setNotice] = useState<{ text: string; ok: boolean }>();
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    if (text.trim().length === 0) {
      setErrors([{ fieldId: TEXT_ID, message: t('ownView.rectification.textMissing') }]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await session.call(RequestRectificationDocument, { input: { youngPersonId: record.id, field, text } });
      setText('');
      setNotice({ ok: true, text: t('ownView.rectification.sent') });
      reload();
    } catch (e) {
      setNotice({ ok: false, text: t(errorMessageKey(e)) });
    } finally {
      setBusy(false);
    }
  };
  const requests: RectificationFieldsFragment[] = data?.ownRectificationRequests ?? [];
  return (
    <VStack gap="space-24">
      <PageHeading error={errors.length > 0}>{t('ownView.nav.rectification')}</PageHeading>
      <BodyLong>{t('ownView.rectification.intro')}</BodyLong>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert variant={notice.ok ? 'success' : 'error'}>{notice.text}</Alert>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <VStack gap="space-16">
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          <Select
            label={t('ownView.rectification.field')}
            value={field}
            onChange={(e) => setField(e.target.value as RectificationField)}
          >
            {FIELDS.map((f) => (
              <option key={f} value={f}>
                {t(`rectification.fields.${f}`)}
              </option>
            ))}
          </Select>
          <Textarea
            id={TEXT_ID}
            label={t('ownView.rectification.text')}
            description={t('ownView.rectification.textHint')}
            value={text}
            maxLength={2000}
            onChange={(e) => setText(e.target.value)}
            error={errors.find((e) => e.fieldId === TEXT_ID)?.message}
          />
          <div>
            <Button type="submit" loading={busy}>
              {t('ownView.rectification.send')}
            </Button>
          </div>
        </VStack>
      </form>
      <section aria-labelledby="own-requests">
        <Heading level="2" size="medium" id="own-requests" spacing>
          {t('ownView.rectification.historyHeading')}
        </Heading>
        {error !== undefined && <LoadError error={error} />}
        {data && requests.length === 0 && <BodyShort>{t('ownView.rectification.none')}</BodyShort>}
        <VStack gap="space-12">
          {requests.map((request) => (
            <Box key={request.id} padding="space-12" borderWidth="1" borderRadius="8">
              <BodyShort weight="semibold">
                {t(`rectification.fields.${request.field}`)}{' '}
                <Tag
                  size="small"
                  variant={request.status === 'OPEN' ? 'info' : request.status === 'ACCEPTED' ? 'success' : 'warning'}
                >
                  {t(`rectification.status.${request.status}`)}
                </Tag>
              </BodyShort>
              <BodyLong>{request.text}</BodyLong>
              <BodyShort size="small">
                {t('ownView.rectification.sentOn', { date: formatDate(request.createdAt) })}
              </BodyShort>
              {request.decisionReason && (
                <BodyShort>{t('ownView.rectification.answer', { reason: request.decisionReason })}</BodyShort>
              )}
            </Box>
          ))}
        </VStack>
      </section>
    </VStack>
  );
}
