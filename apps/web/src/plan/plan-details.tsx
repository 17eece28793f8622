import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';

import type { PlanParticipation } from '../gql/graphql';
import { PlanPeopleDocument } from '../gql/plan/plan';
import { formatDate } from '../i18n/format';
import { chosenOrganization, type NamedOrganization } from '../organization/named-organization';
import { OrganizationPicker } from '../organization/organization-picker';
import { useViewer } from '../session/viewer-context';
import { BodyShort, Fieldset, HGrid, Label, Select, TextField, Textarea, VStack } from '../ui';
import type { PlanDetails, PlanDraft } from './plan-draft';

import './plan-strings';

export const PARTICIPATIONS: PlanParticipation[] = [
  'NOT_RECORDED',
  'PARTICIPATED',
  'CONSULTED',
  'INFORMED',
  'DECLINED',
];

function Detail({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <dt>
        <Label as="span" size="small">
          {label}
        </Label>
      </dt>
      <dd className="brygga-fact-value">
        <BodyShort className="brygga-preformatted">{children}</BodyShort>
      </dd>
    </div>
  );
}

// Who leads the plan, its background and the young person's participation, as read.
export function PlanDetailsView({ draft, organizations }: { draft: PlanDraft; organizations: NamedOrganization[] }) {
  const { t } = useTranslation();
  const d = draft.details;
  const none = t('ypPlan.details.none');
  const person = d.leadUserId ? (draft.leadUserName ?? t('ypPlan.details.unknownPerson')) : none;
  const background = d.background
    ? d.backgroundDate
      ? `${d.background} (${formatDate(d.backgroundDate)})`
      : d.background
    : none;
  return (
    <dl className="brygga-facts">
      <Detail label={t('ypPlan.details.leadOrganization')}>
        {chosenOrganization(organizations, d.leadOrganizationId)?.name ?? none}
      </Detail>
      <Detail label={t('ypPlan.details.leadUser')}>{person}</Detail>
      <Detail label={t('ypPlan.details.participation')}>
        {d.participationNote
          ? `${t(`ypPlan.participation.${d.participation}`)}. ${d.participationNote}`
          : t(`ypPlan.participation.${d.participation}`)}
      </Detail>
      <Detail label={t('ypPlan.details.background')}>{background}</Detail>
    </dl>
  );
}

// The same fields in the plan editor. A lead person is one of the lead organisation's active
// members (planPeople lists them by name; the api checks the membership again on saving). Until
// the list has come, or if it cannot be read, the choices are the person named now and the user
// themself when they belong to the lead organisation. The lead organisation is found by name on
// the server (OrganizationPicker, issue 15); `organizations` names the one chosen, and `remember`
// keeps the name of one chosen here.
export function PlanDetailsFields({
  details,
  leadUserName,
  organizations,
  remember,
  onChange,
  errorFor,
}: {
  details: PlanDetails;
  leadUserName: string | null | undefined;
  organizations: NamedOrganization[];
  remember: (organization: NamedOrganization) => void;
  onChange: (change: Partial<PlanDetails>) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const viewer = useViewer().me;
  const { data: peopleData } = useQuery(PlanPeopleDocument, {
    variables: { organizationId: details.leadOrganizationId },
    skip: !details.leadOrganizationId,
  });
  const mine = viewer.membership.organizationId === details.leadOrganizationId;
  const people = details.leadOrganizationId ? (peopleData?.planPeople ?? []) : [];
  const listed = (id: string) => people.some((p) => p.id === id);
  const current =
    details.leadUserId && details.leadUserId !== viewer.user.id && !listed(details.leadUserId)
      ? details.leadUserId
      : '';
  const showMe = (mine || details.leadUserId === viewer.user.id) && !listed(viewer.user.id);
  const personLabel = (p: { id: string; name: string }) =>
    p.id === viewer.user.id ? t('ypPlan.details.me', { name: p.name }) : p.name;
  return (
    <Fieldset legend={t('ypPlan.details.heading')}>
      <VStack gap="space-16">
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          <OrganizationPicker
            id="plan-lead-organization"
            label={t('ypPlan.details.leadOrganization')}
            chosen={chosenOrganization(organizations, details.leadOrganizationId)}
            onChoose={(organization) => {
              const organizationId = organization?.id ?? '';
              if (organization) remember(organization);
              // A person of the organisation before is not one of the next.
              const keep = organizationId === viewer.membership.organizationId && details.leadUserId === viewer.user.id;
              onChange({ leadOrganizationId: organizationId, leadUserId: keep ? details.leadUserId : '' });
            }}
            choosable={(o) => o.kind !== 'MANAGEMENT'}
            error={errorFor('plan-lead-organization')}
          />
          <Select
            id="plan-lead-user"
            label={t('ypPlan.details.leadUser')}
            description={t('ypPlan.details.leadUserHint')}
            value={details.leadUserId}
            onChange={(e) => onChange({ leadUserId: e.target.value })}
            error={errorFor('plan-lead-user')}
          >
            <option value="">{t('ypPlan.details.nonePerson')}</option>
            {current && details.leadOrganizationId && (
              <option value={current}>
                {t('ypPlan.details.currentPerson', { name: leadUserName ?? t('ypPlan.details.unknownPerson') })}
              </option>
            )}
            {showMe && (
              <option value={viewer.user.id}>{t('ypPlan.details.me', { name: viewer.user.displayName })}</option>
            )}
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {personLabel(p)}
              </option>
            ))}
          </Select>
        </HGrid>
        <Textarea
          id="plan-background"
          label={t('ypPlan.details.background')}
          description={t('ypPlan.details.backgroundHint')}
          value={details.background}
          maxLength={4000}
          onChange={(e) => onChange({ background: e.target.value })}
        />
        <TextField
          id="plan-background-date"
          label={t('ypPlan.details.backgroundDate')}
          description={t('ypPlan.details.backgroundDateHint')}
          value={details.backgroundDate}
          onChange={(e) => onChange({ backgroundDate: e.target.value })}
          error={errorFor('plan-background-date')}
        />
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          <Select
            id="plan-participation"
            label={t('ypPlan.details.participation')}
            value={details.participation}
            onChange={(e) => onChange({ participation: e.target.value as PlanParticipation })}
          >
            {PARTICIPATIONS.map((p) => (
              <option key={p} value={p}>
                {t(`ypPlan.participation.${p}`)}
              </option>
            ))}
          </Select>
          <Textarea
            id="plan-participation-note"
            label={t('ypPlan.details.participationNote')}
            value={details.participationNote}
            maxLength={1000}
            onChange={(e) => onChange({ participationNote: e.target.value })}
          />
        </HGrid>
      </VStack>
    </Fieldset>
  );
}
