import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  EndMeasureDocument,
  OfferMeasureDocument,
  RespondToMeasureDocument,
  StartMeasureDocument,
} from '../gql/measure/measure';
import { YoungPersonDocument } from '../gql/young-person/young-person';
import type { MeasureEndReason, OccupationCategory, YoungPersonQuery } from '../gql/graphql';
import { formatDate, todayIso } from '../i18n/format';
import { BodyShort, Button, HGrid, Heading, Select, Tag, TextField, Textarea, VStack, type FieldError } from '../ui';
import { dateError, useFormState } from '../young-person/form-state';
import { FormButtons } from '../young-person/occupations-section';
import { FormMessages, PageSection, SavedMessage } from '../young-person/page-parts';
import { MeasureDocumentationForm, MeasureDocumentationView } from './measure-documentation';

type Data = YoungPersonQuery;
type Measure = Data['youngPerson']['measures'][number];
type Organization = Data['organizations']['nodes'][number];

const END_REASONS: MeasureEndReason[] = [
  'COMPLETED',
  'STARTED_EDUCATION',
  'STARTED_WORK',
  'INTERRUPTED',
  'MOVED',
  'TURNED_20',
  'OTHER',
];
const OCCUPATIONS: OccupationCategory[] = ['EDUCATION', 'WORK', 'OTHER_ACTIVITY', 'NONE', 'UNKNOWN'];

// Insatser: the measures offered to the young person, each with its next step (the answer,
// the start, the end with its outcome), and offering a new one from the municipality's catalogue.
export function MeasuresSection({ data }: { data: Data }) {
  const { t } = useTranslation();
  const person = data.youngPerson;
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string>();
  return (
    <PageSection id="insatser" title={t('youngPersonWork.measures.title')}>
      {person.measures.length === 0 ? (
        <BodyShort>{t('youngPersonWork.measures.none')}</BodyShort>
      ) : (
        <ul className="brygga-cards">
          {person.measures.map((measure) => (
            <li key={measure.id} className="brygga-card">
              <MeasureCard
                measure={measure}
                youngPersonId={person.id}
                enrolled={Boolean(person.enrollment)}
                organizations={data.organizations.nodes.filter((o) => o.kind !== 'MANAGEMENT')}
              />
            </li>
          ))}
        </ul>
      )}
      <SavedMessage text={saved} />
      {person.enrollment &&
        (open ? (
          <OfferForm
            data={data}
            onDone={(message) => {
              setOpen(false);
              setSaved(message);
            }}
          />
        ) : (
          <div>
            <Button variant="secondary" onClick={() => (setOpen(true), setSaved(undefined))}>
              {t('youngPersonWork.measures.offer')}
            </Button>
          </div>
        ))}
    </PageSection>
  );
}

function MeasureCard({
  measure,
  youngPersonId,
  enrolled,
  organizations,
}: {
  measure: Measure;
  youngPersonId: string;
  enrolled: boolean;
  organizations: Organization[];
}) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string>();
  const [documenting, setDocumenting] = useState(false);
  // Only an open measure's documentation can change (the api answers MEASURE_CLOSED).
  const open = measure.status !== 'DECLINED' && measure.status !== 'ENDED';
  const name = measure.measureType?.name ?? t('youngPersonWork.measures.unknownType');
  const dates = [
    t('youngPersonWork.measures.offeredOn', { date: formatDate(measure.offeredOn) }),
    measure.respondedOn && t('youngPersonWork.measures.respondedOn', { date: formatDate(measure.respondedOn) }),
    measure.startedOn && t('youngPersonWork.measures.startedOn', { date: formatDate(measure.startedOn) }),
    measure.endedOn && t('youngPersonWork.measures.endedOn', { date: formatDate(measure.endedOn) }),
  ].filter(Boolean);
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small">
        {name}{' '}
        <Tag size="small" variant={measure.status === 'STARTED' ? 'info' : 'neutral'}>
          {t(`enums.MeasureStatus.${measure.status}`)}
        </Tag>
      </Heading>
      <BodyShort size="small">{dates.join(' · ')}</BodyShort>
      {measure.endReason && (
        <BodyShort>
          {t('youngPersonWork.measures.outcome', {
            reason: t(`enums.MeasureEndReason.${measure.endReason}`),
            occupation: measure.occupationAfter ? t(`enums.OccupationCategory.${measure.occupationAfter}`) : '–',
          })}
        </BodyShort>
      )}
      {documenting ? (
        <div className="brygga-wide">
          <MeasureDocumentationForm
            measure={measure}
            name={name}
            organizations={organizations}
            youngPersonId={youngPersonId}
            onDone={(message) => (setDocumenting(false), setSaved(message))}
          />
        </div>
      ) : (
        <MeasureDocumentationView measure={measure} organizations={organizations} />
      )}
      <SavedMessage text={saved} />
      {enrolled && open && !documenting && (
        <div>
          <Button
            variant="secondary"
            size="small"
            aria-label={t('ypEditing.measureDoc.editFor', { name })}
            onClick={() => (setDocumenting(true), setSaved(undefined))}
          >
            {t('ypEditing.measureDoc.edit')}
          </Button>
        </div>
      )}
      {enrolled && <MeasureStep measure={measure} name={name} youngPersonId={youngPersonId} onSaved={setSaved} />}
    </VStack>
  );
}

// The measure's next step: offered → answered (accepted or declined) → started → ended.
function MeasureStep({
  measure,
  name,
  youngPersonId,
  onSaved,
}: {
  measure: Measure;
  name: string;
  youngPersonId: string;
  onSaved: (message: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(todayIso());
  const [accepted, setAccepted] = useState<'yes' | 'no' | ''>('');
  const [reason, setReason] = useState<MeasureEndReason | ''>('');
  const [occupation, setOccupation] = useState<OccupationCategory | ''>('');
  const prefix = `measure-${measure.id}`;
  const form = useFormState({
    respondedOn: `${prefix}-date`,
    startedOn: `${prefix}-date`,
    endedOn: `${prefix}-date`,
  });
  const refetch = {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: youngPersonId } }],
    awaitRefetchQueries: true,
  };
  const [respond, responding] = useMutation(RespondToMeasureDocument, refetch);
  const [start, starting] = useMutation(StartMeasureDocument, refetch);
  const [end, ending] = useMutation(EndMeasureDocument, refetch);
  const step =
    measure.status === 'OFFERED'
      ? 'respond'
      : measure.status === 'ACCEPTED'
        ? 'start'
        : measure.status === 'STARTED'
          ? 'end'
          : undefined;
  if (!step) return null;
  const stepLabel = t(`youngPersonWork.measures.step.${step}`);
  if (!open)
    return (
      <div>
        <Button
          variant="secondary"
          size="small"
          aria-label={t('youngPersonWork.measures.stepFor', { step: stepLabel, name })}
          onClick={() => (setOpen(true), onSaved(undefined))}
        >
          {stepLabel}
        </Button>
      </div>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [...dateError(date, t('register.dateFormat'), `${prefix}-date`)];
    if (step === 'respond' && !accepted)
      list.push({ fieldId: `${prefix}-answer`, message: t('youngPersonWork.measures.answerRequired') });
    if (step === 'end' && !reason)
      list.push({ fieldId: `${prefix}-reason`, message: t('youngPersonWork.measures.reasonRequired') });
    if (step === 'end' && !occupation)
      list.push({ fieldId: `${prefix}-occupation`, message: t('youngPersonWork.measures.occupationRequired') });
    if (!form.check(list)) return;
    const base = { id: measure.id, version: measure.version };
    try {
      if (step === 'respond')
        await respond({ variables: { input: { ...base, accepted: accepted === 'yes', respondedOn: date } } });
      if (step === 'start') await start({ variables: { input: { ...base, startedOn: date } } });
      if (step === 'end' && reason && occupation)
        await end({ variables: { input: { ...base, endedOn: date, reason, occupationAfter: occupation } } });
      setOpen(false);
      onSaved(t(`youngPersonWork.measures.saved.${step}`));
    } catch (error) {
      form.failed(error);
    }
  };
  const loading = responding.loading || starting.loading || ending.loading;
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('youngPersonWork.measures.stepFor', { step: stepLabel, name })}
    >
      <VStack gap="space-16">
        <FormMessages form={form} />
        {step === 'respond' && (
          <Select
            id={`${prefix}-answer`}
            label={t('youngPersonWork.measures.answer')}
            value={accepted}
            onChange={(e) => setAccepted(e.target.value as 'yes' | 'no' | '')}
            error={form.errorFor(`${prefix}-answer`)}
          >
            <option value="">{t('register.choose')}</option>
            <option value="yes">{t('youngPersonWork.measures.accepted')}</option>
            <option value="no">{t('youngPersonWork.measures.declined')}</option>
          </Select>
        )}
        <TextField
          id={`${prefix}-date`}
          label={t(`youngPersonWork.measures.dateLabel.${step}`)}
          description={t('register.dateHint')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={form.errorFor(`${prefix}-date`)}
        />
        {step === 'end' && (
          <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
            <Select
              id={`${prefix}-reason`}
              label={t('youngPersonWork.measures.endReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value as MeasureEndReason | '')}
              error={form.errorFor(`${prefix}-reason`)}
            >
              <option value="">{t('register.choose')}</option>
              {END_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`enums.MeasureEndReason.${r}`)}
                </option>
              ))}
            </Select>
            <Select
              id={`${prefix}-occupation`}
              label={t('youngPersonWork.measures.occupationAfter')}
              value={occupation}
              onChange={(e) => setOccupation(e.target.value as OccupationCategory | '')}
              error={form.errorFor(`${prefix}-occupation`)}
            >
              <option value="">{t('register.choose')}</option>
              {OCCUPATIONS.map((o) => (
                <option key={o} value={o}>
                  {t(`enums.OccupationCategory.${o}`)}
                </option>
              ))}
            </Select>
          </HGrid>
        )}
        <FormButtons
          loading={loading}
          submit={t(`youngPersonWork.measures.confirm.${step}`)}
          onCancel={() => setOpen(false)}
        />
      </VStack>
    </form>
  );
}

function OfferForm({ data, onDone }: { data: Data; onDone: (message?: string) => void }) {
  const { t } = useTranslation();
  const youngPersonId = data.youngPerson.id;
  const types = data.measureTypes.filter((type) => type.active);
  const [typeId, setTypeId] = useState('');
  const [offeredOn, setOfferedOn] = useState(todayIso());
  const [plannedStartOn, setPlannedStartOn] = useState('');
  const [plannedEndOn, setPlannedEndOn] = useState('');
  const [planningAndGoal, setPlanningAndGoal] = useState('');
  const form = useFormState({
    measureTypeId: 'measure-type',
    offeredOn: 'measure-offered-on',
    plannedStartOn: 'measure-planned-start',
    plannedEndOn: 'measure-planned-end',
    planningAndGoal: 'measure-goal',
  });
  const [offer, { loading }] = useMutation(OfferMeasureDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: youngPersonId } }],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [
      ...(typeId ? [] : [{ fieldId: 'measure-type', message: t('youngPersonWork.measures.typeRequired') }]),
      ...dateError(offeredOn, t('register.dateFormat'), 'measure-offered-on'),
      ...dateError(plannedStartOn, t('register.dateFormat'), 'measure-planned-start', true),
      ...dateError(plannedEndOn, t('register.dateFormat'), 'measure-planned-end', true),
    ];
    if (!form.check(list)) return;
    try {
      await offer({
        variables: {
          input: {
            youngPersonId,
            measureTypeId: typeId,
            offeredOn,
            ...(plannedStartOn ? { plannedStartOn } : {}),
            ...(plannedEndOn ? { plannedEndOn } : {}),
            ...(planningAndGoal.trim() ? { planningAndGoal: planningAndGoal.trim() } : {}),
          },
        },
      });
      onDone(t('youngPersonWork.measures.offered'));
    } catch (error) {
      form.failed(error);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('youngPersonWork.measures.offer')}>
      <VStack gap="space-16">
        <FormMessages form={form} />
        <Select
          id="measure-type"
          label={t('youngPersonWork.measures.type')}
          value={typeId}
          onChange={(e) => setTypeId(e.target.value)}
          error={form.errorFor('measure-type')}
        >
          <option value="">{t('register.choose')}</option>
          {types.map((type) => (
            <option key={type.id} value={type.id}>
              {type.name}
            </option>
          ))}
        </Select>
        <HGrid gap="space-16" columns={{ xs: 1, md: 3 }}>
          <TextField
            id="measure-offered-on"
            label={t('youngPersonWork.measures.offeredOnLabel')}
            description={t('register.dateHint')}
            value={offeredOn}
            onChange={(e) => setOfferedOn(e.target.value)}
            error={form.errorFor('measure-offered-on')}
          />
          <TextField
            id="measure-planned-start"
            label={t('youngPersonWork.measures.plannedStart')}
            description={t('youngPersonWork.optionalDate')}
            value={plannedStartOn}
            onChange={(e) => setPlannedStartOn(e.target.value)}
            error={form.errorFor('measure-planned-start')}
          />
          <TextField
            id="measure-planned-end"
            label={t('youngPersonWork.measures.plannedEnd')}
            description={t('youngPersonWork.optionalDate')}
            value={plannedEndOn}
            onChange={(e) => setPlannedEndOn(e.target.value)}
            error={form.errorFor('measure-planned-end')}
          />
        </HGrid>
        <Textarea
          id="measure-goal"
          label={t('youngPersonWork.measures.planningAndGoal')}
          value={planningAndGoal}
          maxLength={2000}
          onChange={(e) => setPlanningAndGoal(e.target.value)}
          error={form.errorFor('measure-goal')}
        />
        <FormButtons loading={loading} submit={t('youngPersonWork.measures.offerSubmit')} onCancel={() => onDone()} />
      </VStack>
    </form>
  );
}
