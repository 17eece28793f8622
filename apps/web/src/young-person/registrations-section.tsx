import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  CorrectRegistrationReasonDocument,
  YoungPersonDocument,
  type RegistrationReason,
  type YoungPersonQuery,
} from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { BodyShort, Button, List, Select, VStack } from '../ui';
import { useFormState } from './form-state';
import { FormButtons } from './occupations-section';
import { FormMessages, PageSection, SavedMessage } from './page-parts';

type Person = YoungPersonQuery['youngPerson'];
type Registration = Person['enrollments'][number];

const REASONS: RegistrationReason[] = [
  'DROPPED_OUT',
  'LEAVING_CERTIFICATE',
  'NEVER_STARTED',
  'LEFT_INTRODUCTION_PROGRAMME',
  'ARRIVED_AFTER_COMPULSORY_AGE',
  'MOVED_IN',
  'OTHER',
];

// Every registration of the young person, newest first, with its reason, which the KAA unit can
// correct (open or ended): SCB's half-year file refuses a reason it has no code for, such as
// "Annat", and its validation page links here (#registreringar).
export function RegistrationsSection({ person, canCorrect }: { person: Person; canCorrect: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string>();
  const [saved, setSaved] = useState<string>();
  if (person.enrollments.length === 0) return null;
  return (
    <PageSection id="registreringar" title={t('youngPersonWork.sections.registreringar')}>
      <SavedMessage text={saved} />
      <List size="small">
        {person.enrollments.map((registration) => (
          <List.Item key={registration.id}>
            <VStack gap="space-8">
              <BodyShort>
                {t('youngPersonWork.registrations.line', {
                  registeredOn: formatDate(registration.registeredOn),
                  ended: registration.endedOn
                    ? t('youngPersonWork.registrations.ended', { endedOn: formatDate(registration.endedOn) })
                    : '',
                  reason: t(`enums.RegistrationReason.${registration.registrationReason}`),
                })}
              </BodyShort>
              {canCorrect &&
                (open === registration.id ? (
                  <ReasonForm
                    personId={person.id}
                    registration={registration}
                    onDone={(message) => (setOpen(undefined), setSaved(message))}
                  />
                ) : (
                  <div>
                    <Button
                      size="small"
                      variant="secondary"
                      aria-label={t('youngPersonWork.registrations.correctLabel', {
                        registeredOn: formatDate(registration.registeredOn),
                      })}
                      onClick={() => (setOpen(registration.id), setSaved(undefined))}
                    >
                      {t('youngPersonWork.registrations.correct')}
                    </Button>
                  </div>
                ))}
            </VStack>
          </List.Item>
        ))}
      </List>
    </PageSection>
  );
}

function ReasonForm({
  personId,
  registration,
  onDone,
}: {
  personId: string;
  registration: Registration;
  onDone: (message?: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<RegistrationReason | ''>('');
  const fieldId = `reason-${registration.id}`;
  const form = useFormState({ reason: fieldId });
  const [correct, { loading }] = useMutation(CorrectRegistrationReasonDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: personId } }],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(reason ? [] : [{ fieldId, message: t('youngPersonWork.registrations.required') }]) || !reason) {
      return;
    }
    try {
      await correct({
        variables: { input: { enrollmentId: registration.id, version: registration.version, reason } },
      });
      onDone(t('youngPersonWork.registrations.saved', { reason: t(`enums.RegistrationReason.${reason}`) }));
    } catch (error) {
      form.failed(error);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('youngPersonWork.registrations.correct')}>
      <VStack gap="space-16">
        <FormMessages form={form} />
        <Select
          id={fieldId}
          label={t('youngPersonWork.registrations.label')}
          description={t('youngPersonWork.registrations.hint', {
            reason: t(`enums.RegistrationReason.${registration.registrationReason}`),
          })}
          value={reason}
          onChange={(e) => setReason(e.target.value as RegistrationReason | '')}
          error={form.errorFor(fieldId)}
        >
          <option value="">{t('register.choose')}</option>
          {REASONS.filter((r) => r !== registration.registrationReason).map((r) => (
            <option key={r} value={r}>
              {t(`enums.RegistrationReason.${r}`)}
            </option>
          ))}
        </Select>
        <FormButtons loading={loading} submit={t('youngPersonWork.registrations.save')} onCancel={() => onDone()} />
      </VStack>
    </form>
  );
}
