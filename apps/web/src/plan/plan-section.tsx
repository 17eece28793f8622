import { useApolloClient, useMutation, useSubscription } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode } from '../app/api-error';
import {
  ActionPlanChangedDocument,
  CreateActionPlanDocument,
  CurrentActionPlanDocument,
  ReviseActionPlanDocument,
} from '../gql/plan/plan';
import { YoungPersonDocument } from '../gql/young-person/young-person';
import type { GoalOwner, PlanActionStatus, YoungPersonQuery } from '../gql/graphql';
import { formatDate, formatDateTime } from '../i18n/format';
import { chosenOrganization, withOrganization, type NamedOrganization } from '../organization/named-organization';
import { OrganizationPicker } from '../organization/organization-picker';
import {
  Alert,
  BodyShort,
  Button,
  Fieldset,
  HGrid,
  Heading,
  Select,
  TextField,
  Textarea,
  VStack,
  type FieldError,
  useFocusOnOpen,
} from '../ui';
import { ISO_DATE, useFormState } from '../young-person/form-state';
import { FormMessages, PageSection, SavedMessage } from '../young-person/page-parts';
import { VersionConflict } from '../young-person/version-conflict';
import { ClosedPlans } from './closed-plans';
import { PlanDetailsFields } from './plan-details';
import { ClosePlanForm, FollowUpForm } from './plan-follow-up';
import { namedOrganizations } from './plan-organizations';
import { PlanVersions } from './plan-versions';
import { focusLater, PlanView } from './plan-view';
import {
  draftChanges,
  draftFromPlan,
  draftToInput,
  emptyDraft,
  newKey,
  reapply,
  type ActionDraft,
  type GoalDraft,
  type PlanDraft,
} from './plan-draft';

type Data = YoungPersonQuery;

const OWNERS: GoalOwner[] = ['YOUNG_PERSON', 'PROFESSIONAL'];
const STATUSES: PlanActionStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

// Planen: the young person's active plan (goals in their own words, actions per organisation
// with due dates, follow-ups), drawing one up and changing it. A change is saved with the
// version the user started from; when someone else saved first, the conflict screen shows both
// versions and lets the user reapply their change on the saved one.
export function PlanSection({ data }: { data: Data }) {
  const { t } = useTranslation();
  const person = data.youngPerson;
  const plan = person.actionPlan;
  // What the section shows: the plan, its editor, a follow-up being recorded, or closing it.
  const [mode, setMode] = useState<
    { kind: 'view' } | { kind: 'edit' } | { kind: 'followUp'; id: string } | { kind: 'close' } | { kind: 'versions' }
  >({
    kind: 'view',
  });
  const [saved, setSaved] = useState<string>();
  // The organisations the plan names, by the api's names (no list of the municipality's).
  const organizations = namedOrganizations(plan);
  const client = useApolloClient();
  useSubscription(ActionPlanChangedDocument, {
    variables: { id: plan?.id ?? '' },
    skip: !plan,
    onData: () => void client.refetchQueries({ include: [YoungPersonDocument] }),
  });
  const done = (message?: string) => {
    setMode({ kind: 'view' });
    setSaved(message);
  };
  const open = (next: typeof mode) => {
    setMode(next);
    setSaved(undefined);
  };
  return (
    <>
      <PageSection id="plan" title={t('youngPersonWork.plan.title')}>
        <SavedMessage text={saved} />
        {mode.kind === 'edit' && <PlanEditor data={data} onDone={done} />}
        {mode.kind === 'followUp' && plan && (
          <FollowUpForm plan={plan} youngPersonId={person.id} followUpId={mode.id} onDone={done} />
        )}
        {mode.kind === 'close' && plan && <ClosePlanForm plan={plan} youngPersonId={person.id} onDone={done} />}
        {mode.kind === 'versions' && plan && (
          <PlanVersions
            planId={plan.id}
            title={plan.title}
            versions={plan.versions}
            onClose={() => {
              focusLater('plan-versions-open');
              done();
            }}
          />
        )}
        {mode.kind === 'view' && (
          <>
            {plan ? (
              <PlanView draft={draftFromPlan(plan)} organizations={organizations} headingLevel="3" />
            ) : (
              <BodyShort>{t('youngPersonWork.plan.none')}</BodyShort>
            )}
            {plan && (
              <BodyShort size="small" textColor="subtle">
                {t('youngPersonWork.plan.versionLine', {
                  version: plan.version,
                  time: formatDateTime(plan.updatedAt),
                })}
                {plan.nextFollowUpOn &&
                  ` ${t('youngPersonWork.plan.nextFollowUp', { date: formatDate(plan.nextFollowUpOn) })}`}
              </BodyShort>
            )}
            {plan && !person.enrollment && (
              <div className="brygga-buttons">
                <Button id="plan-versions-open" variant="secondary" onClick={() => open({ kind: 'versions' })}>
                  {t('ypPlan.versions.open')}
                </Button>
              </div>
            )}
            {person.enrollment && (
              <div className="brygga-buttons">
                <Button variant="secondary" onClick={() => open({ kind: 'edit' })}>
                  {plan ? t('youngPersonWork.plan.edit') : t('youngPersonWork.plan.create')}
                </Button>
                {plan && (
                  <Button id="plan-versions-open" variant="secondary" onClick={() => open({ kind: 'versions' })}>
                    {t('ypPlan.versions.open')}
                  </Button>
                )}
                {plan &&
                  plan.goals.length > 0 &&
                  plan.followUps
                    .filter((f) => !f.heldOn)
                    .map((f) => (
                      <Button key={f.id} variant="secondary" onClick={() => open({ kind: 'followUp', id: f.id })}>
                        {t('youngPersonWork.followUp.record', { date: formatDate(f.plannedOn) })}
                      </Button>
                    ))}
                {plan && (
                  <Button variant="tertiary" onClick={() => open({ kind: 'close' })}>
                    {t('youngPersonWork.closePlan.title')}
                  </Button>
                )}
              </div>
            )}
          </>
        )}
      </PageSection>
      <ClosedPlans data={data} />
    </>
  );
}

interface Conflict {
  theirs: PlanDraft;
  version: number;
  updatedAt: string;
}

function PlanEditor({ data, onDone }: { data: Data; onDone: (message?: string) => void }) {
  const formRef = useFocusOnOpen<HTMLFormElement>();
  const { t } = useTranslation();
  const client = useApolloClient();
  const person = data.youngPerson;
  const plan = person.actionPlan;
  // The names of the organisations the plan names and of those chosen in the editor's pickers
  // (each found by name on the server, issue 15); the editor draws no list of them.
  const [organizations, setOrganizations] = useState<NamedOrganization[]>(() => namedOrganizations(plan));
  const remember = (organization: NamedOrganization) =>
    setOrganizations((list) => withOrganization(list, organization));
  // The version the user started from, and the plan as it was then (the base of their change).
  const [version, setVersion] = useState(plan?.version ?? 0);
  const [base, setBase] = useState<PlanDraft>(() => (plan ? draftFromPlan(plan) : emptyDraft()));
  const [draft, setDraft] = useState<PlanDraft>(base);
  const [conflict, setConflict] = useState<Conflict>();
  const [reapplied, setReapplied] = useState(false);
  const form = useFormState({
    title: 'plan-title',
    leadOrganizationId: 'plan-lead-organization',
    leadUserId: 'plan-lead-user',
    backgroundDate: 'plan-background-date',
  });
  const refetch = {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  };
  const [create, creating] = useMutation(CreateActionPlanDocument, refetch);
  const [revise, revising] = useMutation(ReviseActionPlanDocument, refetch);
  const editorHeading = useRef<HTMLHeadingElement>(null);

  const update = (change: Partial<PlanDraft>) => setDraft((d) => ({ ...d, ...change }));
  const setGoal = (key: string, change: Partial<GoalDraft>) =>
    update({ goals: draft.goals.map((g) => (g.key === key ? { ...g, ...change } : g)) });
  const setAction = (key: string, change: Partial<ActionDraft>) =>
    update({ actions: draft.actions.map((a) => (a.key === key ? { ...a, ...change } : a)) });

  const validate = (): FieldError[] => {
    const list: FieldError[] = [];
    if (!draft.title.trim()) list.push({ fieldId: 'plan-title', message: t('youngPersonWork.plan.titleRequired') });
    if (draft.details.backgroundDate && !ISO_DATE.test(draft.details.backgroundDate))
      list.push({ fieldId: 'plan-background-date', message: t('ypPlan.details.backgroundDateFormat') });
    draft.goals.forEach((g, index) => {
      if (!g.text.trim())
        list.push({
          fieldId: `goal-${g.key}-text`,
          message: t('youngPersonWork.plan.goalTextRequired', { n: index + 1 }),
        });
    });
    draft.actions.forEach((a, index) => {
      const n = index + 1;
      if (!a.description.trim())
        list.push({ fieldId: `action-${a.key}-description`, message: t('youngPersonWork.plan.actionRequired', { n }) });
      if (!a.responsibleOrganizationId)
        list.push({
          fieldId: `action-${a.key}-organization`,
          message: t('youngPersonWork.plan.organizationRequired', { n }),
        });
      if (a.dueOn && !ISO_DATE.test(a.dueOn))
        list.push({ fieldId: `action-${a.key}-due`, message: t('youngPersonWork.plan.dueOnFormat', { n }) });
    });
    draft.followUps.forEach((f, index) => {
      if (!f.heldOn && !ISO_DATE.test(f.plannedOn))
        list.push({
          fieldId: `follow-up-${f.key}`,
          message: t('youngPersonWork.plan.followUpFormat', { n: index + 1 }),
        });
    });
    return list;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReapplied(false);
    if (!form.check(validate())) return;
    const parts = draftToInput(draft);
    try {
      if (plan) {
        await revise({ variables: { input: { id: plan.id, version, ...parts } } });
        onDone(t('youngPersonWork.plan.saved'));
      } else {
        await create({ variables: { input: { scope: 'INDIVIDUAL', youngPersonId: person.id, ...parts } } });
        onDone(t('youngPersonWork.plan.created'));
      }
    } catch (error) {
      if (plan && errorCode(error) === 'CONFLICT') {
        // Someone else saved first: fetch the plan as it is now and show both versions.
        try {
          const current = await client.query({
            query: CurrentActionPlanDocument,
            variables: { id: plan.id },
            fetchPolicy: 'network-only',
          });
          const now = current.data?.actionPlan;
          if (now) {
            setOrganizations((list) => namedOrganizations(now).reduce(withOrganization, list));
            setConflict({ theirs: draftFromPlan(now), version: now.version, updatedAt: now.updatedAt });
            return;
          }
        } catch (reload) {
          form.failed(reload);
          return;
        }
      }
      form.failed(error);
    }
  };

  if (conflict) {
    return (
      <VersionConflict
        id="plan"
        title={t('youngPersonWork.plan.conflictTitle')}
        body={t('youngPersonWork.plan.conflictBody', {
          version: conflict.version,
          time: formatDateTime(conflict.updatedAt),
        })}
        changesHeading={t('youngPersonWork.plan.yourChanges')}
        changes={draftChanges(base, draft).map((change) =>
          change.part === 'details'
            ? t('ypPlan.details.changed', { field: t(`ypPlan.field.plan.${change.text}`) })
            : t(`youngPersonWork.plan.change.${change.part}.${change.kind}`, { text: change.text }),
        )}
        mineHeading={t('youngPersonWork.plan.mineVersion')}
        mine={
          <PlanView
            draft={draft}
            organizations={organizations}
            headingLevel="4"
            label={t('youngPersonWork.plan.mineShort')}
          />
        }
        theirsHeading={t('youngPersonWork.plan.theirsVersion', { version: conflict.version })}
        theirs={
          <PlanView
            draft={conflict.theirs}
            organizations={organizations}
            headingLevel="4"
            label={t('youngPersonWork.plan.theirsShort', { version: conflict.version })}
          />
        }
        reapplyLabel={t('youngPersonWork.plan.reapply')}
        onReapply={() => {
          setDraft(reapply(base, draft, conflict.theirs));
          setBase(conflict.theirs);
          setVersion(conflict.version);
          setConflict(undefined);
          setReapplied(true);
          setTimeout(() => editorHeading.current?.focus());
        }}
        discardLabel={t('youngPersonWork.plan.discard')}
        onDiscard={() => onDone(t('youngPersonWork.plan.discarded'))}
      />
    );
  }

  const loading = creating.loading || revising.loading;
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="plan-editor-heading">
      <VStack gap="space-24">
        <Heading level="3" size="small" id="plan-editor-heading" tabIndex={-1} ref={editorHeading}>
          {plan ? t('youngPersonWork.plan.editTitle', { version }) : t('youngPersonWork.plan.createTitle')}
        </Heading>
        {reapplied && (
          <Alert variant="info" size="small">
            {t('youngPersonWork.plan.reapplied', { version })}
          </Alert>
        )}
        <div aria-live="polite">
          {plan && plan.version > version && (
            <Alert variant="warning" size="small">
              {t('youngPersonWork.plan.changedElsewhere', { version: plan.version })}
            </Alert>
          )}
        </div>
        <FormMessages form={form} />
        <TextField
          id="plan-title"
          label={t('youngPersonWork.plan.titleLabel')}
          value={draft.title}
          maxLength={200}
          onChange={(e) => update({ title: e.target.value })}
          error={form.errorFor('plan-title')}
        />
        <PlanDetailsFields
          details={draft.details}
          leadUserName={draft.leadUserName}
          organizations={organizations}
          remember={remember}
          onChange={(change) => update({ details: { ...draft.details, ...change } })}
          errorFor={form.errorFor}
        />
        <Fieldset legend={t('youngPersonWork.plan.goals')} description={t('youngPersonWork.plan.goalsHint')}>
          <VStack gap="space-16">
            {draft.goals.map((g, index) => {
              const n = index + 1;
              return (
                <div key={g.key} className="brygga-card">
                  <VStack gap="space-12">
                    <Textarea
                      id={`goal-${g.key}-text`}
                      label={t('youngPersonWork.plan.goalLabel', { n })}
                      value={g.text}
                      maxLength={1000}
                      onChange={(e) => setGoal(g.key, { text: e.target.value })}
                      error={form.errorFor(`goal-${g.key}-text`)}
                    />
                    <HGrid gap="space-16" columns={{ xs: 1, md: 2 }} align="end">
                      <Select
                        id={`goal-${g.key}-owner`}
                        label={t('youngPersonWork.plan.goalOwner', { n })}
                        value={g.owner}
                        onChange={(e) => setGoal(g.key, { owner: e.target.value as GoalOwner })}
                      >
                        {OWNERS.map((o) => (
                          <option key={o} value={o}>
                            {t(`enums.GoalOwner.${o}`)}
                          </option>
                        ))}
                      </Select>
                      <div>
                        <Button
                          type="button"
                          variant="tertiary"
                          size="small"
                          onClick={() =>
                            update({
                              goals: draft.goals.filter((x) => x.key !== g.key),
                              actions: draft.actions.map((a) => (a.goalKey === g.key ? { ...a, goalKey: '' } : a)),
                            })
                          }
                        >
                          {t('youngPersonWork.plan.removeGoal', { n })}
                        </Button>
                      </div>
                    </HGrid>
                  </VStack>
                </div>
              );
            })}
            <div>
              <Button
                type="button"
                variant="secondary"
                size="small"
                onClick={() => update({ goals: [...draft.goals, { key: newKey(), owner: 'YOUNG_PERSON', text: '' }] })}
              >
                {t('youngPersonWork.plan.addGoal')}
              </Button>
            </div>
          </VStack>
        </Fieldset>
        <Fieldset legend={t('youngPersonWork.plan.actions')}>
          <VStack gap="space-16">
            {draft.actions.map((a, index) => {
              const n = index + 1;
              return (
                <div key={a.key} className="brygga-card">
                  <VStack gap="space-12">
                    <Textarea
                      id={`action-${a.key}-description`}
                      label={t('youngPersonWork.plan.actionLabel', { n })}
                      value={a.description}
                      maxLength={1000}
                      onChange={(e) => setAction(a.key, { description: e.target.value })}
                      error={form.errorFor(`action-${a.key}-description`)}
                    />
                    <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
                      <OrganizationPicker
                        id={`action-${a.key}-organization`}
                        label={t('youngPersonWork.plan.responsibleFor', { n })}
                        chosen={chosenOrganization(organizations, a.responsibleOrganizationId)}
                        onChoose={(organization) => {
                          if (organization) remember(organization);
                          setAction(a.key, { responsibleOrganizationId: organization?.id ?? '' });
                        }}
                        choosable={(o) => o.kind !== 'MANAGEMENT'}
                        error={form.errorFor(`action-${a.key}-organization`)}
                      />
                      <TextField
                        id={`action-${a.key}-due`}
                        label={t('youngPersonWork.plan.dueOnFor', { n })}
                        description={t('youngPersonWork.optionalDate')}
                        value={a.dueOn}
                        onChange={(e) => setAction(a.key, { dueOn: e.target.value })}
                        error={form.errorFor(`action-${a.key}-due`)}
                      />
                      <Select
                        id={`action-${a.key}-goal`}
                        label={t('youngPersonWork.plan.goalFor', { n })}
                        value={a.goalKey}
                        onChange={(e) => setAction(a.key, { goalKey: e.target.value })}
                      >
                        <option value="">{t('youngPersonWork.plan.noGoal')}</option>
                        {draft.goals.map((g, goalIndex) => (
                          <option key={g.key} value={g.key}>
                            {t('youngPersonWork.plan.goalNumber', { n: goalIndex + 1 })}
                            {g.text ? `: ${g.text.slice(0, 60)}` : ''}
                          </option>
                        ))}
                      </Select>
                      <Select
                        id={`action-${a.key}-status`}
                        label={t('youngPersonWork.plan.statusFor', { n })}
                        value={a.status}
                        onChange={(e) => setAction(a.key, { status: e.target.value as PlanActionStatus })}
                      >
                        {STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`enums.PlanActionStatus.${s}`)}
                          </option>
                        ))}
                      </Select>
                    </HGrid>
                    <div>
                      <Button
                        type="button"
                        variant="tertiary"
                        size="small"
                        onClick={() => update({ actions: draft.actions.filter((x) => x.key !== a.key) })}
                      >
                        {t('youngPersonWork.plan.removeAction', { n })}
                      </Button>
                    </div>
                  </VStack>
                </div>
              );
            })}
            <div>
              <Button
                type="button"
                variant="secondary"
                size="small"
                onClick={() =>
                  update({
                    actions: [
                      ...draft.actions,
                      {
                        key: newKey(),
                        description: '',
                        responsibleOrganizationId: '',
                        dueOn: '',
                        goalKey: '',
                        status: 'PLANNED',
                      },
                    ],
                  })
                }
              >
                {t('youngPersonWork.plan.addAction')}
              </Button>
            </div>
          </VStack>
        </Fieldset>
        <Fieldset legend={t('youngPersonWork.plan.followUps')}>
          <VStack gap="space-12">
            {draft.followUps.map((f, index) => {
              const n = index + 1;
              return f.heldOn ? (
                <BodyShort key={f.key}>
                  {t('youngPersonWork.plan.followUpHeld', {
                    planned: formatDate(f.plannedOn),
                    held: formatDate(f.heldOn),
                  })}
                </BodyShort>
              ) : (
                <HGrid key={f.key} gap="space-16" columns={{ xs: 1, md: 2 }} align="end">
                  <TextField
                    id={`follow-up-${f.key}`}
                    label={t('youngPersonWork.plan.followUpLabel', { n })}
                    description={t('register.dateHint')}
                    value={f.plannedOn}
                    onChange={(e) =>
                      update({
                        followUps: draft.followUps.map((x) =>
                          x.key === f.key ? { ...x, plannedOn: e.target.value } : x,
                        ),
                      })
                    }
                    error={form.errorFor(`follow-up-${f.key}`)}
                  />
                  <div>
                    <Button
                      type="button"
                      variant="tertiary"
                      size="small"
                      onClick={() => update({ followUps: draft.followUps.filter((x) => x.key !== f.key) })}
                    >
                      {t('youngPersonWork.plan.removeFollowUp', { n })}
                    </Button>
                  </div>
                </HGrid>
              );
            })}
            <div>
              <Button
                type="button"
                variant="secondary"
                size="small"
                onClick={() => update({ followUps: [...draft.followUps, { key: newKey(), plannedOn: '' }] })}
              >
                {t('youngPersonWork.plan.addFollowUp')}
              </Button>
            </div>
          </VStack>
        </Fieldset>
        <div className="brygga-buttons">
          <Button type="submit" loading={loading}>
            {plan ? t('youngPersonWork.plan.save') : t('youngPersonWork.plan.createSubmit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={() => onDone()}>
            {t('youngPersonWork.cancel')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
