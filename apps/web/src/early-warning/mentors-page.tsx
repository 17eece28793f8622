import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import {
  NamePupilMentorDocument,
  NameStudentHealthStaffDocument,
  SchoolMentorsDocument,
} from '../gql/early-warning/mentors';
import type { SchoolPupilFieldsFragment } from '../gql/graphql';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  DataTable,
  Fieldset,
  FormErrorSummary,
  Heading,
  LoadingState,
  PageHeading,
  Select,
  TextField,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';

type Pupil = SchoolPupilFieldsFragment;
const KNOWN_ERRORS = new Set(['EARLY_WARNING_STAFF_INVALID', 'YOUNG_PERSON_IDENTITY_NUMBER_INVALID'] as const);
type KnownError = typeof KNOWN_ERRORS extends Set<infer T> ? T : never;

// School staff: name each pupil's mentor (a staff member of the school) and class, and who of the
// staff is in the school's student health (elevhälsa). Suggestions go to the mentor first, then
// to student health (docs/EARLY-WARNING.md).
export function MentorsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(SchoolMentorsDocument, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string>();
  const [editing, setEditing] = useState<Pupil>();
  const staff = data?.schoolStaff ?? [];

  const columns = useMemo<Array<DataTableColumn<Pupil>>>(
    () => [
      { id: 'pupil', header: t('earlyWarning.pupil'), cell: (row) => row.personalIdentityNumber },
      { id: 'class', header: t('earlyWarning.className'), cell: (row) => row.className ?? '–' },
      { id: 'mentor', header: t('earlyWarning.mentors.mentor'), cell: (row) => row.mentorName ?? '–' },
      {
        id: 'action',
        header: t('earlyWarning.action'),
        cell: (row) => (
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setDone(undefined);
              setEditing(row);
            }}
            aria-label={t('earlyWarning.mentors.changeFor', { pupil: row.personalIdentityNumber })}
          >
            {t('earlyWarning.mentors.change')}
          </Button>
        ),
      },
    ],
    [t],
  );

  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('earlyWarning.mentors.title')}</PageHeading>
        <BodyLong>{t('earlyWarning.mentors.intro')}</BodyLong>
      </div>
      {done && (
        <Alert variant="success" role="status">
          {done}
        </Alert>
      )}
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data && (
        <>
          <MentorForm
            key={editing?.id ?? 'new'}
            pupil={editing}
            staff={staff}
            onSaved={(message) => {
              setEditing(undefined);
              setDone(message);
            }}
          />
          <section aria-labelledby="mentors-pupils">
            <Heading level="2" size="medium" spacing id="mentors-pupils">
              {t('earlyWarning.mentors.pupilsHeading')}
            </Heading>
            {data.schoolPupils.length === 0 ? (
              <BodyShort>{t('earlyWarning.mentors.noPupils')}</BodyShort>
            ) : (
              <DataTable
                caption={t('earlyWarning.mentors.pupilsCaption')}
                regionLabel={t('earlyWarning.mentors.pupilsCaption')}
                columns={columns}
                rows={data.schoolPupils}
                rowKey={(row) => row.id}
              />
            )}
          </section>
          <StudentHealth staff={staff} onSaved={setDone} />
        </>
      )}
    </VStack>
  );
}

function MentorForm({
  pupil,
  staff,
  onSaved,
}: {
  pupil: Pupil | undefined;
  staff: ReadonlyArray<{ userId: string; name: string }>;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const pnrId = `${id}-pnr`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [pnr, setPnr] = useState(pupil?.personalIdentityNumber ?? '');
  const [className, setClassName] = useState(pupil?.className ?? '');
  const [mentor, setMentor] = useState(pupil?.mentorUserId ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [failure, setFailure] = useState<string>();
  const [save, { loading }] = useMutation(NamePupilMentorDocument, { refetchQueries: ['SchoolMentors'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setSubmitCount((n) => n + 1);
    const found: FieldError[] = pnr.trim() ? [] : [{ fieldId: pnrId, message: t('earlyWarning.mentors.pnrRequired') }];
    setErrors(found);
    if (found.length > 0) return;
    try {
      const { data } = await save({
        variables: {
          input: {
            personalIdentityNumber: pnr.trim(),
            ...(mentor ? { mentorUserId: mentor } : {}),
            ...(className.trim() ? { className: className.trim() } : {}),
          },
        },
      });
      const saved = data?.setPupilMentor;
      if (!saved) return;
      onSaved(
        saved.mentorName
          ? t('earlyWarning.mentors.saved', { pupil: saved.personalIdentityNumber, name: saved.mentorName })
          : t('earlyWarning.mentors.savedNone', { pupil: saved.personalIdentityNumber }),
      );
    } catch (error) {
      const code = errorCode(error);
      if (code === 'YOUNG_PERSON_IDENTITY_NUMBER_INVALID' || code === 'BAD_USER_INPUT') {
        setErrors([{ fieldId: pnrId, message: t('earlyWarning.mentors.errors.YOUNG_PERSON_IDENTITY_NUMBER_INVALID') }]);
        return;
      }
      setFailure(
        KNOWN_ERRORS.has(code as KnownError)
          ? t(`earlyWarning.mentors.errors.${code as KnownError}`)
          : t(errorMessageKey(error)),
      );
    }
  };

  // A pupil chosen in the table: the form (mounted anew for them) is theirs; take the reader
  // there.
  const chosen = pupil !== undefined;
  useEffect(() => {
    if (chosen) headingRef.current?.focus();
  }, [chosen]);

  const pnrError = errors.find((e) => e.fieldId === pnrId)?.message;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level="2" size="medium" spacing id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('earlyWarning.mentors.formHeading')}
      </Heading>
      <form onSubmit={(e) => void submit(e)} noValidate className="brygga-narrow">
        <Fieldset legend={t('earlyWarning.mentors.formLegend')} hideLegend>
          <VStack gap="space-16">
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            {failure && (
              <Alert variant="error" role="alert">
                {failure}
              </Alert>
            )}
            <TextField
              id={pnrId}
              label={t('earlyWarning.mentors.pnr')}
              description={t('earlyWarning.mentors.pnrHint')}
              value={pnr}
              onChange={(e) => setPnr(e.target.value)}
              error={pnrError}
              autoComplete="off"
            />
            <TextField
              label={t('earlyWarning.mentors.className')}
              value={className}
              maxLength={40}
              onChange={(e) => setClassName(e.target.value)}
            />
            <Select label={t('earlyWarning.mentors.mentor')} value={mentor} onChange={(e) => setMentor(e.target.value)}>
              <option value="">{t('earlyWarning.mentors.noMentor')}</option>
              {staff.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.name}
                </option>
              ))}
            </Select>
            <div>
              <Button type="submit" loading={loading}>
                {t('earlyWarning.mentors.save')}
              </Button>
            </div>
          </VStack>
        </Fieldset>
      </form>
    </section>
  );
}

function StudentHealth({
  staff,
  onSaved,
}: {
  staff: ReadonlyArray<{ userId: string; name: string; studentHealth: boolean }>;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string>();
  const [save, { loading }] = useMutation(NameStudentHealthStaffDocument, {
    refetchQueries: ['SchoolMentors'],
    awaitRefetchQueries: true,
  });
  // The boxes show the change at once; the saved state replaces it when the staff are read again
  // (and a refused change goes back).
  const [shown, setShown] = useState<string[]>();
  const chosen = shown ?? staff.filter((member) => member.studentHealth).map((member) => member.userId);

  const change = async (next: string[]) => {
    if (loading) return;
    setFailure(undefined);
    const member = staff.find((s) => next.includes(s.userId) !== s.studentHealth);
    if (!member) return;
    const on = next.includes(member.userId);
    setShown(next);
    try {
      await save({ variables: { input: { userId: member.userId, studentHealth: on } } });
      onSaved(t(on ? 'earlyWarning.mentors.healthOn' : 'earlyWarning.mentors.healthOff', { name: member.name }));
    } catch (error) {
      setFailure(t(errorMessageKey(error)));
    } finally {
      setShown(undefined);
    }
  };

  return (
    <section aria-labelledby="mentors-health">
      <Heading level="2" size="medium" spacing id="mentors-health">
        {t('earlyWarning.mentors.healthHeading')}
      </Heading>
      {failure && (
        <Alert variant="error" role="alert">
          {failure}
        </Alert>
      )}
      {staff.length === 0 ? (
        <BodyShort>{t('earlyWarning.mentors.noStaff')}</BodyShort>
      ) : (
        <CheckboxGroup
          legend={t('earlyWarning.mentors.healthLegend')}
          description={t('earlyWarning.mentors.healthHint')}
          value={chosen}
          onChange={(next: string[]) => void change(next)}
        >
          {staff.map((member) => (
            <Checkbox key={member.userId} value={member.userId}>
              {member.name}
            </Checkbox>
          ))}
        </CheckboxGroup>
      )}
    </section>
  );
}
