import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  EndEnrollmentDocument,
  HandOverToMunicipalityDocument,
  YoungPersonDocument,
} from '../gql/young-person/young-person';
import type { EnrollmentEndReason, YoungPersonQuery } from '../gql/graphql';
import { formatDate, todayIso } from '../i18n/format';
import { Alert, BodyShort, Button, Checkbox, HGrid, Heading, Select, TextField, VStack, type FieldError } from '../ui';
import { dateError, useFormState } from './form-state';
import { FormButtons } from './occupations-section';
import { FormMessages, PageSection, SavedMessage } from './page-parts';

type Data = YoungPersonQuery;

// MOVED is the hand-over's own reason (handOverToMunicipality ends the registration with it).
const END_REASONS: EnrollmentEndReason[] = [
  'STARTED_EDUCATION',
  'COMPLETED_EDUCATION',
  'TURNED_20',
  'EMIGRATED',
  'DECEASED',
  'OTHER',
];

// Överlämning och avslut: handing the young person over to the municipality they moved to
// (the registration here ends on the moving day), and ending the follow-up with a reason.
// Both are confirmed before they are sent: neither can be undone from here.
export function EndingSection({ data }: { data: Data }) {
  const { t } = useTranslation();
  const person = data.youngPerson;
  const [open, setOpen] = useState<'handOver' | 'end'>();
  const [saved, setSaved] = useState<string>();
  const ended = person.enrollment ? undefined : person.enrollments.find((e) => e.endedOn);
  const done = (message?: string) => {
    setOpen(undefined);
    setSaved(message);
  };
  return (
    <PageSection id="avslut" title={t('youngPersonWork.ending.title')}>
      {ended?.endedOn && (
        <BodyShort>
          {t('youngPersonWork.ending.endedLine', {
            date: formatDate(ended.endedOn),
            reason: ended.endReason ? t(`enums.EnrollmentEndReason.${ended.endReason}`) : '–',
          })}
        </BodyShort>
      )}
      {!person.enrollment && !ended && <BodyShort>{t('youngPerson.notEnrolled')}</BodyShort>}
      <SavedMessage text={saved} />
      {person.enrollment && open === 'handOver' && <HandOverForm data={data} onDone={done} />}
      {person.enrollment && open === 'end' && <EndForm data={data} onDone={done} />}
      {person.enrollment && !open && (
        <>
          <BodyShort>{t('youngPersonWork.ending.intro')}</BodyShort>
          <div className="brygga-buttons">
            <Button variant="secondary" onClick={() => (setOpen('handOver'), setSaved(undefined))}>
              {t('youngPersonWork.ending.handOver')}
            </Button>
            <Button variant="secondary" onClick={() => (setOpen('end'), setSaved(undefined))}>
              {t('youngPersonWork.ending.end')}
            </Button>
          </div>
        </>
      )}
    </PageSection>
  );
}

function HandOverForm({ data, onDone }: { data: Data; onDone: (message?: string) => void }) {
  const { t } = useTranslation();
  const person = data.youngPerson;
  const [movedOn, setMovedOn] = useState(todayIso());
  const [code, setCode] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const form = useFormState({ movedOn: 'hand-over-moved-on', toMunicipalityCode: 'hand-over-code' });
  const [handOver, { loading }] = useMutation(HandOverToMunicipalityDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [...dateError(movedOn, t('register.dateFormat'), 'hand-over-moved-on')];
    if (!/^\d{4}$/.test(code.trim()))
      list.push({ fieldId: 'hand-over-code', message: t('youngPersonWork.ending.codeFormat') });
    if (!confirmed) list.push({ fieldId: 'hand-over-confirm', message: t('youngPersonWork.ending.confirmRequired') });
    if (!form.check(list)) return;
    try {
      const result = await handOver({
        variables: { input: { youngPersonId: person.id, movedOn, toMunicipalityCode: code.trim() } },
      });
      onDone(
        t('youngPersonWork.ending.handedOver', {
          municipality: result.data?.handOverToMunicipality.toMunicipality.name ?? code,
        }),
      );
    } catch (error) {
      form.failed(error);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="hand-over-heading">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="hand-over-heading">
          {t('youngPersonWork.ending.handOver')}
        </Heading>
        <BodyShort>{t('youngPersonWork.ending.handOverIntro')}</BodyShort>
        <FormMessages form={form} />
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          <TextField
            id="hand-over-code"
            label={t('youngPersonWork.ending.code')}
            description={t('youngPersonWork.ending.codeHint')}
            inputMode="numeric"
            maxLength={4}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={form.errorFor('hand-over-code')}
          />
          <TextField
            id="hand-over-moved-on"
            label={t('youngPersonWork.ending.movedOn')}
            description={t('register.dateHint')}
            value={movedOn}
            onChange={(e) => setMovedOn(e.target.value)}
            error={form.errorFor('hand-over-moved-on')}
          />
        </HGrid>
        <Checkbox
          id="hand-over-confirm"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          error={Boolean(form.errorFor('hand-over-confirm'))}
        >
          {t('youngPersonWork.ending.handOverConfirm')}
        </Checkbox>
        {form.errorFor('hand-over-confirm') && (
          <Alert variant="error" size="small" inline>
            {form.errorFor('hand-over-confirm')}
          </Alert>
        )}
        <FormButtons loading={loading} submit={t('youngPersonWork.ending.handOverSubmit')} onCancel={() => onDone()} />
      </VStack>
    </form>
  );
}

function EndForm({ data, onDone }: { data: Data; onDone: (message?: string) => void }) {
  const { t } = useTranslation();
  const person = data.youngPerson;
  const enrollment = person.enrollment;
  const [endedOn, setEndedOn] = useState(todayIso());
  const [reason, setReason] = useState<EnrollmentEndReason | ''>('');
  const [confirmed, setConfirmed] = useState(false);
  const form = useFormState({ endedOn: 'end-ended-on', reason: 'end-reason' });
  const [end, { loading }] = useMutation(EndEnrollmentDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  });
  if (!enrollment) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [...dateError(endedOn, t('register.dateFormat'), 'end-ended-on')];
    if (!reason) list.push({ fieldId: 'end-reason', message: t('youngPersonWork.ending.reasonRequired') });
    if (!confirmed) list.push({ fieldId: 'end-confirm', message: t('youngPersonWork.ending.confirmRequired') });
    if (!form.check(list) || !reason) return;
    try {
      await end({
        variables: { input: { enrollmentId: enrollment.id, version: enrollment.version, endedOn, reason } },
      });
      onDone(t('youngPersonWork.ending.ended'));
    } catch (error) {
      form.failed(error);
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="end-heading">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="end-heading">
          {t('youngPersonWork.ending.end')}
        </Heading>
        <FormMessages form={form} />
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          <Select
            id="end-reason"
            label={t('youngPersonWork.ending.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value as EnrollmentEndReason | '')}
            error={form.errorFor('end-reason')}
          >
            <option value="">{t('register.choose')}</option>
            {END_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`enums.EnrollmentEndReason.${r}`)}
              </option>
            ))}
          </Select>
          <TextField
            id="end-ended-on"
            label={t('youngPersonWork.ending.endedOn')}
            description={t('register.dateHint')}
            value={endedOn}
            onChange={(e) => setEndedOn(e.target.value)}
            error={form.errorFor('end-ended-on')}
          />
        </HGrid>
        <Checkbox
          id="end-confirm"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          error={Boolean(form.errorFor('end-confirm'))}
        >
          {t('youngPersonWork.ending.endConfirm')}
        </Checkbox>
        {form.errorFor('end-confirm') && (
          <Alert variant="error" size="small" inline>
            {form.errorFor('end-confirm')}
          </Alert>
        )}
        <FormButtons loading={loading} submit={t('youngPersonWork.ending.endSubmit')} onCancel={() => onDone()} />
      </VStack>
    </form>
  );
}
