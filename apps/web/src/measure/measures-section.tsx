import '../young-person/editing-strings';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode } from '../app/api-error';
import {
  CurrentMeasureDocument,
  EndMeasureDocument,
  OfferMeasureDocument,
  RespondToMeasureDocument,
  StartMeasureDocument,
} from '../gql/measure/measure';
import { YoungPersonDocument } from '../gql/young-person/young-person';
import type { MeasureEndReason, MeasureStatus, OccupationCategory, YoungPersonQuery } from '../gql/graphql';
import { formatDate, todayIso } from '../i18n/format';
import {
  Alert,
  BodyShort,
  Button,
  HGrid,
  Heading,
  Select,
  Tag,
  TextField,
  Textarea,
  VStack,
  type FieldError,
  useFocusOnOpen,
} from '../ui';
import { dateError, useFormState } from '../young-person/form-state';
import { FormButtons } from '../young-person/occupations-section';
import { FormMessages, PageSection, SavedMessage } from '../young-person/page-parts';
import { VersionConflict, VersionFacts } from '../young-person/version-conflict';
import { MeasureDocumentationForm, MeasureDocumentationView } from './measure-documentation';

type Data = YoungPersonQuery;
type Measure = Data['youngPerson']['measures'][number];

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
              <MeasureCard measure={measure} youngPersonId={person.id} enrolled={Boolean(person.enrollment)} />
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
}: {
  measure: Measure;
  youngPersonId: string;
  enrolled: boolean;
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
            youngPersonId={youngPersonId}
            onDone={(message) => (setDocumenting(false), setSaved(message))}
          />
        </div>
      ) : (
        <MeasureDocumentationView measure={measure} />
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

type Step = 'respond' | 'start' | 'end';

// The step a measure in a status takes next; none once declined or ended.
function stepOf(status: MeasureStatus): Step | undefined {
  if (status === 'OFFERED') return 'respond';
  if (status === 'ACCEPTED') return 'start';
  if (status === 'STARTED') return 'end';
  return undefined;
}

// What a step's form holds, and the same fields as a saved measure has them.
interface StepValues {
  date: string;
  accepted: 'yes' | 'no' | '';
  reason: MeasureEndReason | '';
  occupation: OccupationCategory | '';
}

function savedValues(step: Step, measure: Measure): StepValues {
  const date = step === 'respond' ? measure.respondedOn : step === 'start' ? measure.startedOn : measure.endedOn;
  return {
    date: date ?? '',
    accepted: measure.respondedOn ? (measure.status === 'DECLINED' ? 'no' : 'yes') : '',
    reason: measure.endReason ?? '',
    occupation: measure.occupationAfter ?? '',
  };
}

// The status a step gives the measure.
function statusAfter(step: Step, values: StepValues): MeasureStatus {
  if (step === 'respond') return values.accepted === 'no' ? 'DECLINED' : 'ACCEPTED';
  return step === 'start' ? 'STARTED' : 'ENDED';
}

// The measure's next step: offered → answered (accepted or declined) → started → ended. Saved
// with the measure's version when the form opened: when someone else saved the measure first
// (CONFLICT: its documentation, or the step itself) the form shows what the user filled in
// beside the measure as saved now; the user takes the step again on the saved version, or,
// when the measure has moved on to another step meanwhile, sees what they filled in and closes.
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
  const client = useApolloClient();
  // The step the open form takes, kept while it is open: a live update that moves the measure on
  // does not change the form under the user (their save then loses the version race).
  const [open, setOpen] = useState<Step>();
  const [version, setVersion] = useState(measure.version);
  const [conflict, setConflict] = useState<{ step: Step; theirs: Measure }>();
  const [reapplied, setReapplied] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
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
  const step = open ?? stepOf(measure.status);
  const mine: StepValues = { date, accepted, reason, occupation };
  const stepFacts = (shown: Step, values: StepValues) => [
    ...(shown === 'respond'
      ? [
          {
            label: t('youngPersonWork.measures.answer'),
            value: values.accepted
              ? t(`youngPersonWork.measures.${values.accepted === 'yes' ? 'accepted' : 'declined'}`)
              : t('ypEditing.conflict.empty'),
          },
        ]
      : []),
    { label: t(`youngPersonWork.measures.dateLabel.${shown}`), value: values.date || t('ypEditing.conflict.empty') },
    ...(shown === 'end'
      ? [
          {
            label: t('youngPersonWork.measures.endReason'),
            value: values.reason ? t(`enums.MeasureEndReason.${values.reason}`) : t('ypEditing.conflict.empty'),
          },
          {
            label: t('youngPersonWork.measures.occupationAfter'),
            value: values.occupation
              ? t(`enums.OccupationCategory.${values.occupation}`)
              : t('ypEditing.conflict.empty'),
          },
        ]
      : []),
  ];

  if (conflict) {
    const { theirs } = conflict;
    const statusLabel = t('ypEditing.measureStep.status');
    const mineFacts = stepFacts(conflict.step, mine);
    const theirsFacts = stepFacts(conflict.step, savedValues(conflict.step, theirs));
    // The step can be taken again only while the saved measure still waits for it.
    const again = stepOf(theirs.status) === conflict.step;
    return (
      <VersionConflict
        id={`${prefix}-conflict`}
        level="4"
        title={t('ypEditing.measureStep.conflictTitle')}
        body={
          again
            ? t('ypEditing.measureStep.conflictBody', { version: theirs.version })
            : t('ypEditing.measureStep.movedOn', {
                version: theirs.version,
                status: t(`enums.MeasureStatus.${theirs.status}`),
              })
        }
        changesHeading={t('ypEditing.conflict.yourChanges')}
        changes={mineFacts.map((fact, index) => {
          const change = t('ypEditing.conflict.changed', { field: fact.label, value: fact.value });
          const saved = theirsFacts[index]?.value;
          return saved && saved !== t('ypEditing.conflict.empty') && saved !== fact.value
            ? t('ypEditing.conflict.bothChanged', { change })
            : change;
        })}
        mineHeading={t('ypEditing.conflict.mineVersion')}
        mine={
          <VersionFacts
            facts={[
              { label: statusLabel, value: t(`enums.MeasureStatus.${statusAfter(conflict.step, mine)}`) },
              ...mineFacts,
            ]}
          />
        }
        theirsHeading={t('ypEditing.conflict.theirsVersion', { version: theirs.version })}
        theirs={
          <VersionFacts
            facts={[{ label: statusLabel, value: t(`enums.MeasureStatus.${theirs.status}`) }, ...theirsFacts]}
          />
        }
        {...(again
          ? {
              reapplyLabel: t('ypEditing.conflict.reapply'),
              onReapply: () => {
                setVersion(theirs.version);
                setConflict(undefined);
                setReapplied(true);
                setTimeout(() => notice.current?.focus());
              },
            }
          : {})}
        discardLabel={again ? t('ypEditing.conflict.discard') : t('ypEditing.measureStep.close')}
        onDiscard={() => {
          setConflict(undefined);
          setOpen(undefined);
          onSaved(t('ypEditing.measureStep.discarded'));
        }}
      />
    );
  }
  if (!step) return null;
  const stepLabel = t(`youngPersonWork.measures.step.${step}`);
  if (!open)
    return (
      <div>
        <Button
          variant="secondary"
          size="small"
          aria-label={t('youngPersonWork.measures.stepFor', { step: stepLabel, name })}
          onClick={() => (setOpen(step), setVersion(measure.version), setReapplied(false), onSaved(undefined))}
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
    const base = { id: measure.id, version };
    try {
      if (step === 'respond')
        await respond({ variables: { input: { ...base, accepted: accepted === 'yes', respondedOn: date } } });
      if (step === 'start') await start({ variables: { input: { ...base, startedOn: date } } });
      if (step === 'end' && reason && occupation)
        await end({ variables: { input: { ...base, endedOn: date, reason, occupationAfter: occupation } } });
      setOpen(undefined);
      onSaved(t(`youngPersonWork.measures.saved.${step}`));
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        // Someone else saved first: read the measure as it is now and show both versions.
        try {
          const current = await client.query({
            query: CurrentMeasureDocument,
            variables: { id: measure.id },
            fetchPolicy: 'network-only',
          });
          const now = current.data?.measure;
          if (now) {
            setConflict({ step, theirs: now });
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
  const loading = responding.loading || starting.loading || ending.loading;
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('youngPersonWork.measures.stepFor', { step: stepLabel, name })}
    >
      <VStack gap="space-16">
        {reapplied && (
          <div tabIndex={-1} ref={notice}>
            <Alert variant="info" size="small">
              {t('ypEditing.measureStep.reapplied', { version })}
            </Alert>
          </div>
        )}
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
          onCancel={() => setOpen(undefined)}
        />
      </VStack>
    </form>
  );
}

function OfferForm({ data, onDone }: { data: Data; onDone: (message?: string) => void }) {
  const formRef = useFocusOnOpen<HTMLFormElement>();
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
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-label={t('youngPersonWork.measures.offer')}>
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
