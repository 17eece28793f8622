import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { LoadMoreControl, useLoadMore } from '../app/load-more';
import { MoreReceivedReferralsDocument, ReceivedReferralsDocument } from '../gql/referral/referral';
import { Alert, BodyLong, BodyShort, LoadingState, PageHeading, VStack } from '../ui';
import { ReceivedReferralCard } from './received-referral-card';

// The partner's (and the school's) "Remisser": the referrals sent to our organisation, answered
// here as on "Delat med oss" (accept, decline with a reason, mark as done). It was a placeholder
// that sent the user to the api, a dead end in the menu.
export function ReferralsPage() {
  const { t } = useTranslation();
  const result = useQuery(ReceivedReferralsDocument);
  const { data, error } = result;
  const more = useLoadMore(result, 'referrals', MoreReceivedReferralsDocument);
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('nav.referrals')}</PageHeading>
        <BodyLong>{t('receivedReferrals.intro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data &&
        (data.referrals.nodes.length === 0 ? (
          <BodyShort>{t('shared.noReferrals')}</BodyShort>
        ) : (
          <>
            <ul className="brygga-cards" aria-label={t('nav.referrals')}>
              {data.referrals.nodes.map((referral) => (
                <li key={referral.id}>
                  <ReceivedReferralCard referral={referral} refetchDocument={ReceivedReferralsDocument} />
                </li>
              ))}
            </ul>
            <LoadMoreControl connection={data.referrals} more={more} what={t('shared.referralsWhat')} />
          </>
        ))}
    </VStack>
  );
}
