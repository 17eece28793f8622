import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { errorCode, errorDetails, errorMessageKey } from '../app/api-error';
import { RegisterYoungPersonDocument } from '../gql/young-person/young-person';
import type { CompulsorySchoolStatus, RegistrationReason, UpperSecondaryStatus } from '../gql/graphql';
import { todayIso } from '../i18n/format';
import {
  Alert,
  BodyLong,
  Button,
  Checkbox,
  Fieldset,
  FormErrorSummary,
  PageHeading,
  Select,
  TextField,
  VStack,
  type FieldError,
} from '../ui';

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

interface Form {
  givenName: string;
  familyName: string;
  identityNumber: string;
  protectedIdentity: boolean;
  registeredOn: string;
  reason: RegistrationReason | '';
  compulsorySchool: CompulsorySchoolStatus | '';
  upperSecondary: UpperSecondaryStatus | '';
  phone: string;
  email: string;
}
type FieldName = Exclude<keyof Form, 'protectedIdentity'>;
const fieldId = (name: FieldName) => `register-${name}`;

// The api's input paths (BAD_USER_INPUT details.fields) to the form's fields.
const FIELD_BY_INPUT: Record<string, FieldName> = {
  givenName: 'givenName',
  familyName: 'familyName',
  personalIdentityNumber: 'identityNumber',
  registeredOn: 'registeredOn',
  reason: 'reason',
  compulsorySchool: 'compulsorySchool',
  upperSecondary: 'upperSecondary',
  phone: 'phone',
  email: 'email',
};
const RULES = [
  'UNDER_20',
  'COMPULSORY_SCHOOL_COMPLETED',
  'NOT_IN_UPPER_SECONDARY',
  'NO_UPPER_SECONDARY_DIPLOMA',
] as const;
type Rule = (typeof RULES)[number];
const isRule = (value: unknown): value is Rule => RULES.includes(value as Rule);
// The api names the first eligibility rule that failed; the error goes on the field it is about.
const FIELD_BY_RULE: Record<Rule, FieldName> = {
  UNDER_20: 'identityNumber',
  COMPULSORY_SCHOOL_COMPLETED: 'compulsorySchool',
  NOT_IN_UPPER_SECONDARY: 'upperSecondary',
  NO_UPPER_SECONDARY_DIPLOMA: 'upperSecondary',
};

// Register a young person in the KAA register. Errors are summarised at the top and shown
// inline with the same words, from the form's own checks and from the api's error codes.
export function RegisterYoungPersonPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<Form>({
    givenName: '',
    familyName: '',
    identityNumber: '',
    protectedIdentity: false,
    registeredOn: todayIso(),
    reason: '',
    compulsorySchool: '',
    upperSecondary: '',
    phone: '',
    email: '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [formError, setFormError] = useState<string>();
  const [submitCount, setSubmitCount] = useState(0);
  const [register, { loading }] = useMutation(RegisterYoungPersonDocument);

  const labels: Record<FieldName, string> = {
    givenName: t('register.givenName'),
    familyName: t('register.familyName'),
    identityNumber: t('register.identityNumber'),
    registeredOn: t('register.registeredOn'),
    reason: t('register.reason'),
    compulsorySchool: t('register.compulsorySchool'),
    upperSecondary: t('register.upperSecondary'),
    phone: t('register.phone'),
    email: t('register.email'),
  };
  const set = <K extends keyof Form>(name: K, value: Form[K]) => setForm((f) => ({ ...f, [name]: value }));
  const errorFor = (name: FieldName) => errors.find((e) => e.fieldId === fieldId(name))?.message;
  const fail = (list: FieldError[]) => {
    setErrors(list);
    setSubmitCount((n) => n + 1);
  };

  // The field as a word in a sentence: "Kontrollera telefon.", never "… telefon (valfritt).".
  const lower = (name: FieldName) => labels[name].replace(/\s*\(valfritt\)$/, '').toLowerCase();
  const validate = (): FieldError[] => {
    const list: FieldError[] = [];
    for (const name of ['givenName', 'familyName', 'identityNumber'] as const) {
      if (!form[name].trim())
        list.push({ fieldId: fieldId(name), message: t('register.required', { field: lower(name) }) });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.registeredOn)) {
      list.push({ fieldId: fieldId('registeredOn'), message: t('register.dateFormat') });
    }
    for (const name of ['reason', 'compulsorySchool', 'upperSecondary'] as const) {
      if (!form[name])
        list.push({ fieldId: fieldId(name), message: t('register.chooseRequired', { field: lower(name) }) });
    }
    return list;
  };

  const apiErrors = (error: unknown): FieldError[] => {
    const code = errorCode(error);
    const details = errorDetails(error);
    const on = (name: FieldName, message: string): FieldError[] => [{ fieldId: fieldId(name), message }];
    switch (code) {
      case 'YOUNG_PERSON_IDENTITY_NUMBER_INVALID':
      case 'YOUNG_PERSON_DUPLICATE':
        return on('identityNumber', t(`errors.${code}`));
      case 'KAA_DATE_INVALID':
        return on('registeredOn', t('errors.KAA_DATE_INVALID'));
      case 'KAA_NOT_ELIGIBLE':
        return isRule(details.rule)
          ? on(FIELD_BY_RULE[details.rule], t(`enums.EligibilityRule.${details.rule}`))
          : on('upperSecondary', t('errors.KAA_NOT_ELIGIBLE'));
      case 'BAD_USER_INPUT': {
        const fields = Array.isArray(details.fields)
          ? details.fields.filter((f): f is string => typeof f === 'string')
          : [];
        const named = fields
          .map((path) => FIELD_BY_INPUT[path.split('.').at(-1) ?? ''])
          .filter((name): name is FieldName => name !== undefined);
        if (named.length > 0) {
          return [...new Set(named)].map((name) => ({
            fieldId: fieldId(name),
            message: t('register.invalid', { field: lower(name) }),
          }));
        }
        return [];
      }
      default:
        return [];
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const invalid = validate();
    if (invalid.length > 0) return fail(invalid);
    try {
      const result = await register({
        variables: {
          input: {
            givenName: form.givenName.trim(),
            familyName: form.familyName.trim(),
            personalIdentityNumber: form.identityNumber.trim(),
            protectedIdentity: form.protectedIdentity,
            enrollment: {
              registeredOn: form.registeredOn,
              reason: form.reason as RegistrationReason,
              eligibility: {
                compulsorySchool: form.compulsorySchool as CompulsorySchoolStatus,
                upperSecondary: form.upperSecondary as UpperSecondaryStatus,
              },
            },
            ...(form.phone.trim() || form.email.trim()
              ? {
                  contact: {
                    ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
                    ...(form.email.trim() ? { email: form.email.trim() } : {}),
                  },
                }
              : {}),
          },
        },
      });
      const id = result.data?.registerYoungPerson.id;
      if (id) void navigate(`/ungdomar/${id}`);
    } catch (error) {
      const mapped = apiErrors(error);
      if (mapped.length > 0) return fail(mapped);
      setErrors([]);
      setFormError(t(errorMessageKey(error)));
    }
  };

  const text = (name: FieldName, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={fieldId(name)}
      label={labels[name]}
      value={form[name]}
      onChange={(e) => set(name, e.target.value)}
      error={errorFor(name)}
      {...extra}
    />
  );

  return (
    <div className="brygga-narrow">
      <PageHeading error={errors.length > 0 || formError !== undefined}>{t('register.title')}</PageHeading>
      <BodyLong spacing>{t('register.intro')}</BodyLong>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <VStack gap="space-24">
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          {formError && (
            <Alert variant="error" role="alert">
              {formError}
            </Alert>
          )}
          <Fieldset legend={t('register.person')}>
            <VStack gap="space-16">
              {text('givenName', { autoComplete: 'off' })}
              {text('familyName', { autoComplete: 'off' })}
              {text('identityNumber', {
                description: t('register.identityNumberHint'),
                autoComplete: 'off',
                inputMode: 'numeric',
              })}
              <Checkbox checked={form.protectedIdentity} onChange={(e) => set('protectedIdentity', e.target.checked)}>
                {t('register.protectedIdentity')}
              </Checkbox>
            </VStack>
          </Fieldset>
          <Fieldset legend={t('register.registration')}>
            <VStack gap="space-16">
              {text('registeredOn', { description: t('register.dateHint') })}
              <Select
                id={fieldId('reason')}
                label={labels.reason}
                value={form.reason}
                onChange={(e) => set('reason', e.target.value as RegistrationReason)}
                error={errorFor('reason')}
              >
                <option value="">{t('register.chooseReason')}</option>
                {REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`enums.RegistrationReason.${reason}`)}
                  </option>
                ))}
              </Select>
              <Select
                id={fieldId('compulsorySchool')}
                label={labels.compulsorySchool}
                value={form.compulsorySchool}
                onChange={(e) => set('compulsorySchool', e.target.value as CompulsorySchoolStatus)}
                error={errorFor('compulsorySchool')}
              >
                <option value="">{t('register.choose')}</option>
                {COMPULSORY.map((status) => (
                  <option key={status} value={status}>
                    {t(`enums.CompulsorySchoolStatus.${status}`)}
                  </option>
                ))}
              </Select>
              <Select
                id={fieldId('upperSecondary')}
                label={labels.upperSecondary}
                value={form.upperSecondary}
                onChange={(e) => set('upperSecondary', e.target.value as UpperSecondaryStatus)}
                error={errorFor('upperSecondary')}
              >
                <option value="">{t('register.choose')}</option>
                {UPPER_SECONDARY.map((status) => (
                  <option key={status} value={status}>
                    {t(`enums.UpperSecondaryStatus.${status}`)}
                  </option>
                ))}
              </Select>
            </VStack>
          </Fieldset>
          <Fieldset legend={t('register.contact')}>
            <VStack gap="space-16">
              {text('phone', { type: 'tel', autoComplete: 'off' })}
              {text('email', { type: 'email', autoComplete: 'off' })}
            </VStack>
          </Fieldset>
          <div>
            <Button type="submit" loading={loading}>
              {t('register.submit')}
            </Button>
          </div>
        </VStack>
      </form>
    </div>
  );
}
