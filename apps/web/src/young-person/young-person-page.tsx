import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { errorCode, errorMessageKey } from '../app/api-error';
import {
  LogContactAttemptDocument,
  YoungPersonChangedDocument,
  YoungPersonDocument,
} from '../gql/young-person/young-person';
import type { ContactChannel, ContactOutcome, OccupationCategory, YoungPersonQuery } from '../gql/graphql';
import { formatDate, formatDateTime, todayIso } from '../i18n/format';
import { useViewer } from '../session/viewer-context';
import {
  Alert,
  BodyShort,
  Button,
  FormErrorSummary,
  HGrid,
  Heading,
  Label,
  LoadingState,
  PageHeading,
  Radio,
  RadioGroup,
  Select,
  Tag,
  TextField,
  VStack,
  type FieldError,
} from '../ui';

import { YoungPersonAlerts } from '../alerts/young-person-alerts';
import { ConsentPanel } from '../consent/consent-panel';
import { RectificationSection } from './rectification-section';
import { MeasuresSection } from '../measure/measures-section';
import { PlanSection } from '../plan/plan-section';
import { ReferralsSection } from '../referral/referrals-section';
import { ContactSection } from './contact-section';
import { OccupationsSection } from './occupations-section';
import { YoungPersonSignals } from '../signals/young-person-signals';
import { EndingSection } from './ending-section';
import { ReassignCoordinator } from './reassign-coordinator';
import { RegisterExtract } from './register-extract';
import { AccessLogSection } from './access-log-section';
import { RegistrationsSection } from './registrations-section';
import { StatusChange } from './status-change';
import './young-person-page.css';

type Person = YoungPersonQuery['youngPerson'];
const CHANNELS: ContactChannel[] = [
  'PHONE',
  'TEXT_MESSAGE',
  'EMAIL',
  'LETTER',
  'SOCIAL_MEDIA',
  'HOME_VISIT',
  'MEETING',
];
const OUTCOMES: ContactOutcome[] = ['REACHED', 'NOT_REACHED', 'DECLINED'];
const OCCUPATIONS: OccupationCategory[] = ['EDUCATION', 'WORK', 'OTHER_ACTIVITY', 'NONE', 'UNKNOWN'];

// The young person's page: register facts, a timeline of contacts and status changes, and
// logging a contact attempt. One request on first paint.
export function YoungPersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(YoungPersonDocument, { variables: { id } });
  // A change by someone else appears without a reload, announced politely; focus stays put.
  const [updatedAt, setUpdatedAt] = useState<string>();
  useSubscription(YoungPersonChangedDocument, {
    variables: { id },
    skip: !data,
    onData: () => {
      void refetch().then(() => setUpdatedAt(new Date().toISOString()));
    },
  });
  // A link to a section (the SCB validation's "fix it here") scrolls to it once the page is there.
  const loaded = Boolean(data);
  useEffect(() => {
    const section = loaded && window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    section?.scrollIntoView();
  }, [loaded]);
  if (error) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        <PageHeading error>{notFound ? t('notFound.title') : t('caseload.title')}</PageHeading>
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      </>
    );
  }
  if (!data) return <LoadingState />;
  const person = data.youngPerson;
  const teamLead = viewer.me.membership.role === 'TEAM_LEAD';
  // The roles that read the record's access log (the api answers null to the others).
  const readsLog = teamLead || viewer.me.membership.role === 'COORDINATOR';
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{`${person.givenName} ${person.familyName}`}</PageHeading>
        {person.protectedIdentity && (
          <Alert variant="warning" size="small">
            {t('youngPerson.protectedBanner')}
          </Alert>
        )}
      </div>
      <div aria-live="polite" className="brygga-visually-hidden">
        {updatedAt && t('youngPerson.updated', { time: formatDateTime(updatedAt) })}
      </div>
      <Facts person={person} />
      <StatusChange person={person} />
      {teamLead && (
        <ReassignCoordinator youngPersonId={person.id} coordinatorId={person.coordinatorId} version={person.version} />
      )}
      <YoungPersonAlerts youngPersonId={person.id} />
      <PageContents accessLog={readsLog} />
      <HGrid gap="space-32" columns={{ xs: 1, md: 2 }}>
        <Timeline person={person} />
        <LogContactForm person={person} />
      </HGrid>
      <ContactSection person={person} />
      <OccupationsSection person={person} />
      <MeasuresSection data={data} />
      <PlanSection data={data} />
      {person.consents && <ConsentPanel data={data} />}
      <ReferralsSection data={data} />
      <YoungPersonSignals youngPersonId={person.id} />
      <RegistrationsSection person={person} canCorrect={teamLead || viewer.me.membership.role === 'COORDINATOR'} />
      <EndingSection data={data} />
      <RegisterExtract person={person} />
      {readsLog && <RectificationSection youngPersonId={person.id} />}
      {readsLog && <AccessLogSection youngPersonId={person.id} />}
    </VStack>
  );
}

// The page's sections, linked from the top (the page is long: WCAG 2.4.5, several ways).
const SECTIONS = [
  'kontakt',
  'sysselsattning',
  'insatser',
  'plan',
  'samtycken',
  'remisser',
  'registreringar',
  'avslut',
  'registerutdrag',
  'atkomstlogg',
] as const;

function PageContents({ accessLog }: { accessLog: boolean }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('youngPersonWork.contents')} className="brygga-page-toc">
      <ul>
        {SECTIONS.filter((id) => accessLog || id !== 'atkomstlogg').map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{t(`youngPersonWork.sections.${id}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <dt>
        <Label as="span" size="small">
          {label}
        </Label>
      </dt>
      <dd className="brygga-fact-value">
        <BodyShort>{children}</BodyShort>
      </dd>
    </div>
  );
}

function Facts({ person }: { person: Person }) {
  const { t } = useTranslation();
  const enrollment = person.enrollment;
  const contact = person.contact;
  const address = contact ? [contact.streetAddress, contact.postalCode, contact.city].filter(Boolean).join(', ') : '';
  return (
    <section aria-labelledby="facts-heading">
      <Heading level="2" size="medium" spacing id="facts-heading">
        {t('youngPerson.facts')}
      </Heading>
      <dl className="brygga-facts">
        <Fact label={person.coordinationNumber ? t('youngPerson.coordinationNumber') : t('youngPerson.identityNumber')}>
          {person.personalIdentityNumber ?? '–'}
        </Fact>
        <Fact label={t('youngPerson.age')}>{person.age === null ? '–' : t('format.years', { count: person.age })}</Fact>
        <Fact label={t('youngPerson.twentieth')}>{formatDate(person.twentiethBirthday)}</Fact>
        <Fact label={t('youngPerson.status')}>
          {enrollment ? t(`enums.EnrollmentStatus.${enrollment.status}`) : t('youngPerson.notEnrolled')}
        </Fact>
        {enrollment && <Fact label={t('youngPerson.registeredOn')}>{formatDate(enrollment.registeredOn)}</Fact>}
        {enrollment && (
          <Fact label={t('youngPerson.reason')}>{t(`enums.RegistrationReason.${enrollment.registrationReason}`)}</Fact>
        )}
        {contact ? (
          <>
            <Fact label={t('youngPerson.address')}>{address || '–'}</Fact>
            <Fact label={t('youngPerson.phone')}>{contact.phone ?? '–'}</Fact>
            <Fact label={t('youngPerson.email')}>{contact.email ?? '–'}</Fact>
          </>
        ) : (
          <Fact label={t('youngPerson.contact')}>
            {person.protectedIdentity ? t('youngPerson.protectedContact') : t('youngPerson.hiddenContact')}
          </Fact>
        )}
        <Fact label={t('youngPerson.occupations')}>
          {person.occupations.length === 0
            ? t('youngPerson.noOccupations')
            : person.occupations
                .map((o) => `${t(`enums.OccupationKind.${o.kind}`)}: ${t(`enums.OccupationCategory.${o.category}`)}`)
                .join('; ')}
        </Fact>
        <Fact label={t('youngPerson.guardians')}>
          {person.guardians.length === 0
            ? t('youngPerson.noGuardians')
            : person.guardians
                .map((g) => `${g.name} (${t(`enums.GuardianRelation.${g.relation}`).toLowerCase()})`)
                .join('; ')}
        </Fact>
      </dl>
    </section>
  );
}

interface TimelineEvent {
  key: string;
  at: string;
  text: string;
  detail?: string;
  tag: string;
  // A calendar day rather than an instant (occupations, measures).
  day?: boolean;
}

function Timeline({ person }: { person: Person }) {
  const { t } = useTranslation();
  const events: TimelineEvent[] = [
    ...person.contactAttempts.nodes.map((c) => ({
      key: `contact-${c.id}`,
      at: c.occurredAt,
      tag: t('youngPerson.contactTag'),
      text: t('youngPerson.contactEvent', {
        channel: t(`enums.ContactChannel.${c.channel}`),
        outcome: t(`enums.ContactOutcome.${c.outcome}`).toLowerCase(),
      }),
      ...(c.occupationLearned
        ? { detail: t('youngPerson.learned', { occupation: t(`enums.OccupationCategory.${c.occupationLearned}`) }) }
        : {}),
    })),
    // Occupations and measures are days, not instants: shown at noon of the day.
    ...person.occupationHistory
      .filter((o) => o.source !== 'CONTACT_ATTEMPT')
      .map((o) => ({
        key: `occupation-${o.id}`,
        at: `${o.validFrom}T12:00:00`,
        day: true,
        tag: t('youngPersonWork.occupationTag'),
        text: t('youngPersonWork.occupationEvent', {
          kind: t(`enums.OccupationKind.${o.kind}`).toLowerCase(),
          category: t(`enums.OccupationCategory.${o.category}`),
        }),
      })),
    ...person.measures.map((m) => ({
      key: `measure-${m.id}`,
      at: `${m.endedOn ?? m.startedOn ?? m.respondedOn ?? m.offeredOn}T12:00:00`,
      day: true,
      tag: t('youngPersonWork.measureTag'),
      text: t('youngPersonWork.measureEvent', {
        name: m.measureType?.name ?? t('youngPersonWork.measures.unknownType'),
        status: t(`enums.MeasureStatus.${m.status}`).toLowerCase(),
      }),
    })),
    ...(person.actionPlan?.versions ?? []).map((v) => ({
      key: `plan-${v.version}`,
      at: v.changedAt,
      tag: t('youngPersonWork.planTag'),
      text: t('youngPersonWork.planEvent', { version: v.version }),
    })),
    // A closed plan by its start and its end (its versions are under "Avslutade planer": listing
    // each would take the plans' versions into the page's query, over the api's cost limit).
    ...person.actionPlans
      .filter((p) => p.status === 'CLOSED')
      .flatMap((p) => [
        {
          key: `closed-plan-created-${p.id}`,
          at: p.createdAt,
          tag: t('youngPersonWork.planTag'),
          text: t('youngPersonWork.closedPlanCreated', { title: p.title }),
        },
        ...(p.closedOn
          ? [
              {
                key: `closed-plan-closed-${p.id}`,
                at: `${p.closedOn}T12:00:00`,
                day: true,
                tag: t('youngPersonWork.planTag'),
                text: t('youngPersonWork.closedPlanClosed', { title: p.title, count: p.version }),
              },
            ]
          : []),
      ]),
    ...(person.enrollment?.statusHistory ?? []).map((change, index) => ({
      key: `status-${index}`,
      at: change.changedAt,
      tag: t('youngPerson.status'),
      text: t('youngPerson.statusEvent', {
        status: t(`enums.EnrollmentStatus.${change.toStatus}`),
        cause: t(`enums.StatusChangeCause.${change.cause}`),
      }),
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby="timeline-heading">
      <Heading level="2" size="medium" spacing id="timeline-heading">
        {t('youngPerson.timeline')}
      </Heading>
      {events.length === 0 ? (
        <BodyShort>{t('youngPerson.noEvents')}</BodyShort>
      ) : (
        <ol className="brygga-timeline">
          {events.map((event) => (
            <li key={event.key}>
              <BodyShort size="small" textColor="subtle">
                {event.day ? (
                  <time dateTime={event.at.slice(0, 10)}>{formatDate(event.at.slice(0, 10))}</time>
                ) : (
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                )}
              </BodyShort>
              <BodyShort>
                <Tag size="xsmall" variant="neutral">
                  {event.tag}
                </Tag>{' '}
                {event.text}
              </BodyShort>
              {event.detail && <BodyShort size="small">{event.detail}</BodyShort>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function LogContactForm({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [outcome, setOutcome] = useState<ContactOutcome | ''>('');
  const [date, setDate] = useState(todayIso());
  const [time, setTime] = useState('');
  const [occupation, setOccupation] = useState<OccupationCategory | ''>('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [saved, setSaved] = useState(false);
  const [formError, setFormError] = useState<string>();
  const [log, { loading }] = useMutation(LogContactAttemptDocument, {
    // The record's timeline, status and latest contact come back fresh from one refetch.
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  });
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  if (!person.enrollment) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFormError(undefined);
    const list: FieldError[] = [];
    if (!outcome)
      list.push({ fieldId: 'contact-outcome', message: t('register.chooseRequired', { field: 'resultat' }) });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) list.push({ fieldId: 'contact-date', message: t('register.dateFormat') });
    if (time && !/^\d{2}:\d{2}$/.test(time))
      list.push({ fieldId: 'contact-time', message: t('register.invalid', { field: 'klockslaget' }) });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0 || !outcome) return;
    // A date without a time is logged at noon Swedish time (the api refuses the future).
    const local = new Date(`${date}T${time || '12:00'}:00`);
    const occurredAt = new Date(Math.min(local.getTime(), Date.now())).toISOString();
    try {
      await log({
        variables: {
          input: {
            youngPersonId: person.id,
            channel,
            outcome,
            occurredAt,
            ...(occupation ? { occupationLearned: occupation } : {}),
          },
        },
      });
      setSaved(true);
      setOutcome('');
      setOccupation('');
      setTime('');
      setSubmitCount(0);
    } catch (error) {
      setFormError(t(errorMessageKey(error)));
    }
  };

  return (
    <section aria-labelledby="log-contact-heading">
      <Heading level="2" size="medium" spacing id="log-contact-heading">
        {t('youngPerson.logContact')}
      </Heading>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <VStack gap="space-16">
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          {formError && (
            <Alert variant="error" role="alert">
              {formError}
            </Alert>
          )}
          <div aria-live="polite">{saved && <Alert variant="success">{t('youngPerson.saved')}</Alert>}</div>
          <Select
            id="contact-channel"
            label={t('youngPerson.channel')}
            value={channel}
            onChange={(e) => setChannel(e.target.value as ContactChannel)}
          >
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`enums.ContactChannel.${c}`)}
              </option>
            ))}
          </Select>
          <RadioGroup
            id="contact-outcome"
            legend={t('youngPerson.outcome')}
            value={outcome}
            onChange={(value: ContactOutcome) => setOutcome(value)}
            error={errorFor('contact-outcome')}
          >
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o}>
                {t(`enums.ContactOutcome.${o}`)}
              </Radio>
            ))}
          </RadioGroup>
          <HGrid gap="space-16" columns={2}>
            <TextField
              id="contact-date"
              label={t('youngPerson.occurredAt')}
              description={t('register.dateHint')}
              value={date}
              onChange={(e) => setDate(e.target.value)}
              error={errorFor('contact-date')}
            />
            <TextField
              id="contact-time"
              label={t('youngPerson.occurredAtTime')}
              type="time"
              value={time}
              onChange={(e) => setTime(e.target.value)}
              error={errorFor('contact-time')}
            />
          </HGrid>
          <Select
            id="contact-occupation"
            label={t('youngPerson.occupationLearned')}
            value={occupation}
            onChange={(e) => setOccupation(e.target.value as OccupationCategory | '')}
          >
            <option value="">{t('youngPerson.notLearned')}</option>
            {OCCUPATIONS.map((o) => (
              <option key={o} value={o}>
                {t(`enums.OccupationCategory.${o}`)}
              </option>
            ))}
          </Select>
          <div>
            <Button type="submit" loading={loading}>
              {t('youngPerson.save')}
            </Button>
          </div>
        </VStack>
      </form>
    </section>
  );
}
