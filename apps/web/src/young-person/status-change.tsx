import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ChangeEnrollmentStatusDocument, YoungPersonDocument } from '../gql/young-person/young-person';
import type { EnrollmentStatus, YoungPersonQuery } from '../gql/graphql';
import { Alert, Button, Select, useFocusOnOpen, VStack } from '../ui';
import { useEnrollmentConflict } from './enrollment-conflict';
import { useFormState } from './form-state';
import { FormButtons } from './occupations-section';
import { FormMessages, SavedMessage } from './page-parts';

const STATUSES: EnrollmentStatus[] = [
  'NOT_CONTACTED',
  'CONTACT_ATTEMPTED',
  'IN_DIALOGUE',
  'IN_MEASURE',
  'IN_EDUCATION',
  'IN_WORK',
  'DECLINED',
  'UNKNOWN',
];

type Person = YoungPersonQuery['youngPerson'];

// Changing the registration's status by hand, when what happened is not a contact, a measure
// or an end that moves it by itself.
export function StatusChange({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string>();
  if (!person.enrollment) return null;
  return (
    <div>
      <SavedMessage text={saved} />
      {open ? (
        <StatusForm
          person={person}
          enrollment={person.enrollment}
          onDone={(message) => (setOpen(false), setSaved(message))}
        />
      ) : (
        <Button size="small" variant="secondary" onClick={() => (setOpen(true), setSaved(undefined))}>
          {t('youngPersonWork.status.change')}
        </Button>
      )}
    </div>
  );
}

// Saved with the registration's version the form opened on: when someone else saved the
// registration first (CONFLICT: a contact attempt or a measure moves its status too) the form
// shows the status chosen beside the one saved now, and the user chooses it again on the saved
// version or drops it.
function StatusForm({
  person,
  enrollment,
  onDone,
}: {
  person: Person;
  enrollment: NonNullable<Person['enrollment']>;
  onDone: (message?: string) => void;
}) {
  const formRef = useFocusOnOpen<HTMLFormElement>();
  const { t } = useTranslation();
  const [status, setStatus] = useState<EnrollmentStatus | ''>('');
  const form = useFormState({ status: 'status-change' });
  const conflicts = useEnrollmentConflict(
    person.id,
    { value: enrollment.status, version: enrollment.version },
    (now) =>
      now.enrollment?.id === enrollment.id
        ? { value: now.enrollment.status, version: now.enrollment.version }
        : undefined,
  );
  const [change, { loading }] = useMutation(ChangeEnrollmentStatusDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (
      !form.check(status ? [] : [{ fieldId: 'status-change', message: t('youngPersonWork.status.required') }]) ||
      !status
    )
      return;
    try {
      await change({ variables: { input: { enrollmentId: enrollment.id, version: conflicts.version, status } } });
      onDone(t('youngPersonWork.status.saved', { status: t(`enums.EnrollmentStatus.${status}`) }));
    } catch (error) {
      if (!(await conflicts.caught(error, status, (reload) => form.failed(reload)))) form.failed(error);
    }
  };
  const named = (value: string) => (value ? t(`enums.EnrollmentStatus.${value as EnrollmentStatus}`) : '–');
  if (conflicts.conflict)
    return conflicts.screen({
      id: 'status-change-conflict',
      level: '2',
      label: t('youngPersonWork.status.label'),
      name: named,
      onReapply: (value) => setStatus(value as EnrollmentStatus | ''),
      onDiscard: () => onDone(t('ypEditing.enrollment.discarded')),
    });
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-label={t('youngPersonWork.status.change')}>
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
          id="status-change"
          label={t('youngPersonWork.status.label')}
          description={t('youngPersonWork.status.hint', {
            status: t(`enums.EnrollmentStatus.${enrollment.status}`),
          })}
          value={status}
          onChange={(e) => setStatus(e.target.value as EnrollmentStatus | '')}
          error={form.errorFor('status-change')}
        >
          <option value="">{t('register.choose')}</option>
          {STATUSES.filter((s) => s !== enrollment.status).map((s) => (
            <option key={s} value={s}>
              {t(`enums.EnrollmentStatus.${s}`)}
            </option>
          ))}
        </Select>
        <FormButtons loading={loading} submit={t('youngPersonWork.status.save')} onCancel={() => onDone()} />
      </VStack>
    </form>
  );
}
