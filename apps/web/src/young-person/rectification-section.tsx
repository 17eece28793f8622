import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { DecideRectificationRequestDocument, RectificationRequestsDocument } from '../gql/own-view/own-view';
import type { RectificationDecision, RectificationFieldsFragment } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { Alert, BodyLong, BodyShort, Box, Button, Radio, RadioGroup, Tag, Textarea, VStack } from '../ui';
import { PageSection } from './page-parts';

// Begäran om rättelse (issue 19): what the young person or a guardian asked to have corrected in
// the own view, and the decision (accepted, or refused with a reason the young person sees). The
// coordinator and the unit's team lead handle them; the correction itself is made in the record.
export function RectificationSection({ youngPersonId }: { youngPersonId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(RectificationRequestsDocument, { variables: { youngPersonId } });
  const requests = data?.rectificationRequests ?? [];
  return (
    <PageSection id="rattelse" title={t('rectification.heading')}>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {data && requests.length === 0 && <BodyShort>{t('rectification.none')}</BodyShort>}
      {requests.map((request) => (
        <RectificationItem key={request.id} request={request} onDecided={() => void refetch()} />
      ))}
    </PageSection>
  );
}

function RectificationItem({ request, onDecided }: { request: RectificationFieldsFragment; onDecided: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<RectificationDecision | ''>('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [decide, { loading }] = useMutation(DecideRectificationRequestDocument);
  const reasonId = `rectification-reason-${request.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (decision === '') return;
    if (decision === 'REFUSED' && reason.trim().length === 0) {
      setReasonError(t('rectification.reasonMissing'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setReasonError(undefined);
    try {
      await decide({ variables: { input: { id: request.id, decision, reason: reason.trim() || null } } });
      onDecided();
    } catch (e) {
      setFailure(t(errorMessageKey(e)));
    }
  };
  return (
    <Box padding="space-12" borderWidth="1" borderRadius="8">
      <VStack gap="space-8">
        <BodyShort weight="semibold">
          {t(`rectification.fields.${request.field}`)}{' '}
          <Tag size="small" variant={request.status === 'OPEN' ? 'info' : 'neutral'}>
            {t(`rectification.status.${request.status}`)}
          </Tag>
        </BodyShort>
        <BodyLong>{request.text}</BodyLong>
        <BodyShort size="small">
          {t(`rectification.from.${request.requestedBy}`)},{' '}
          {t('rectification.received', { date: formatDate(request.createdAt) })}
        </BodyShort>
        {request.status !== 'OPEN' && (
          <BodyShort size="small">
            {t('rectification.decided', {
              status: t(`rectification.status.${request.status}`),
              who: request.decidedByName ?? '–',
              date: formatDate(request.decidedAt),
            })}
            {request.decisionReason && ` – ${request.decisionReason}`}
          </BodyShort>
        )}
        {request.status === 'OPEN' && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <VStack gap="space-12">
              {failure && (
                <Alert variant="error" size="small" role="alert">
                  {failure}
                </Alert>
              )}
              <RadioGroup
                legend={t('rectification.decision')}
                value={decision}
                onChange={(value: RectificationDecision) => setDecision(value)}
                size="small"
              >
                <Radio value="ACCEPTED">{t('rectification.accept')}</Radio>
                <Radio value="REFUSED">{t('rectification.refuse')}</Radio>
              </RadioGroup>
              <Textarea
                id={reasonId}
                label={t('rectification.reason')}
                value={reason}
                maxLength={2000}
                size="small"
                onChange={(e) => setReason(e.target.value)}
                error={reasonError}
              />
              <div>
                <Button type="submit" size="small" loading={loading} disabled={decision === ''}>
                  {t('rectification.save')}
                </Button>
              </div>
            </VStack>
          </form>
        )}
      </VStack>
    </Box>
  );
}
