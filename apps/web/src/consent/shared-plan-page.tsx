import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';

import { errorCode, errorMessageKey } from '../app/api-error';
import { SharedPlanDocument } from '../gql/consent/shared';
import { formatDate } from '../i18n/format';
import { useViewer } from '../session/viewer-context';
import { Alert, BodyLong, BodyShort, Heading, LoadingState, PageHeading, Tag, VStack } from '../ui';

// A shared plan, read-only for the partner: the young person's goals in their own words, the
// actions per organisation (ours marked), the follow-ups. A plan the organisation has an action
// in but no consent for is NOT_FOUND from the api: the page says why.
export function SharedPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, error } = useQuery(SharedPlanDocument, { variables: { id } });
  if (error) {
    const hidden = errorCode(error) === 'NOT_FOUND';
    return (
      <VStack gap="space-16">
        <PageHeading>{t('partner.plan')}</PageHeading>
        <Alert variant={hidden ? 'info' : 'error'} role={hidden ? undefined : 'alert'}>
          {hidden ? t('partner.planNotAvailable') : t(errorMessageKey(error))}
        </Alert>
        <BodyShort>
          <RouterLink to="/">{t('partner.back')}</RouterLink>
        </BodyShort>
      </VStack>
    );
  }
  if (!data) return <LoadingState />;
  const plan = data.actionPlan;
  const ours = viewer.me.membership.organizationId;
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('partner.planTitle', { title: plan.title })}</PageHeading>
        <BodyShort>{t('partner.planStatus', { status: t(`partner.planStatusValue.${plan.status}`) })}</BodyShort>
        {plan.nextFollowUpOn && (
          <BodyShort>{t('partner.nextFollowUp', { date: formatDate(plan.nextFollowUpOn) })}</BodyShort>
        )}
      </div>
      <section aria-labelledby="plan-goals">
        <Heading level="2" size="medium" spacing id="plan-goals">
          {t('partner.goals')}
        </Heading>
        {plan.goals.length === 0 ? (
          <BodyShort>{t('partner.noGoals')}</BodyShort>
        ) : (
          <ol className="brygga-numbered-list">
            {[...plan.goals]
              .sort((a, b) => a.position - b.position)
              .map((goal) => (
                <li key={goal.id}>
                  <BodyLong>{goal.text}</BodyLong>
                  <BodyShort size="small">{t(`partner.goalOwner.${goal.owner}`)}</BodyShort>
                </li>
              ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="plan-actions">
        <Heading level="2" size="medium" spacing id="plan-actions">
          {t('partner.actions')}
        </Heading>
        {plan.actions.length === 0 ? (
          <BodyShort>{t('partner.noActions')}</BodyShort>
        ) : (
          <ul className="brygga-cards">
            {[...plan.actions]
              .sort((a, b) => a.position - b.position)
              .map((action) => (
                <li key={action.id} className="brygga-card">
                  <VStack gap="space-4">
                    <div>
                      <Tag size="small" variant={action.status === 'DONE' ? 'success' : 'neutral'}>
                        {t(`enums.PlanActionStatus.${action.status}`)}
                      </Tag>{' '}
                      {action.responsibleOrganizationId === ours && (
                        <Tag size="small" variant="info">
                          {t('partner.ours')}
                        </Tag>
                      )}
                    </div>
                    <BodyShort weight="semibold">{action.description}</BodyShort>
                    <BodyShort size="small">
                      {action.responsibleOrganizationName ?? '–'}
                      {action.dueOn && `, ${t('partner.actionDue', { date: formatDate(action.dueOn) })}`}
                    </BodyShort>
                  </VStack>
                </li>
              ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="plan-follow-ups">
        <Heading level="2" size="medium" spacing id="plan-follow-ups">
          {t('partner.followUps')}
        </Heading>
        {plan.followUps.length === 0 ? (
          <BodyShort>{t('partner.noFollowUps')}</BodyShort>
        ) : (
          <ul className="brygga-plain-list">
            {plan.followUps.map((f) => (
              <li key={f.id}>
                <BodyShort>
                  {f.heldOn
                    ? t('partner.followUpHeld', { date: formatDate(f.heldOn), summary: f.summary })
                    : t('partner.followUpPlanned', { date: formatDate(f.plannedOn) })}
                </BodyShort>
              </li>
            ))}
          </ul>
        )}
      </section>
      {plan.youngPersonId && (
        <BodyShort>
          <RouterLink to={`/ungdomar/${plan.youngPersonId}`}>{t('partner.toYoungPerson')}</RouterLink>
        </BodyShort>
      )}
    </VStack>
  );
}
