import '../young-person/editing-strings';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode } from '../app/api-error';
import { CurrentMeasureDocument, UpdateMeasureDocumentationDocument } from '../gql/measure/measure';
import { YoungPersonDocument } from '../gql/young-person/young-person';
import type { EvidenceBasis, MeasureLevel, MeasureTier, YoungPersonQuery } from '../gql/graphql';
import {
  chosenOrganization,
  namedOrganization,
  withOrganization,
  type NamedOrganization,
} from '../organization/named-organization';
import { OrganizationPicker } from '../organization/organization-picker';
import {
  Alert,
  Checkbox,
  CheckboxGroup,
  HGrid,
  Heading,
  Select,
  TextField,
  Textarea,
  VStack,
  type FieldError,
} from '../ui';
import { changedFields, clashingFields, reapplyFields } from '../young-person/field-merge';
import { dateError, useFormState } from '../young-person/form-state';
import { FormButtons } from '../young-person/occupations-section';
import { FormMessages } from '../young-person/page-parts';
import { VersionConflict, VersionFacts } from '../young-person/version-conflict';
import {
  DATE_FIELDS,
  EVIDENCE,
  LEVELS,
  MAX_LENGTH,
  TEXT_FIELDS,
  TIERS,
  draftFromMeasure,
  draftToInput,
  sortEvidence,
  type DocumentationDraft,
  type DocumentationField,
} from './documentation-draft';

type Data = YoungPersonQuery;
type Measure = Data['youngPerson']['measures'][number];

const ORDER: DocumentationField[] = [
  'level',
  'tier',
  'evidenceBasis',
  'planningAndGoal',
  'youngPersonResponsibility',
  'municipalityResponsibility',
  'otherActorOrganizationId',
  'otherActorResponsibility',
  'plannedStartOn',
  'plannedEndOn',
  'followUpOn',
  'evaluationOn',
];

// The ids of the form's fields, and the api's `details.field` names mapped to them
// (MEASURE_DATE_INVALID names the date that does not fit).
function fieldIdsFor(measureId: string): Record<DocumentationField, string> {
  const ids = {} as Record<DocumentationField, string>;
  for (const field of ORDER) ids[field] = `doc-${measureId}-${field}`;
  return ids;
}

// Labels and shown values of a draft, in the form's order.
function useDocumentationText(organizations: readonly NamedOrganization[]) {
  const { t } = useTranslation();
  const label = (field: DocumentationField): string =>
    field === 'otherActorOrganizationId' ? t('ypEditing.measureDoc.otherActor') : t(`ypEditing.measureDoc.${field}`);
  const value = (draft: DocumentationDraft, field: DocumentationField): string => {
    const none = t('ypEditing.measureDoc.notSet');
    switch (field) {
      case 'level':
        return t(`ypEditing.MeasureLevel.${draft.level}`);
      case 'tier':
        return t(`ypEditing.MeasureTier.${draft.tier}`);
      case 'evidenceBasis':
        return draft.evidenceBasis.map((e) => t(`ypEditing.EvidenceBasis.${e}`)).join(', ') || none;
      case 'otherActorOrganizationId':
        return chosenOrganization(organizations, draft.otherActorOrganizationId)?.name ?? none;
      default:
        return draft[field].trim() || none;
    }
  };
  const facts = (draft: DocumentationDraft) =>
    ORDER.map((field) => ({ label: label(field), value: value(draft, field) }));
  return { label, value, facts };
}

// The measure's documentation as read, on its card.
export function MeasureDocumentationView({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const text = useDocumentationText(
    namedOrganization(measure.otherActorOrganizationId, measure.otherActorOrganizationName),
  );
  return (
    <div>
      <Heading level="4" size="xsmall" spacing>
        {t('ypEditing.measureDoc.heading')}
      </Heading>
      <VersionFacts facts={text.facts(draftFromMeasure(measure))} />
    </div>
  );
}

interface Conflict {
  theirs: DocumentationDraft;
  version: number;
}

// Changing an open measure's documentation (updateMeasureDocumentation), saved with the version
// the user started from. When someone else saved first (CONFLICT) the form shows both versions:
// the user makes their changes again on the saved version, or drops them.
export function MeasureDocumentationForm({
  measure,
  name,
  youngPersonId,
  onDone,
}: {
  measure: Measure;
  name: string;
  youngPersonId: string;
  onDone: (message?: string) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const ids = fieldIdsFor(measure.id);
  // The version the user started from, and the documentation as it was then.
  const [version, setVersion] = useState(measure.version);
  const [base, setBase] = useState<DocumentationDraft>(() => draftFromMeasure(measure));
  const [draft, setDraft] = useState<DocumentationDraft>(base);
  const [conflict, setConflict] = useState<Conflict>();
  const [reapplied, setReapplied] = useState(false);
  const form = useFormState(ids);
  const heading = useRef<HTMLHeadingElement>(null);
  // The other actor is found by name on the server (OrganizationPicker, issue 15); the names of
  // the one named now, the one someone else saved and the ones chosen here are kept.
  const [organizations, setOrganizations] = useState<NamedOrganization[]>(() =>
    namedOrganization(measure.otherActorOrganizationId, measure.otherActorOrganizationName),
  );
  const remember = (organization: NamedOrganization) =>
    setOrganizations((list) => withOrganization(list, organization));
  const text = useDocumentationText(organizations);
  const [update, { loading }] = useMutation(UpdateMeasureDocumentationDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: youngPersonId } }],
    awaitRefetchQueries: true,
  });
  const set = <K extends DocumentationField>(field: K, value: DocumentationDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const validate = (): FieldError[] => [
    ...DATE_FIELDS.flatMap((field) =>
      dateError(draft[field].trim(), t('ypEditing.measureDoc.dateFormat'), ids[field], true),
    ),
    ...TEXT_FIELDS.filter((field) => draft[field].trim().length > MAX_LENGTH[field]).map((field) => ({
      fieldId: ids[field],
      message: t('ypEditing.measureDoc.tooLong', { max: MAX_LENGTH[field] }),
    })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReapplied(false);
    if (!form.check(validate())) return;
    try {
      await update({ variables: { input: { id: measure.id, version, ...draftToInput(draft) } } });
      onDone(t('ypEditing.measureDoc.saved'));
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
            namedOrganization(now.otherActorOrganizationId, now.otherActorOrganizationName).forEach(remember);
            setConflict({ theirs: draftFromMeasure(now), version: now.version });
            return;
          }
        } catch (reload) {
          form.failed(reload);
          return;
        }
      }
      if (errorCode(error) === 'MEASURE_CLOSED') {
        form.failed(error, t('ypEditing.measureDoc.measureClosed'));
        return;
      }
      form.failed(error);
    }
  };

  if (conflict) {
    const clashing = clashingFields(base, draft, conflict.theirs);
    return (
      <VersionConflict
        id={`doc-${measure.id}`}
        level="4"
        title={t('ypEditing.measureDoc.conflictTitle')}
        body={t('ypEditing.measureDoc.conflictBody', { version: conflict.version })}
        changesHeading={t('ypEditing.conflict.yourChanges')}
        changes={changedFields(base, draft).map((field) => {
          const change = t('ypEditing.conflict.changed', { field: text.label(field), value: text.value(draft, field) });
          return clashing.includes(field) ? t('ypEditing.conflict.bothChanged', { change }) : change;
        })}
        mineHeading={t('ypEditing.conflict.mineVersion')}
        mine={<VersionFacts facts={text.facts(draft)} />}
        theirsHeading={t('ypEditing.conflict.theirsVersion', { version: conflict.version })}
        theirs={<VersionFacts facts={text.facts(conflict.theirs)} />}
        reapplyLabel={t('ypEditing.conflict.reapply')}
        onReapply={() => {
          setDraft(reapplyFields(base, draft, conflict.theirs));
          setBase(conflict.theirs);
          setVersion(conflict.version);
          setConflict(undefined);
          setReapplied(true);
          setTimeout(() => heading.current?.focus());
        }}
        discardLabel={t('ypEditing.conflict.discard')}
        onDiscard={() => onDone(t('ypEditing.measureDoc.discarded'))}
      />
    );
  }

  const textArea = (field: (typeof TEXT_FIELDS)[number]) => (
    <Textarea
      id={ids[field]}
      label={text.label(field)}
      value={draft[field]}
      maxLength={MAX_LENGTH[field]}
      onChange={(e) => set(field, e.target.value)}
      error={form.errorFor(ids[field])}
    />
  );
  const dateField = (field: (typeof DATE_FIELDS)[number]) => (
    <TextField
      id={ids[field]}
      label={text.label(field)}
      description={t('youngPersonWork.optionalDate')}
      value={draft[field]}
      onChange={(e) => set(field, e.target.value)}
      error={form.errorFor(ids[field])}
    />
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('ypEditing.measureDoc.editFor', { name })}>
      <VStack gap="space-16">
        <Heading level="4" size="xsmall" tabIndex={-1} ref={heading}>
          {t('ypEditing.measureDoc.formTitle', { version })}
        </Heading>
        {reapplied && (
          <Alert variant="info" size="small">
            {t('ypEditing.measureDoc.reapplied', { version })}
          </Alert>
        )}
        <FormMessages form={form} />
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          <Select
            id={ids.level}
            label={text.label('level')}
            value={draft.level}
            onChange={(e) => set('level', e.target.value as MeasureLevel)}
          >
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`ypEditing.MeasureLevel.${level}`)}
              </option>
            ))}
          </Select>
          <Select
            id={ids.tier}
            label={text.label('tier')}
            value={draft.tier}
            onChange={(e) => set('tier', e.target.value as MeasureTier)}
          >
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`ypEditing.MeasureTier.${tier}`)}
              </option>
            ))}
          </Select>
        </HGrid>
        <CheckboxGroup
          id={ids.evidenceBasis}
          legend={text.label('evidenceBasis')}
          description={t('ypEditing.measureDoc.evidenceBasisHint')}
          value={draft.evidenceBasis}
          onChange={(value: EvidenceBasis[]) => set('evidenceBasis', sortEvidence(value))}
        >
          {EVIDENCE.map((e) => (
            <Checkbox key={e} value={e}>
              {t(`ypEditing.EvidenceBasis.${e}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        {textArea('planningAndGoal')}
        {textArea('youngPersonResponsibility')}
        {textArea('municipalityResponsibility')}
        <OrganizationPicker
          id={ids.otherActorOrganizationId}
          label={text.label('otherActorOrganizationId')}
          chosen={chosenOrganization(organizations, draft.otherActorOrganizationId)}
          onChoose={(organization) => {
            if (organization) remember(organization);
            set('otherActorOrganizationId', organization?.id ?? '');
          }}
          choosable={(o) => o.kind !== 'MANAGEMENT'}
          error={form.errorFor(ids.otherActorOrganizationId)}
        />
        {textArea('otherActorResponsibility')}
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          {dateField('plannedStartOn')}
          {dateField('plannedEndOn')}
          {dateField('followUpOn')}
          {dateField('evaluationOn')}
        </HGrid>
        <FormButtons loading={loading} submit={t('ypEditing.measureDoc.save')} onCancel={() => onDone()} />
      </VStack>
    </form>
  );
}
