import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { CloseActionPlanDocument, RecordPlanFollowUpDocument } from '../gql/plan/plan';
import { YoungPersonDocument } from '../gql/young-person/young-person';
import type { GoalAssessment, YoungPersonPlanFragment } from '../gql/graphql';
import { formatDate, todayIso } from '../i18n/format';
import {
  Alert,
  Checkbox,
  Fieldset,
  Heading,
  Radio,
  RadioGroup,
  TextField,
  Textarea,
  VStack,
  type FieldError,
} from '../ui';
import { dateError, useFormState } from '../young-person/form-state';
import { FormButtons } from '../young-person/occupations-section';
import { FormMessages } from '../young-person/page-parts';

const ASSESSMENTS: GoalAssessment[] = ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED'];

// Holding a planned follow-up: every goal of the plan is assessed once, with a summary of the
// meeting, and the next follow-up may be planned at once.
export function FollowUpForm({
  plan,
  youngPersonId,
  followUpId,
  onDone,
}: {
  plan: YoungPersonPlanFragment;
  youngPersonId: string;
  followUpId: string;
  onDone: (message?: string) => void;
}) {
  const { t } = useTranslation();
  const followUp = plan.followUps.find((f) => f.id === followUpId);
  const goals = [...plan.goals].sort((a, b) => a.position - b.position);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [summary, setSummary] = useState('');
  const [assessments, setAssessments] = useState<Record<string, GoalAssessment | undefined>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [next, setNext] = useState('');
  const form = useFormState({
    heldOn: 'follow-up-held-on',
    nextFollowUpOn: 'follow-up-next',
    summary: 'follow-up-summary',
  });
  const [record, { loading }] = useMutation(RecordPlanFollowUpDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: youngPersonId } }],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [
      ...dateError(heldOn, t('register.dateFormat'), 'follow-up-held-on'),
      ...dateError(next, t('register.dateFormat'), 'follow-up-next', true),
    ];
    if (!summary.trim())
      list.push({ fieldId: 'follow-up-summary', message: t('youngPersonWork.followUp.summaryRequired') });
    goals.forEach((g, index) => {
      if (!assessments[g.id])
        list.push({
          fieldId: `assessment-${g.id}`,
          message: t('youngPersonWork.followUp.assessmentRequired', { n: index + 1 }),
        });
    });
    if (!form.check(list)) return;
    try {
      await record({
        variables: {
          input: {
            planId: plan.id,
            version: plan.version,
            followUpId,
            heldOn,
            summary: summary.trim(),
            goalEvaluations: goals.map((g) => ({
              goalId: g.id,
              assessment: assessments[g.id] ?? 'NOT_ACHIEVED',
              ...(comments[g.id]?.trim() ? { comment: comments[g.id]?.trim() } : {}),
            })),
            ...(next ? { nextFollowUpOn: next } : {}),
          },
        },
      });
      onDone(t('youngPersonWork.followUp.saved'));
    } catch (error) {
      form.failed(error);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="follow-up-heading">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="follow-up-heading">
          {t('youngPersonWork.followUp.title', { date: formatDate(followUp?.plannedOn) })}
        </Heading>
        <FormMessages form={form} />
        <TextField
          id="follow-up-held-on"
          label={t('youngPersonWork.followUp.heldOn')}
          description={t('register.dateHint')}
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
          error={form.errorFor('follow-up-held-on')}
        />
        {goals.map((g, index) => (
          <Fieldset key={g.id} legend={t('youngPersonWork.followUp.goalLegend', { n: index + 1, text: g.text })}>
            <VStack gap="space-8">
              <RadioGroup
                id={`assessment-${g.id}`}
                legend={t('youngPersonWork.followUp.assessment', { n: index + 1 })}
                hideLegend
                value={assessments[g.id] ?? ''}
                onChange={(value: GoalAssessment) => setAssessments((a) => ({ ...a, [g.id]: value }))}
                error={form.errorFor(`assessment-${g.id}`)}
              >
                {ASSESSMENTS.map((a) => (
                  <Radio key={a} value={a}>
                    {t(`enums.GoalAssessment.${a}`)}
                  </Radio>
                ))}
              </RadioGroup>
              <TextField
                id={`assessment-${g.id}-comment`}
                label={t('youngPersonWork.followUp.comment', { n: index + 1 })}
                value={comments[g.id] ?? ''}
                maxLength={1000}
                onChange={(e) => setComments((c) => ({ ...c, [g.id]: e.target.value }))}
              />
            </VStack>
          </Fieldset>
        ))}
        <Textarea
          id="follow-up-summary"
          label={t('youngPersonWork.followUp.summary')}
          value={summary}
          maxLength={2000}
          onChange={(e) => setSummary(e.target.value)}
          error={form.errorFor('follow-up-summary')}
        />
        <TextField
          id="follow-up-next"
          label={t('youngPersonWork.followUp.next')}
          description={t('youngPersonWork.optionalDate')}
          value={next}
          onChange={(e) => setNext(e.target.value)}
          error={form.errorFor('follow-up-next')}
        />
        <FormButtons loading={loading} submit={t('youngPersonWork.followUp.save')} onCancel={() => onDone()} />
      </VStack>
    </form>
  );
}

// Closing the plan with its evaluation; confirmed first (a closed plan cannot be changed).
export function ClosePlanForm({
  plan,
  youngPersonId,
  onDone,
}: {
  plan: YoungPersonPlanFragment;
  youngPersonId: string;
  onDone: (message?: string) => void;
}) {
  const { t } = useTranslation();
  const [closedOn, setClosedOn] = useState(todayIso());
  const [evaluation, setEvaluation] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const form = useFormState({ closedOn: 'close-plan-on', evaluation: 'close-plan-evaluation' });
  const [close, { loading }] = useMutation(CloseActionPlanDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: youngPersonId } }],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [...dateError(closedOn, t('register.dateFormat'), 'close-plan-on')];
    if (!evaluation.trim())
      list.push({ fieldId: 'close-plan-evaluation', message: t('youngPersonWork.closePlan.evaluationRequired') });
    if (!confirmed) list.push({ fieldId: 'close-plan-confirm', message: t('youngPersonWork.ending.confirmRequired') });
    if (!form.check(list)) return;
    try {
      await close({
        variables: { input: { id: plan.id, version: plan.version, closedOn, evaluation: evaluation.trim() } },
      });
      onDone(t('youngPersonWork.closePlan.saved'));
    } catch (error) {
      form.failed(error);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="close-plan-heading">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="close-plan-heading">
          {t('youngPersonWork.closePlan.title')}
        </Heading>
        <FormMessages form={form} />
        <TextField
          id="close-plan-on"
          label={t('youngPersonWork.closePlan.closedOn')}
          description={t('register.dateHint')}
          value={closedOn}
          onChange={(e) => setClosedOn(e.target.value)}
          error={form.errorFor('close-plan-on')}
        />
        <Textarea
          id="close-plan-evaluation"
          label={t('youngPersonWork.closePlan.evaluation')}
          value={evaluation}
          maxLength={4000}
          onChange={(e) => setEvaluation(e.target.value)}
          error={form.errorFor('close-plan-evaluation')}
        />
        <Checkbox
          id="close-plan-confirm"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          error={Boolean(form.errorFor('close-plan-confirm'))}
        >
          {t('youngPersonWork.closePlan.confirm')}
        </Checkbox>
        {form.errorFor('close-plan-confirm') && (
          <Alert variant="error" size="small" inline>
            {form.errorFor('close-plan-confirm')}
          </Alert>
        )}
        <FormButtons loading={loading} submit={t('youngPersonWork.closePlan.submit')} onCancel={() => onDone()} />
      </VStack>
    </form>
  );
}
