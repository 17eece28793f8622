import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

import { errorMessageKey } from '../app/api-error';
import { LoadMoreControl, useLoadMore } from '../app/load-more';
import {
  MoreSharedActionsDocument,
  MoreSharedPlansDocument,
  MoreSharedYoungPeopleDocument,
  SharedWithUsDocument,
  UpdateAssignedPlanActionDocument,
} from '../gql/consent/shared';
import { MoreReceivedReferralsDocument } from '../gql/referral/referral';
import type { PlanActionStatus, SharedWithUsQuery } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { ReceivedReferralCard } from '../referral/received-referral-card';
import { Alert, BodyLong, BodyShort, Button, Heading, HStack, LoadingState, PageHeading, Select, VStack } from '../ui';

type Action = SharedWithUsQuery['assignedPlanActions']['nodes'][number];
const ACTION_STATUSES: PlanActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

// The partner caseworker's start page ("Delat med oss"): what consent and referrals give our
// organisation. Only what the api returns is shown: a young person without a valid consent for
// our organisation is not here at all.
export function SharedWithUsPage() {
  const { t } = useTranslation();
  const result = useQuery(SharedWithUsDocument);
  const { data, error } = result;
  const moreYoungPeople = useLoadMore(result, 'youngPeople', MoreSharedYoungPeopleDocument);
  const moreActions = useLoadMore(result, 'assignedPlanActions', MoreSharedActionsDocument);
  const moreReferrals = useLoadMore(result, 'referrals', MoreReceivedReferralsDocument);
  const morePlans = useLoadMore(result, 'actionPlans', MoreSharedPlansDocument);
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('shared.title')}</PageHeading>
        <BodyLong>{t('shared.intro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data && (
        <>
          <section aria-labelledby="shared-young-people">
            <Heading level="2" size="medium" spacing id="shared-young-people">
              {t('partner.youngPeople', { count: data.youngPeople.totalCount })}
            </Heading>
            {data.youngPeople.nodes.length === 0 ? (
              <BodyShort>{t('partner.noYoungPeople')}</BodyShort>
            ) : (
              <ul className="brygga-plain-list brygga-columns">
                {data.youngPeople.nodes.map((person) => (
                  <li key={person.id}>
                    <RouterLink to={`/ungdomar/${person.id}`}>{`${person.givenName} ${person.familyName}`}</RouterLink>
                  </li>
                ))}
              </ul>
            )}
            <LoadMoreControl connection={data.youngPeople} more={moreYoungPeople} what={t('shared.youngPeopleWhat')} />
          </section>
          <section aria-labelledby="shared-actions">
            <Heading level="2" size="medium" spacing id="shared-actions">
              {t('shared.actions', { count: data.assignedPlanActions.totalCount })}
            </Heading>
            {data.assignedPlanActions.nodes.length === 0 ? (
              <BodyShort>{t('shared.noActions')}</BodyShort>
            ) : (
              <ul className="brygga-cards">
                {data.assignedPlanActions.nodes.map((action) => (
                  <li key={action.id}>
                    <ActionCard action={action} />
                  </li>
                ))}
              </ul>
            )}
            <LoadMoreControl connection={data.assignedPlanActions} more={moreActions} what={t('shared.actionsWhat')} />
          </section>
          <section aria-labelledby="shared-referrals">
            <Heading level="2" size="medium" spacing id="shared-referrals">
              {t('shared.referrals', { count: data.referrals.totalCount })}
            </Heading>
            {data.referrals.nodes.length === 0 ? (
              <BodyShort>{t('shared.noReferrals')}</BodyShort>
            ) : (
              <ul className="brygga-cards">
                {data.referrals.nodes.map((referral) => (
                  <li key={referral.id}>
                    <ReceivedReferralCard referral={referral} refetchDocument={SharedWithUsDocument} />
                  </li>
                ))}
              </ul>
            )}
            <LoadMoreControl connection={data.referrals} more={moreReferrals} what={t('shared.referralsWhat')} />
          </section>
          <section aria-labelledby="shared-plans">
            <Heading level="2" size="medium" spacing id="shared-plans">
              {t('shared.plans', { count: data.actionPlans.totalCount })}
            </Heading>
            {data.actionPlans.nodes.length === 0 ? (
              <BodyShort>{t('shared.noPlans')}</BodyShort>
            ) : (
              <ul className="brygga-plain-list">
                {data.actionPlans.nodes.map((plan) => (
                  <li key={plan.id}>
                    <BodyShort>
                      <RouterLink to={`/planer/${plan.id}`}>{plan.title}</RouterLink>
                      {plan.nextFollowUpOn &&
                        ` – ${t('shared.nextFollowUp', { date: formatDate(plan.nextFollowUpOn) })}`}
                    </BodyShort>
                  </li>
                ))}
              </ul>
            )}
            <LoadMoreControl connection={data.actionPlans} more={morePlans} what={t('shared.plansWhat')} />
          </section>
        </>
      )}
    </VStack>
  );
}

function ActionCard({ action }: { action: Action }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<PlanActionStatus>(action.status);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [update, { loading }] = useMutation(UpdateAssignedPlanActionDocument);
  const selectId = `action-status-${action.id}`;
  const save = async () => {
    try {
      await update({ variables: { input: { actionId: action.id, planVersion: action.planVersion, status } } });
      setMessage({ ok: true, text: t('shared.actionSaved') });
    } catch (error) {
      setMessage({ ok: false, text: t(errorMessageKey(error)) });
    }
  };
  return (
    <VStack gap="space-8" className="brygga-card">
      <BodyShort weight="semibold">{action.description}</BodyShort>
      <BodyShort size="small">
        {action.dueOn ? t('shared.dueOn', { date: formatDate(action.dueOn) }) : t('shared.noDueDate')}
      </BodyShort>
      <BodyShort size="small">
        <RouterLink to={`/planer/${action.planId}`}>
          {action.planTitle ? t('shared.showNamedPlan', { title: action.planTitle }) : t('partner.showPlan')}
        </RouterLink>
      </BodyShort>
      <HStack gap="space-8" align="end">
        <Select
          id={selectId}
          label={t('shared.actionStatus')}
          size="small"
          value={status}
          onChange={(e) => setStatus(e.target.value as PlanActionStatus)}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`enums.PlanActionStatus.${s}`)}
            </option>
          ))}
        </Select>
        <Button
          size="small"
          variant="secondary"
          loading={loading}
          disabled={status === action.status}
          onClick={() => void save()}
        >
          {t('shared.saveStatus')}
        </Button>
      </HStack>
      <div aria-live="polite">
        {message && (
          <Alert size="small" variant={message.ok ? 'success' : 'error'}>
            {message.text}
          </Alert>
        )}
      </div>
    </VStack>
  );
}
