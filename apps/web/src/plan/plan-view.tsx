import { useTranslation } from 'react-i18next';

import { formatDate } from '../i18n/format';
import type { NamedOrganization } from '../organization/named-organization';
import { BodyShort, DataTable, Heading, List, Tag, VStack } from '../ui';
import { PlanDetailsView } from './plan-details';
import type { ActionDraft, PlanDraft } from './plan-draft';

// Focus back on the button that opened a panel, once the panel has closed and it is rendered.
export function focusLater(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus());
}

function organizationName(organizations: NamedOrganization[], id: string): string {
  return organizations.find((o) => o.id === id)?.name ?? '–';
}

// A plan (or a draft of one) as read: title, who leads it, its background and participation,
// goals, actions and follow-ups.
export function PlanView({
  draft,
  organizations,
  headingLevel,
  label,
}: {
  draft: PlanDraft;
  organizations: NamedOrganization[];
  headingLevel: '3' | '4';
  // Which version this is, to tell two tables apart on the conflict screen.
  label?: string;
}) {
  const { t } = useTranslation();
  const which = label ?? t('youngPersonWork.plan.planShort');
  const goalNumber = new Map(draft.goals.map((g, index) => [g.key, index + 1]));
  const columns = [
    { id: 'description', header: t('youngPersonWork.plan.action'), cell: (a: ActionDraft) => a.description },
    {
      id: 'organization',
      header: t('youngPersonWork.plan.responsible'),
      cell: (a: ActionDraft) => organizationName(organizations, a.responsibleOrganizationId),
    },
    { id: 'dueOn', header: t('youngPersonWork.plan.dueOn'), cell: (a: ActionDraft) => formatDate(a.dueOn) },
    {
      id: 'goal',
      header: t('youngPersonWork.plan.goal'),
      cell: (a: ActionDraft) => {
        const n = goalNumber.get(a.goalKey);
        return n ? t('youngPersonWork.plan.goalNumber', { n }) : '–';
      },
    },
    {
      id: 'status',
      header: t('youngPersonWork.plan.status'),
      cell: (a: ActionDraft) => t(`enums.PlanActionStatus.${a.status}`),
    },
  ];
  return (
    <VStack gap="space-12">
      {draft.title && (
        <Heading level={headingLevel} size="small">
          {draft.title}
        </Heading>
      )}
      <PlanDetailsView draft={draft} organizations={organizations} />
      <div>
        <Heading level={headingLevel === '3' ? '4' : '5'} size="xsmall" spacing>
          {t('youngPersonWork.plan.goals')}
        </Heading>
        {draft.goals.length === 0 ? (
          <BodyShort>{t('youngPersonWork.plan.noGoals')}</BodyShort>
        ) : (
          <ol className="brygga-plain-list">
            {draft.goals.map((g, index) => (
              <li key={g.key}>
                <BodyShort>
                  {t('youngPersonWork.plan.goalNumber', { n: index + 1 })}: {g.text}{' '}
                  <Tag size="xsmall" variant="neutral">
                    {t(`enums.GoalOwner.${g.owner}`)}
                  </Tag>
                </BodyShort>
              </li>
            ))}
          </ol>
        )}
      </div>
      {draft.actions.length === 0 ? (
        <BodyShort>{t('youngPersonWork.plan.noActions')}</BodyShort>
      ) : (
        <DataTable
          caption={t('youngPersonWork.plan.actionsCaption', { which })}
          regionLabel={t('youngPersonWork.plan.actionsRegion', { which })}
          columns={columns}
          rows={draft.actions}
          rowKey={(a) => a.key}
        />
      )}
      <div>
        <Heading level={headingLevel === '3' ? '4' : '5'} size="xsmall" spacing>
          {t('youngPersonWork.plan.followUps')}
        </Heading>
        {draft.followUps.length === 0 ? (
          <BodyShort>{t('youngPersonWork.plan.noFollowUps')}</BodyShort>
        ) : (
          <List size="small">
            {draft.followUps.map((f) => (
              <List.Item key={f.key}>
                {f.heldOn
                  ? t('youngPersonWork.plan.followUpHeld', {
                      planned: formatDate(f.plannedOn),
                      held: formatDate(f.heldOn),
                    })
                  : t('youngPersonWork.plan.followUpPlanned', { planned: formatDate(f.plannedOn) })}
              </List.Item>
            ))}
          </List>
        )}
      </div>
    </VStack>
  );
}
