import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { TargetGroupHeadlineDocument } from '../gql/target-group/target-group';
import { formatDate, formatNumber } from '../i18n/format';
import { BodyShort, Heading } from '../ui';
import { TARGET_GROUP_PATH } from './routes';

// The KAA unit's headline figures on its start pages: how many young people are to be checked,
// and how many in the target group have an unknown occupation. Nothing while it loads or fails
// (the page around it has its own states).
export function TargetGroupHeadline() {
  const { t } = useTranslation();
  const { data } = useQuery(TargetGroupHeadlineDocument);
  const overview = data?.targetGroupOverview;
  if (!overview) return null;
  return (
    <section aria-labelledby="target-group-headline">
      <Heading level="2" size="medium" spacing id="target-group-headline">
        {t('targetGroup.headlineHeading')}
      </Heading>
      <ul className="brygga-tiles">
        <li>
          <RouterLink className="brygga-tile" to={TARGET_GROUP_PATH}>
            <span className="brygga-tile-count">{formatNumber(overview.unknownOccupation)}</span>
            {t('targetGroup.unknownOccupation')}
          </RouterLink>
        </li>
        <li>
          <RouterLink className="brygga-tile" to={TARGET_GROUP_PATH}>
            <span className="brygga-tile-count">{formatNumber(overview.toCheck)}</span>
            {t('targetGroup.toCheck')}
          </RouterLink>
        </li>
      </ul>
      <BodyShort>
        {overview.lastRun?.finishedAt
          ? t('targetGroup.lastRun', { date: formatDate(overview.lastRun.finishedAt.slice(0, 10)) })
          : t('targetGroup.noRun')}
      </BodyShort>
    </section>
  );
}
