import './editing-strings';

import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  CorrectEndReasonDocument,
  CorrectRegistrationReasonDocument,
  YoungPersonDocument,
} from '../gql/young-person/young-person';
import type { EnrollmentEndReason, RegistrationReason, YoungPersonQuery } from '../gql/graphql';
import { formatDate } from '../i18n/format';
import { Alert, BodyShort, Button, HStack, List, Select, VStack } from '../ui';
import { useEnrollmentConflict } from './enrollment-conflict';
import { useFormState } from './form-state';
import { FormButtons } from './occupations-section';
import { FormMessages, PageSection, SavedMessage } from './page-parts';
import { ReEnrol } from './re-enrol-form';

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

const END_REASONS: EnrollmentEndReason[] = [
  'TURNED_20',
  'STARTED_EDUCATION',
  'COMPLETED_EDUCATION',
  'MOVED',
  'EMIGRATED',
  'DECEASED',
  'OTHER',
];

// Which of a registration's two reasons a form corrects.
type Correction = 'registration' | 'end';

// Every registration of the young person, newest first, with its reason, which the KAA unit can
// correct (open or ended): SCB's half-year file refuses a reason it has no code for, such as
// "Annat", and its validation page links here (#registreringar). An ended registration's end
// reason can be corrected too; its end date stays.
export function RegistrationsSection({ person, canCorrect }: { person: Person; canCorrect: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ id: string; correction: Correction }>();
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
                    ? t('youngPersonWork.registrations.ended', {
                        endedOn: formatDate(registration.endedOn),
                        endReason: registration.endReason
                          ? t(`enums.EnrollmentEndReason.${registration.endReason}`)
                          : t('youngPersonWork.registrations.noEndReason'),
                      })
                    : '',
                  reason: t(`enums.RegistrationReason.${registration.registrationReason}`),
                })}
              </BodyShort>
              {canCorrect &&
                (open?.id === registration.id ? (
                  <ReasonForm
                    personId={person.id}
                    registration={registration}
                    correction={open.correction}
                    onDone={(message) => (setOpen(undefined), setSaved(message))}
                  />
                ) : (
                  <HStack gap="space-8">
                    <Button
                      size="small"
                      variant="secondary"
                      aria-label={t('youngPersonWork.registrations.correctLabel', {
                        registeredOn: formatDate(registration.registeredOn),
                      })}
                      onClick={() => (
                        setOpen({ id: registration.id, correction: 'registration' }),
                        setSaved(undefined)
                      )}
                    >
                      {t('youngPersonWork.registrations.correct')}
                    </Button>
                    {registration.endedOn && (
                      <Button
                        size="small"
                        variant="secondary"
                        aria-label={t('youngPersonWork.registrations.correctEndLabel', {
                          registeredOn: formatDate(registration.registeredOn),
                        })}
                        onClick={() => (setOpen({ id: registration.id, correction: 'end' }), setSaved(undefined))}
                      >
                        {t('youngPersonWork.registrations.correctEnd')}
                      </Button>
                    )}
                  </HStack>
                ))}
            </VStack>
          </List.Item>
        ))}
      </List>
      {canCorrect && !person.enrollment && <ReEnrol personId={person.id} onSaved={setSaved} />}
    </PageSection>
  );
}

// Saved with the registration's version the form opened on: when someone else saved the
// registration first (CONFLICT: a reason, an end reason or its status) the form shows the reason
// chosen beside the one saved now, and the user chooses it again on the saved version or drops it.
function ReasonForm({
  personId,
  registration,
  correction,
  onDone,
}: {
  personId: string;
  registration: Registration;
  correction: Correction;
  onDone: (message?: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const fieldId = `${correction}-reason-${registration.id}`;
  const form = useFormState({ reason: fieldId });
  const isEnd = correction === 'end';
  const opened = (isEnd ? registration.endReason : registration.registrationReason) ?? '';
  const conflicts = useEnrollmentConflict(personId, { value: opened, version: registration.version }, (now) => {
    const saved = now.enrollments.find((e) => e.id === registration.id);
    return saved && { value: (isEnd ? saved.endReason : saved.registrationReason) ?? '', version: saved.version };
  });
  const refetch = {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: personId } }],
    awaitRefetchQueries: true,
  };
  const [correctRegistration, registrationState] = useMutation(CorrectRegistrationReasonDocument, refetch);
  const [correctEnd, endState] = useMutation(CorrectEndReasonDocument, refetch);
  // The two corrections differ only in their reasons, their words and their mutation.
  const current = isEnd ? registration.endReason : registration.registrationReason;
  const choices: string[] = isEnd ? END_REASONS : REASONS;
  const reasonName = (r: string): string =>
    isEnd
      ? t(`enums.EnrollmentEndReason.${r as EnrollmentEndReason}`)
      : t(`enums.RegistrationReason.${r as RegistrationReason}`);
  const words = isEnd
    ? {
        form: t('youngPersonWork.registrations.correctEnd'),
        label: t('youngPersonWork.registrations.endLabel'),
        save: t('youngPersonWork.registrations.endSave'),
      }
    : {
        form: t('youngPersonWork.registrations.correct'),
        label: t('youngPersonWork.registrations.label'),
        save: t('youngPersonWork.registrations.save'),
      };
  const currentName = current ? reasonName(current) : t('youngPersonWork.registrations.noEndReason');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(reason ? [] : [{ fieldId, message: t('youngPersonWork.registrations.required') }]) || !reason) {
      return;
    }
    const base = { enrollmentId: registration.id, version: conflicts.version };
    try {
      if (isEnd) await correctEnd({ variables: { input: { ...base, reason: reason as EnrollmentEndReason } } });
      else await correctRegistration({ variables: { input: { ...base, reason: reason as RegistrationReason } } });
      const saved = { reason: reasonName(reason) };
      onDone(
        isEnd ? t('youngPersonWork.registrations.endSaved', saved) : t('youngPersonWork.registrations.saved', saved),
      );
    } catch (error) {
      if (!(await conflicts.caught(error, reason, (reload) => form.failed(reload)))) form.failed(error);
    }
  };
  const named = (value: string) => (value ? reasonName(value) : t('youngPersonWork.registrations.noEndReason'));
  if (conflicts.conflict)
    return conflicts.screen({
      id: `${fieldId}-conflict`,
      level: '3',
      label: words.label,
      name: named,
      onReapply: setReason,
      onDiscard: () => onDone(t('ypEditing.enrollment.discarded')),
    });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={words.form}>
      <VStack gap="space-16">
        {conflicts.reapplied && (
          <div tabIndex={-1} ref={conflicts.notice}>
            <Alert variant="info" size="small">
              {t('ypEditing.enrollment.reapplied', { version: conflicts.version })}
            </Alert>
          </div>
        )}
        <FormMessages form={form} />
        <Select
          id={fieldId}
          label={words.label}
          description={
            isEnd
              ? t('youngPersonWork.registrations.endHint', { reason: currentName })
              : t('youngPersonWork.registrations.hint', { reason: currentName })
          }
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={form.errorFor(fieldId)}
        >
          <option value="">{t('register.choose')}</option>
          {choices
            .filter((r) => r !== current)
            .map((r) => (
              <option key={r} value={r}>
                {reasonName(r)}
              </option>
            ))}
        </Select>
        <FormButtons
          loading={registrationState.loading || endState.loading}
          submit={words.save}
          onCancel={() => onDone()}
        />
      </VStack>
    </form>
  );
}
