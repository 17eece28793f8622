import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ChangeEnrollmentStatusDocument, YoungPersonDocument } from '../gql/young-person/young-person';
import type { EnrollmentStatus, YoungPersonQuery } from '../gql/graphql';
import { Button, Select, VStack } from '../ui';
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

// Changing the registration's status by hand, when what happened is not a contact, a measure
// or an end that moves it by itself. Saved with the registration's version.
export function StatusChange({ person }: { person: YoungPersonQuery['youngPerson'] }) {
  const { t } = useTranslation();
  const enrollment = person.enrollment;
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [status, setStatus] = useState<EnrollmentStatus | ''>('');
  const form = useFormState({ status: 'status-change' });
  const [change, { loading }] = useMutation(ChangeEnrollmentStatusDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  });
  if (!enrollment) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (
      !form.check(status ? [] : [{ fieldId: 'status-change', message: t('youngPersonWork.status.required') }]) ||
      !status
    )
      return;
    try {
      await change({ variables: { input: { enrollmentId: enrollment.id, version: enrollment.version, status } } });
      setOpen(false);
      setStatus('');
      setSaved(t('youngPersonWork.status.saved', { status: t(`enums.EnrollmentStatus.${status}`) }));
    } catch (error) {
      form.failed(error);
    }
  };
  return (
    <div>
      <SavedMessage text={saved} />
      {open ? (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('youngPersonWork.status.change')}>
          <VStack gap="space-16">
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
            <FormButtons loading={loading} submit={t('youngPersonWork.status.save')} onCancel={() => setOpen(false)} />
          </VStack>
        </form>
      ) : (
        <Button size="small" variant="secondary" onClick={() => (setOpen(true), setSaved(undefined))}>
          {t('youngPersonWork.status.change')}
        </Button>
      )}
    </div>
  );
}
