import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { ClosedReviewsDocument } from '../gql/review/access-log';
import type { ClosedReviewsQuery } from '../gql/graphql';
import { formatDateTime, formatNumber } from '../i18n/format';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  DataTable,
  HStack,
  LoadingState,
  PageHeading,
  VStack,
  type DataTableColumn,
} from '../ui';

const PAGE_SIZE = 25;
type Review = ClosedReviewsQuery['accessReviews']['nodes'][number];

// Reviews with an outcome: what was reviewed (kind, user, period), the outcome and its note,
// who reviewed it and when. Each review names its users itself (userName, reviewedByName: the
// page's users in one statement), so a user past the first hundred is named too.
export function ClosedReviewsPage() {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const { data, previousData, error } = useQuery(ClosedReviewsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.at(-1) },
  });
  const shown = data ?? previousData;
  const columns = useMemo<Array<DataTableColumn<Review>>>(
    () => [
      { id: 'kind', header: t('reviewLog.kind'), cell: (r) => t(`enums.AccessReviewKind.${r.kind}`) },
      {
        id: 'user',
        header: t('reviewLog.reviewedUser'),
        cell: (r) => r.userName ?? t('reviewLog.unknownUser'),
      },
      {
        id: 'period',
        header: t('reviewLog.period'),
        cell: (r) => `${formatDateTime(r.periodFrom)} – ${formatDateTime(r.periodTo)}`,
      },
      {
        id: 'outcome',
        header: t('reviewLog.outcome'),
        cell: (r) => (r.outcome ? t(`enums.AccessReviewOutcome.${r.outcome}`) : '–'),
      },
      { id: 'note', header: t('reviewLog.note'), cell: (r) => r.outcomeNote ?? '–' },
      { id: 'reviewedAt', header: t('reviewLog.reviewedAt'), cell: (r) => formatDateTime(r.reviewedAt) },
      {
        id: 'reviewedBy',
        header: t('reviewLog.reviewedBy'),
        cell: (r) => (r.reviewedById ? (r.reviewedByName ?? t('reviewLog.unknownUser')) : '–'),
      },
    ],
    [t],
  );
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('reviewLog.closedTitle')}</PageHeading>
        <BodyLong>{t('reviewLog.closedIntro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!shown && !error && <LoadingState />}
      {shown && (
        <VStack gap="space-16">
          <BodyShort>{t('reviewLog.closedCount', { count: shown.accessReviews.totalCount })}</BodyShort>
          {shown.accessReviews.nodes.length === 0 ? (
            <BodyShort>{t('reviewLog.closedEmpty')}</BodyShort>
          ) : (
            <DataTable
              caption={t('reviewLog.closedCaption')}
              regionLabel={t('reviewLog.closedRegion')}
              columns={columns}
              rows={shown.accessReviews.nodes}
              rowKey={(r) => r.id}
              busy={data === undefined}
            />
          )}
          {(cursors.length > 0 || shown.accessReviews.pageInfo.hasNextPage) && (
            <HStack gap="space-16" align="center">
              <BodyShort>{formatNumber(cursors.length + 1)}</BodyShort>
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
                disabled={!shown.accessReviews.pageInfo.hasNextPage}
                onClick={() => {
                  const end = shown.accessReviews.pageInfo.endCursor;
                  if (end) setCursors([...cursors, end]);
                }}
              >
                {t('reviewLog.next')}
              </Button>
            </HStack>
          )}
        </VStack>
      )}
    </VStack>
  );
}
