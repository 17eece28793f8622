import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { YoungPersonAccessLogDocument } from '../gql/young-person/access-log';
import { formatNumber } from '../i18n/format';
import { AccessLogTable } from '../review/access-log-parts';
import { Alert, BodyLong, BodyShort, LoadingState } from '../ui';
import { CursorPager } from '../ui/cursor-pager';
import { PageSection } from './page-parts';

const PAGE_SIZE = 20;

// Åtkomstlogg: who read this record, when, in which role and organisation, which categories and
// on what ground (the coordinator and the unit's team lead read it; the api answers null to
// anyone else, and the page does not ask). Its own request after the page's first paint, a page
// of 20 at a time; users the reader may not see by name are shown by role and organisation.
export function AccessLogSection({ youngPersonId }: { youngPersonId: string }) {
  const { t } = useTranslation();
  // Cursors of the pages before the current one (state only, never in the URL).
  const [cursors, setCursors] = useState<string[]>([]);
  const {
    data: current,
    previousData,
    error,
  } = useQuery(YoungPersonAccessLogDocument, {
    variables: { id: youngPersonId, first: PAGE_SIZE, after: cursors.at(-1) },
  });
  const data = current ?? previousData;
  const log = data?.youngPerson.accessLog;
  // Not a reader of the log after all (the role changed): nothing to show.
  if (data && !log) return null;
  const from = cursors.length * PAGE_SIZE + 1;
  const to = cursors.length * PAGE_SIZE + (log?.nodes.length ?? 0);
  return (
    <PageSection id="atkomstlogg" title={t('youngPersonWork.accessLog.title')}>
      <BodyLong>{t('youngPersonWork.accessLog.intro')}</BodyLong>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {log && (
        <>
          <BodyShort aria-live="polite">
            {log.totalCount === 0
              ? t('youngPersonWork.accessLog.empty')
              : t('youngPersonWork.accessLog.showing', { from, to, total: formatNumber(log.totalCount) })}
          </BodyShort>
          {log.nodes.length > 0 && (
            <AccessLogTable
              rows={log.nodes}
              caption={t('youngPersonWork.accessLog.caption')}
              regionLabel={t('youngPersonWork.accessLog.region')}
              oneYoungPerson
              unknownUser={t('youngPersonWork.accessLog.otherUser')}
              busy={current === undefined}
            />
          )}
          <CursorPager
            cursors={cursors}
            onChange={setCursors}
            pageInfo={log.pageInfo}
            previousLabel={t('reviewLog.previous')}
            nextLabel={t('reviewLog.next')}
          />
        </>
      )}
    </PageSection>
  );
}
