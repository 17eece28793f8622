import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { LoadMoreControl, useLoadMore } from '../app/load-more';
import { CloseAccessReviewDocument, MoreReviewQueueDocument, ReviewQueueDocument } from '../gql/review/review';
import type { AccessReviewOutcome, ReviewQueueQuery } from '../gql/graphql';
import { formatDateTime, formatNumber } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Heading,
  LoadingState,
  PageHeading,
  Radio,
  RadioGroup,
  Tag,
  Textarea,
  VStack,
} from '../ui';
import { SecurityAnomalyNotice } from './security-anomaly-notice';

type Review = ReviewQueueQuery['accessReviews']['nodes'][number];
const OUTCOMES: AccessReviewOutcome[] = ['JUSTIFIED', 'FOLLOW_UP_WITH_USER', 'INCIDENT_REPORTED'];
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

// The log reviewer's start page: the review queue with an outcome for each, the emergency
// accesses and their reasons, and what the anomaly rules found in the last week.
export function ReviewPage() {
  const { t } = useTranslation();
  const [period] = useState(() => {
    const to = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000);
    return { from: new Date(to.getTime() - WEEK_MS).toISOString(), to: to.toISOString() };
  });
  const result = useQuery(ReviewQueueDocument, { variables: period });
  const { data, error } = result;
  const more = useLoadMore(result, 'accessReviews', MoreReviewQueueDocument);
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('review.title')}</PageHeading>
        <BodyLong>{t('review.intro')}</BodyLong>
      </div>
      <SecurityAnomalyNotice />
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data && (
        <>
          <section aria-labelledby="review-queue">
            <Heading level="2" size="medium" spacing id="review-queue">
              {t('review.queue', { count: data.accessReviews.totalCount })}
            </Heading>
            {data.accessReviews.nodes.length === 0 ? (
              <BodyShort>{t('review.emptyQueue')}</BodyShort>
            ) : (
              <ul className="brygga-cards">
                {data.accessReviews.nodes.map((review) => (
                  <li key={review.id}>
                    <ReviewCard review={review} reason={review.emergencyAccess?.reason} />
                  </li>
                ))}
              </ul>
            )}
            <LoadMoreControl connection={data.accessReviews} more={more} what={t('review.queueWhat')} />
          </section>
          <section aria-labelledby="review-anomalies">
            <Heading level="2" size="medium" spacing id="review-anomalies">
              {t('review.anomalies', { count: data.accessAnomalies.length })}
            </Heading>
            {data.accessAnomalies.length === 0 ? (
              <BodyShort>{t('review.noAnomalies')}</BodyShort>
            ) : (
              <ul className="brygga-plain-list">
                {data.accessAnomalies.map((a, index) => (
                  <li key={`${a.rule}-${a.periodFrom}-${index}`}>
                    <BodyShort>
                      {t('review.anomaly', {
                        count: a.reads,
                        rule: t(`enums.AccessReviewKind.${a.rule}`),
                        reads: formatNumber(a.reads),
                        people: t('review.anomalyPeople', {
                          count: a.youngPeople,
                          formatted: formatNumber(a.youngPeople),
                        }),
                        time: formatDateTime(a.periodFrom),
                      })}
                    </BodyShort>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </VStack>
  );
}

function ReviewCard({ review, reason }: { review: Review; reason: string | undefined }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<AccessReviewOutcome | ''>('');
  const [note, setNote] = useState('');
  const [outcomeError, setOutcomeError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [close, { loading }] = useMutation(CloseAccessReviewDocument, {
    refetchQueries: ['ReviewQueue'],
    awaitRefetchQueries: true,
  });
  const submit = async () => {
    if (!outcome) {
      setOutcomeError(t('review.outcomeRequired'));
      return;
    }
    setOutcomeError(undefined);
    try {
      await close({ variables: { input: { id: review.id, outcome, ...(note.trim() ? { note: note.trim() } : {}) } } });
    } catch (error) {
      setFailure(t(errorMessageKey(error)));
    }
  };
  return (
    <VStack gap="space-8" className="brygga-card">
      <div>
        <Tag size="small" variant={review.kind === 'EMERGENCY_ACCESS' ? 'error' : 'warning'}>
          {t(`enums.AccessReviewKind.${review.kind}`)}
        </Tag>
      </div>
      <BodyShort size="small">
        {t('review.period', { from: formatDateTime(review.periodFrom), to: formatDateTime(review.periodTo) })}
      </BodyShort>
      {reason && <BodyShort>{t('review.reason', { reason })}</BodyShort>}
      {failure && (
        <Alert size="small" variant="error" role="alert">
          {failure}
        </Alert>
      )}
      <RadioGroup
        id={`review-outcome-${review.id}`}
        legend={t('review.outcome')}
        size="small"
        value={outcome}
        onChange={(value: AccessReviewOutcome) => setOutcome(value)}
        error={outcomeError}
      >
        {OUTCOMES.map((o) => (
          <Radio key={o} value={o}>
            {t(`enums.AccessReviewOutcome.${o}`)}
          </Radio>
        ))}
      </RadioGroup>
      <Textarea
        id={`review-note-${review.id}`}
        label={t('review.note')}
        size="small"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div>
        <Button size="small" loading={loading} onClick={() => void submit()}>
          {t('review.close')}
        </Button>
      </div>
    </VStack>
  );
}
