import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { SecurityAnomalyCountDocument } from '../gql/review/security-events';
import { Alert, BodyShort } from '../ui';
import { SECURITY_EVENTS_PATH } from './routes';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

// The review start page's notice of anomalies raised in the last seven days (repeated failed
// logins against an account or from an address, repeated refused school files), linking to
// them. Nothing is shown when there are none or the count cannot be read: the queue below is
// the page's work, and the events page shows its own error.
export function SecurityAnomalyNotice() {
  const { t } = useTranslation();
  // The hour rounds the period so that the query stays the same for the page's life.
  const [from] = useState(() => new Date(Math.floor((Date.now() - WEEK_MS) / 3_600_000) * 3_600_000).toISOString());
  const { data } = useQuery(SecurityAnomalyCountDocument, { variables: { from } });
  const count = data?.securityEvents.totalCount ?? 0;
  if (count === 0) return null;
  return (
    <Alert variant="warning">
      <BodyShort>{t('securityEvents.notice', { count })}</BodyShort>
      <RouterLink to={`${SECURITY_EVENTS_PATH}?avvikelser`}>{t('securityEvents.noticeLink')}</RouterLink>
    </Alert>
  );
}
