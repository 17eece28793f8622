import './editing-strings';

import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorDetails } from '../app/api-error';
import { ReEnrollYoungPersonDocument, YoungPersonDocument } from '../gql/young-person/young-person';
import type { CompulsorySchoolStatus, RegistrationReason, UpperSecondaryStatus } from '../gql/graphql';
import { formatDate, todayIso } from '../i18n/format';
import { BodyShort, Button, HGrid, Select, TextField, useFocusOnOpen, VStack, type FieldError } from '../ui';
import { dateError, useFormState } from './form-state';
import { FormButtons } from './occupations-section';
import { FormMessages } from './page-parts';

const REASONS: RegistrationReason[] = [
  'DROPPED_OUT',
  'NEVER_STARTED',
  'LEAVING_CERTIFICATE',
  'LEFT_INTRODUCTION_PROGRAMME',
  'ARRIVED_AFTER_COMPULSORY_AGE',
  'MOVED_IN',
  'OTHER',
];
const COMPULSORY: CompulsorySchoolStatus[] = ['COMPLETED', 'ARRIVED_AFTER_COMPULSORY_AGE', 'NOT_COMPLETED'];
const UPPER_SECONDARY: UpperSecondaryStatus[] = [
  'NEVER_STARTED',
  'DROPPED_OUT',
  'LEAVING_CERTIFICATE',
  'INTRODUCTION_PROGRAMME_LEFT',
  'ENROLLED',
  'ENROLLED_INTRODUCTION_PROGRAMME',
  'DIPLOMA',
  'EQUIVALENT_COMPLETED',
];
const RULES = [
  'UNDER_20',
  'COMPULSORY_SCHOOL_COMPLETED',
  'NOT_IN_UPPER_SECONDARY',
  'NO_UPPER_SECONDARY_DIPLOMA',
] as const;
type Rule = (typeof RULES)[number];
const isRule = (value: unknown): value is Rule => RULES.includes(value as Rule);

const ID = {
  registeredOn: 're-enrol-registered-on',
  reason: 're-enrol-reason',
  compulsorySchool: 're-enrol-compulsory-school',
  upperSecondary: 're-enrol-upper-secondary',
};

// Re-enrolment (reEnrollYoungPerson): a young person whose registrations have all ended is
// registered again, from a date, with a reason and the school facts the target-group rules
// are checked against. Shown in the registrations section to the roles that may register.
export function ReEnrol({ personId, onSaved }: { personId: string; onSaved: (message: string | undefined) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [registeredOn, setRegisteredOn] = useState(todayIso());
  const [reason, setReason] = useState<RegistrationReason | ''>('');
  const [compulsorySchool, setCompulsorySchool] = useState<CompulsorySchoolStatus | ''>('');
  const [upperSecondary, setUpperSecondary] = useState<UpperSecondaryStatus | ''>('');
  const form = useFormState({ registeredOn: ID.registeredOn });
  const [reEnrol, { loading }] = useMutation(ReEnrollYoungPersonDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: personId } }],
    awaitRefetchQueries: true,
  });
  // The form replaces its button: focus goes to its first field (WCAG 2.4.3).
  const formRef = useFocusOnOpen<HTMLFormElement>(open);
  if (!open)
    return (
      <VStack gap="space-8">
        <BodyShort>{t('ypEditing.reEnrol.intro')}</BodyShort>
        <div>
          <Button variant="secondary" onClick={() => (setOpen(true), onSaved(undefined))}>
            {t('ypEditing.reEnrol.open')}
          </Button>
        </div>
      </VStack>
    );

  // The api's refusals that are about one field, at that field; any other above the form.
  const apiFieldErrors = (error: unknown): FieldError[] => {
    const code = errorCode(error);
    if (code === 'KAA_DATE_INVALID') return [{ fieldId: ID.registeredOn, message: t('errors.KAA_DATE_INVALID') }];
    const rule = errorDetails(error).rule;
    if (code === 'KAA_NOT_ELIGIBLE' && isRule(rule) && rule !== 'UNDER_20') {
      const fieldId = rule === 'COMPULSORY_SCHOOL_COMPLETED' ? ID.compulsorySchool : ID.upperSecondary;
      return [{ fieldId, message: t(`enums.EligibilityRule.${rule}`) }];
    }
    return [];
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const required = (fieldId: string, label: string): FieldError => ({
      fieldId,
      message: t('register.chooseRequired', { field: label.toLowerCase() }),
    });
    const list: FieldError[] = [
      ...dateError(registeredOn, t('register.dateFormat'), ID.registeredOn),
      ...(reason ? [] : [required(ID.reason, t('register.reason'))]),
      ...(compulsorySchool ? [] : [required(ID.compulsorySchool, t('register.compulsorySchool'))]),
      ...(upperSecondary ? [] : [required(ID.upperSecondary, t('register.upperSecondary'))]),
    ];
    if (!form.check(list) || !reason || !compulsorySchool || !upperSecondary) return;
    try {
      await reEnrol({
        variables: {
          input: {
            youngPersonId: personId,
            enrollment: { registeredOn, reason, eligibility: { compulsorySchool, upperSecondary } },
          },
        },
      });
      onSaved(t('ypEditing.reEnrol.saved', { date: formatDate(registeredOn) }));
    } catch (error) {
      const onField = apiFieldErrors(error);
      if (onField.length > 0) form.check(onField);
      else if (errorCode(error) === 'KAA_NOT_ELIGIBLE' && isRule(errorDetails(error).rule))
        form.failed(error, t(`enums.EligibilityRule.${errorDetails(error).rule as Rule}`));
      else form.failed(error);
    }
  };
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-label={t('ypEditing.reEnrol.formLabel')}>
      <VStack gap="space-16">
        <FormMessages form={form} />
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          <TextField
            id={ID.registeredOn}
            label={t('register.registeredOn')}
            description={t('register.dateHint')}
            value={registeredOn}
            onChange={(e) => setRegisteredOn(e.target.value)}
            error={form.errorFor(ID.registeredOn)}
          />
          <Select
            id={ID.reason}
            label={t('register.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value as RegistrationReason | '')}
            error={form.errorFor(ID.reason)}
          >
            <option value="">{t('register.choose')}</option>
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`enums.RegistrationReason.${r}`)}
              </option>
            ))}
          </Select>
          <Select
            id={ID.compulsorySchool}
            label={t('register.compulsorySchool')}
            value={compulsorySchool}
            onChange={(e) => setCompulsorySchool(e.target.value as CompulsorySchoolStatus | '')}
            error={form.errorFor(ID.compulsorySchool)}
          >
            <option value="">{t('register.choose')}</option>
            {COMPULSORY.map((c) => (
              <option key={c} value={c}>
                {t(`enums.CompulsorySchoolStatus.${c}`)}
              </option>
            ))}
          </Select>
          <Select
            id={ID.upperSecondary}
            label={t('register.upperSecondary')}
            value={upperSecondary}
            onChange={(e) => setUpperSecondary(e.target.value as UpperSecondaryStatus | '')}
            error={form.errorFor(ID.upperSecondary)}
          >
            <option value="">{t('register.choose')}</option>
            {UPPER_SECONDARY.map((u) => (
              <option key={u} value={u}>
                {t(`enums.UpperSecondaryStatus.${u}`)}
              </option>
            ))}
          </Select>
        </HGrid>
        <FormButtons loading={loading} submit={t('ypEditing.reEnrol.submit')} onCancel={() => setOpen(false)} />
      </VStack>
    </form>
  );
}
