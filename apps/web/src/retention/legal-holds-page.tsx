import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import type { LegalHoldsQuery } from '../gql/graphql';
import { LegalHoldsDocument, LiftLegalHoldDocument, SetLegalHoldDocument } from '../gql/retention/legal-holds';
import { formatDate, formatDateTime } from '../i18n/format';
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
  Textarea,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';
import { ConfirmDialog } from '../ui/confirm-dialog';

type Hold = LegalHoldsQuery['legalHolds'][number];

const PERSON_ID = 'legal-hold-person';
const REASON_ID = 'legal-hold-reason';
const LIFT_REASON_ID = 'legal-hold-lift-reason';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The api's rule for a reason (IsReason: 5–500 characters after trimming).
function reasonValid(reason: string): boolean {
  const length = reason.trim().length;
  return length >= 5 && length <= 500;
}

// Legal holds (bevarandebeslut, issue 19): the admin's for the municipality and a KAA unit's team
// lead's for the unit's young people, as the api lists them. A hold is set on a young person by
// their id with a reason, and lifted with a reason after a confirmation; nothing else about the
// young person is shown (docs/RETENTION.md).
export function LegalHoldsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(LegalHoldsDocument, { fetchPolicy: 'cache-and-network' });
  const [setHold, { loading: setting }] = useMutation(SetLegalHoldDocument);
  const [liftHold, { loading: lifting }] = useMutation(LiftLegalHoldDocument);
  const [personId, setPersonId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [lifted, setLifted] = useState<Hold>();
  const [liftReason, setLiftReason] = useState('');
  const [liftErrors, setLiftErrors] = useState<FieldError[]>([]);
  const [liftSubmitCount, setLiftSubmitCount] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ text: string; ok: boolean }>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const liftHeadingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  useEffect(() => {
    if (lifted) liftHeadingRef.current?.focus();
  }, [lifted]);

  const startLift = (hold: Hold) => {
    setNotice(undefined);
    setLifted(hold);
    setLiftReason('');
    setLiftErrors([]);
  };

  const columns = useMemo<Array<DataTableColumn<Hold>>>(
    () => [
      {
        id: 'youngPerson',
        header: t('retention.holds.youngPerson'),
        cell: (row) => <code className="brygga-preformatted">{row.youngPersonId}</code>,
      },
      { id: 'reason', header: t('retention.holds.reason'), cell: (row) => row.reason },
      { id: 'setAt', header: t('retention.holds.setAt'), cell: (row) => formatDateTime(row.setAt) },
      {
        id: 'state',
        header: t('retention.holds.state'),
        cell: (row) =>
          row.liftedAt ? (
            <VStack gap="space-4">
              <Tag size="small" variant="neutral">
                {t('retention.holds.lifted', { date: formatDate(row.liftedAt.slice(0, 10)) })}
              </Tag>
              {row.liftReason && <span>{row.liftReason}</span>}
            </VStack>
          ) : (
            <Tag size="small" variant="warning">
              {t('retention.holds.active')}
            </Tag>
          ),
      },
      {
        id: 'actions',
        header: t('retention.holds.actions'),
        cell: (row) =>
          row.liftedAt ? null : (
            <Button
              type="button"
              size="small"
              variant="secondary"
              aria-label={t('retention.holds.liftLabel', { id: row.youngPersonId })}
              onClick={() => startLift(row)}
            >
              {t('retention.holds.lift')}
            </Button>
          ),
      },
    ],
    [t],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    const id = personId.trim();
    const list: FieldError[] = [];
    if (!UUID.test(id)) list.push({ fieldId: PERSON_ID, message: t('retention.holds.youngPersonIdInvalid') });
    if (!reasonValid(reason)) list.push({ fieldId: REASON_ID, message: t('retention.holds.reasonInvalid') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      await setHold({ variables: { input: { youngPersonId: id, reason: reason.trim() } } });
      await refetch();
      setPersonId('');
      setReason('');
      setNotice({ ok: true, text: t('retention.holds.saved', { id }) });
    } catch (caught) {
      const code = errorCode(caught);
      const field: FieldError | undefined =
        code === 'NOT_FOUND'
          ? { fieldId: PERSON_ID, message: t('retention.holds.youngPersonNotFound') }
          : code === 'LEGAL_HOLD_EXISTS'
            ? { fieldId: PERSON_ID, message: t('errors.LEGAL_HOLD_EXISTS') }
            : code === 'INPUT_REASON_INVALID'
              ? { fieldId: REASON_ID, message: t('retention.holds.reasonInvalid') }
              : undefined;
      if (field) {
        setErrors([field]);
        setSubmitCount((n) => n + 1);
      } else {
        setNotice({ ok: false, text: t(errorMessageKey(caught)) });
      }
    }
  };

  const submitLift = (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = reasonValid(liftReason)
      ? []
      : [{ fieldId: LIFT_REASON_ID, message: t('retention.holds.reasonInvalid') }];
    setLiftErrors(list);
    setLiftSubmitCount((n) => n + 1);
    if (list.length === 0) setConfirming(true);
  };

  const confirmLift = async () => {
    if (!lifted) return;
    const id = lifted.youngPersonId;
    try {
      await liftHold({ variables: { input: { youngPersonId: id, reason: liftReason.trim() } } });
      await refetch();
      setLifted(undefined);
      setNotice({ ok: true, text: t('retention.holds.liftedNotice', { id }) });
    } catch (caught) {
      if (errorCode(caught) === 'INPUT_REASON_INVALID') {
        setLiftErrors([{ fieldId: LIFT_REASON_ID, message: t('retention.holds.reasonInvalid') }]);
        setLiftSubmitCount((n) => n + 1);
      } else {
        setLifted(undefined);
        setNotice({ ok: false, text: t(errorMessageKey(caught)) });
        await refetch();
      }
    } finally {
      setConfirming(false);
    }
  };

  const holds = data?.legalHolds;
  return (
    <VStack gap="space-24">
      <PageHeading>{t('retention.holds.title')}</PageHeading>
      <BodyLong>{t('retention.holds.intro')}</BodyLong>
      {notice && (
        <div ref={noticeRef} tabIndex={-1}>
          <Alert variant={notice.ok ? 'success' : 'error'}>{notice.text}</Alert>
        </div>
      )}
      <section aria-labelledby="legal-holds-list">
        <Heading level="2" size="small" spacing id="legal-holds-list">
          {t('retention.holds.listHeading')}
        </Heading>
        {error ? (
          <Alert variant="error" role="alert">
            {t(errorMessageKey(error))}
          </Alert>
        ) : !holds ? (
          <LoadingState />
        ) : holds.length === 0 ? (
          <BodyLong>{t('retention.holds.empty')}</BodyLong>
        ) : (
          <DataTable
            caption={t('retention.holds.caption')}
            regionLabel={t('retention.holds.caption')}
            columns={columns}
            rows={holds}
            rowKey={(row) => row.id}
          />
        )}
      </section>
      {lifted && (
        <section aria-labelledby="legal-hold-lift" className="brygga-card">
          <form onSubmit={submitLift} noValidate aria-labelledby="legal-hold-lift">
            <VStack gap="space-16">
              <Heading level="2" size="small" id="legal-hold-lift" ref={liftHeadingRef} tabIndex={-1}>
                {t('retention.holds.liftHeading')}
              </Heading>
              <BodyLong>{t('retention.holds.liftFor', { id: lifted.youngPersonId })}</BodyLong>
              <FormErrorSummary errors={liftErrors} submitCount={liftSubmitCount} />
              <Textarea
                id={LIFT_REASON_ID}
                label={t('retention.holds.liftReason')}
                description={t('retention.holds.liftReasonHint')}
                value={liftReason}
                onChange={(e) => setLiftReason(e.target.value)}
                error={liftErrors.find((e) => e.fieldId === LIFT_REASON_ID)?.message}
                maxLength={500}
                minRows={2}
              />
              <HStack gap="space-12">
                <Button type="submit" variant="danger">
                  {t('retention.holds.liftSubmit')}
                </Button>
                <Button type="button" variant="secondary" onClick={() => setLifted(undefined)}>
                  {t('retention.holds.liftCancel')}
                </Button>
              </HStack>
            </VStack>
          </form>
        </section>
      )}
      <section aria-labelledby="legal-hold-set" className="brygga-card">
        <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="legal-hold-set">
          <VStack gap="space-16">
            <Heading level="2" size="small" id="legal-hold-set">
              {t('retention.holds.setHeading')}
            </Heading>
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            <TextField
              id={PERSON_ID}
              label={t('retention.holds.youngPersonId')}
              description={t('retention.holds.youngPersonIdHint')}
              value={personId}
              onChange={(e) => setPersonId(e.target.value)}
              error={errors.find((e) => e.fieldId === PERSON_ID)?.message}
              autoComplete="off"
              spellCheck={false}
              style={{ maxWidth: '28rem' }}
            />
            <Textarea
              id={REASON_ID}
              label={t('retention.holds.reason')}
              description={t('retention.holds.reasonHint')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={errors.find((e) => e.fieldId === REASON_ID)?.message}
              maxLength={500}
              minRows={2}
            />
            <div>
              <Button type="submit" loading={setting}>
                {t('retention.holds.set')}
              </Button>
            </div>
          </VStack>
        </form>
      </section>
      {confirming && lifted && (
        <ConfirmDialog
          heading={t('retention.holds.confirmHeading')}
          body={t('retention.holds.confirmBody', { id: lifted.youngPersonId })}
          confirmLabel={t('retention.holds.confirm')}
          cancelLabel={t('retention.holds.cancel')}
          busy={lifting}
          onConfirm={() => void confirmLift()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </VStack>
  );
}
