import './emergency-strings';

import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';

import { ActiveEmergencyAccessesDocument } from '../gql/consent/emergency-accesses';
import { Alert, BodyShort, VStack } from '../ui';

const timeFormat = new Intl.DateTimeFormat('sv-SE', { timeStyle: 'short', timeZone: 'Europe/Stockholm' });

// The partner caseworker's banner on every page while an emergency access runs (the young
// person's own page shows the full banner with the reason and the end button, so that access is
// left out there). Loaded by the shell as its own lazy chunk, for partner caseworkers only. An
// access that runs out disappears at the next tick (15 s) without a request.
export function ActiveEmergencyBanner() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { data } = useQuery(ActiveEmergencyAccessesDocument);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const running = (data?.emergencyAccesses.nodes ?? []).filter(
    (a) => new Date(a.expiresAt).getTime() > now && pathname !== `/ungdomar/${a.youngPersonId}`,
  );
  if (running.length === 0) return null;
  return (
    <Alert variant="warning" size="small" className="brygga-emergency-banner">
      <VStack gap="space-4">
        <BodyShort weight="semibold">{t('emergencyList.banner', { count: running.length })}</BodyShort>
        <ul className="brygga-plain-list">
          {running.map((a) => (
            <li key={a.id}>
              <BodyShort size="small">
                {t('emergencyList.bannerItem', { time: timeFormat.format(new Date(a.expiresAt)) })}{' '}
                <RouterLink to={`/ungdomar/${a.youngPersonId}`}>{t('emergencyList.toYoungPerson')}</RouterLink>
              </BodyShort>
            </li>
          ))}
        </ul>
        <BodyShort size="small">
          <RouterLink to="/nodatkomster">{t('emergencyList.toList')}</RouterLink>
        </BodyShort>
      </VStack>
    </Alert>
  );
}
