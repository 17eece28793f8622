import { useMutation } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import type { ReceivedReferralPartsFragment } from '../gql/graphql';
import { AcceptReferralDocument, CompleteReferralDocument, DeclineReferralDocument } from '../gql/referral/referral';
import { formatDate } from '../i18n/format';
import { Alert, BodyShort, Button, HStack, Tag, Textarea, VStack } from '../ui';

// A referral sent to our organisation, answered where it is shown (accept, decline with a
// reason, mark as done): on the partner's start page and on "Remisser", each refetching its own
// list after an answer.
export function ReceivedReferralCard({
  referral,
  refetchDocument,
}: {
  referral: ReceivedReferralPartsFragment;
  refetchDocument: DocumentNode;
}) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const refetch = { refetchQueries: [{ query: refetchDocument }], awaitRefetchQueries: true };
  const [accept, accepting] = useMutation(AcceptReferralDocument, refetch);
  const [complete, completing] = useMutation(CompleteReferralDocument, refetch);
  const [decline, declineState] = useMutation(DeclineReferralDocument, refetch);
  const run = async (action: () => Promise<unknown>) => {
    setMessage(undefined);
    try {
      await action();
    } catch (error) {
      setMessage(t(errorMessageKey(error)));
    }
  };
  const reasonId = `decline-reason-${referral.id}`;
  return (
    <VStack gap="space-8" className="brygga-card">
      <HStack gap="space-8" align="center">
        <Tag size="small" variant={referral.status === 'REQUESTED' ? 'warning' : 'neutral'}>
          {t(`enums.ReferralStatus.${referral.status}`)}
        </Tag>
        <BodyShort size="small">{t('shared.sentOn', { date: formatDate(referral.sentAt) })}</BodyShort>
      </HStack>
      <BodyShort weight="semibold">{referral.purpose}</BodyShort>
      <BodyShort size="small">
        <RouterLink to={`/ungdomar/${referral.youngPersonId}`}>{t('partner.showYoungPerson')}</RouterLink>
      </BodyShort>
      <BodyShort size="small">
        {t('shared.ground', { ground: t(`enums.LegalGround.${referral.legalGround}`) })}
      </BodyShort>
      {message && (
        <Alert size="small" variant="error" role="alert">
          {message}
        </Alert>
      )}
      {referral.status === 'REQUESTED' && !declining && (
        <HStack gap="space-8">
          <Button
            size="small"
            loading={accepting.loading}
            onClick={() => void run(() => accept({ variables: { id: referral.id } }))}
          >
            {t('shared.accept')}
          </Button>
          <Button size="small" variant="secondary" onClick={() => setDeclining(true)}>
            {t('shared.decline')}
          </Button>
        </HStack>
      )}
      {referral.status === 'REQUESTED' && declining && (
        <VStack gap="space-8">
          <Textarea
            id={reasonId}
            label={t('shared.declineReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError}
          />
          <HStack gap="space-8">
            <Button
              size="small"
              loading={declineState.loading}
              onClick={() => {
                if (!reason.trim()) {
                  setReasonError(t('shared.declineReasonRequired'));
                  return;
                }
                setReasonError(undefined);
                void run(() => decline({ variables: { input: { id: referral.id, reason: reason.trim() } } }));
              }}
            >
              {t('shared.confirmDecline')}
            </Button>
            <Button size="small" variant="tertiary" onClick={() => setDeclining(false)}>
              {t('shared.cancel')}
            </Button>
          </HStack>
        </VStack>
      )}
      {referral.status === 'ACCEPTED' && (
        <div>
          <Button
            size="small"
            loading={completing.loading}
            onClick={() => void run(() => complete({ variables: { id: referral.id } }))}
          >
            {t('shared.complete')}
          </Button>
        </div>
      )}
    </VStack>
  );
}
