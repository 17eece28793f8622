import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { AccessSampleDocument, RecordAccessReviewDocument, SampleReviewsDocument } from '../gql/review/access-log';
import type { AccessLogRowFragment, AccessReviewOutcome } from '../gql/graphql';
import { todayIso } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  FormErrorSummary,
  HStack,
  Heading,
  LoadingState,
  PageHeading,
  Select,
  Tag,
  TextField,
  VStack,
  type FieldError,
} from '../ui';
import { AccessLogTable } from './access-log-parts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const OUTCOMES: AccessReviewOutcome[] = ['JUSTIFIED', 'FOLLOW_UP_WITH_USER', 'INCIDENT_REPORTED'];

// The month's random sample of reads (the same for the whole month), each recorded as reviewed
// with an outcome (a RANDOM_SAMPLE review of that read).
export function AccessSamplePage() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => todayIso().slice(0, 7));
  const [month, setMonth] = useState(draft);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const { data, error } = useQuery(AccessSampleDocument, { variables: { month } });
  const accessLogIds = data?.accessSample.map((row) => row.id) ?? [];
  const reviews = useQuery(SampleReviewsDocument, {
    variables: { accessLogIds },
    skip: accessLogIds.length === 0,
  });
  // The rows are shown once it is known which are reviewed, so none is offered twice.
  const problem = error ?? reviews.error;
  const ready = data !== undefined && (accessLogIds.length === 0 || reviews.data !== undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = MONTH.test(draft.trim()) ? [] : [{ fieldId: 'sample-month', message: t('reviewLog.monthInvalid') }];
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length === 0) setMonth(draft.trim());
  };
  const reviewed = new Map(
    reviews.data?.accessReviews.nodes.filter((r) => r.accessLogId).map((r) => [r.accessLogId ?? '', r.outcome]) ?? [],
  );
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading error={errors.length > 0}>{t('reviewLog.sampleTitle')}</PageHeading>
        <BodyLong>{t('reviewLog.sampleIntro')}</BodyLong>
      </div>
      <form onSubmit={submit} noValidate aria-label={t('reviewLog.sampleTitle')}>
        <VStack gap="space-16">
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          <HStack gap="space-16" align="end">
            <TextField
              id="sample-month"
              label={t('reviewLog.month')}
              value={draft}
              inputMode="numeric"
              onChange={(e) => setDraft(e.target.value)}
              error={errors[0]?.message}
            />
            <div>
              <Button type="submit">{t('reviewLog.showSample')}</Button>
            </div>
          </HStack>
        </VStack>
      </form>
      {problem && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(problem))}
        </Alert>
      )}
      {!ready && !problem && <LoadingState />}
      {ready && (
        <section aria-labelledby="sample-results">
          <Heading level="2" size="medium" spacing id="sample-results">
            {t('reviewLog.sampleCount', { count: data.accessSample.length })}
          </Heading>
          {data.accessSample.length === 0 ? (
            <BodyShort>{t('reviewLog.sampleEmpty')}</BodyShort>
          ) : (
            <AccessLogTable
              rows={data.accessSample}
              caption={t('reviewLog.sampleTitle')}
              regionLabel={t('reviewLog.region')}
              actionsHeader={t('reviewLog.outcome')}
              actions={(row) => <SampleReview row={row} outcome={reviewed.get(row.id)} />}
            />
          )}
        </section>
      )}
    </VStack>
  );
}

function SampleReview({
  row,
  outcome,
}: {
  row: AccessLogRowFragment;
  outcome: AccessReviewOutcome | null | undefined;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<AccessReviewOutcome | ''>('');
  const [failure, setFailure] = useState<string>();
  const [record, { loading }] = useMutation(RecordAccessReviewDocument, {
    refetchQueries: ['SampleReviews'],
    awaitRefetchQueries: true,
  });
  if (outcome) {
    return (
      <Tag size="small" variant="success">
        {t('reviewLog.reviewed', { outcome: t(`enums.AccessReviewOutcome.${outcome}`) })}
      </Tag>
    );
  }
  const selectId = `sample-outcome-${row.id}`;
  return (
    <VStack gap="space-4" align="start">
      <Select
        id={selectId}
        label={t('reviewLog.outcome')}
        hideLabel
        size="small"
        value={choice}
        onChange={(e) => setChoice(e.target.value as AccessReviewOutcome | '')}
      >
        <option value="">{t('reviewLog.notReviewed')}</option>
        {OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t(`enums.AccessReviewOutcome.${o}`)}
          </option>
        ))}
      </Select>
      <Button
        size="xsmall"
        variant="secondary"
        disabled={!choice}
        loading={loading}
        onClick={() =>
          void (async () => {
            if (!choice) return;
            setFailure(undefined);
            try {
              await record({
                variables: {
                  input: {
                    kind: 'RANDOM_SAMPLE',
                    accessLogId: row.id,
                    userId: row.userId,
                    youngPersonId: row.youngPersonId,
                    periodFrom: row.occurredAt,
                    // The api wants a period that ends after it starts: the read's own second.
                    periodTo: new Date(new Date(row.occurredAt).getTime() + 1000).toISOString(),
                    outcome: choice,
                  },
                },
              });
            } catch (error) {
              setFailure(t(errorMessageKey(error)));
            }
          })()
        }
      >
        {t('reviewLog.recordReview')}
      </Button>
      {failure && (
        <BodyShort size="small" role="alert">
          {failure}
        </BodyShort>
      )}
    </VStack>
  );
}
