import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import {
  LiftConsentRefusalDocument,
  RecordConsentDocument,
  RecordConsentRefusalDocument,
  ReviseConsentDocument,
  WithdrawConsentDocument,
} from '../gql/consent/consent';
import { YoungPersonDocument } from '../gql/young-person/young-person';
import type { ConsentForm, ConsentGiver, InformationCategory, YoungPersonQuery } from '../gql/graphql';
import { formatDate, formatDateTime } from '../i18n/format';
import {
  Alert,
  BodyShort,
  Button,
  Checkbox,
  CheckboxGroup,
  HGrid,
  Heading,
  Radio,
  RadioGroup,
  Tag,
  TextField,
  Textarea,
  VStack,
  type FieldError,
  useFocusOnOpen,
} from '../ui';
import {
  OrganizationPicker,
  type ChosenOrganization,
  type FoundOrganization,
} from '../organization/organization-picker';
import { daysBetween, dateError, todayIn, useFormState } from '../young-person/form-state';
import { FormButtons } from '../young-person/occupations-section';
import { FormMessages, PageSection, SavedMessage } from '../young-person/page-parts';

type Data = YoungPersonQuery;
type Consent = NonNullable<Data['youngPerson']['consents']>[number];

export const CATEGORIES: InformationCategory[] = [
  'IDENTITY',
  'CONTACT',
  'CONTACTS',
  'OCCUPATION',
  'MEASURES',
  'PLAN',
  'SIGNALS',
];
const GIVERS: ConsentGiver[] = ['YOUNG_PERSON', 'GUARDIAN', 'YOUNG_PERSON_AND_GUARDIAN'];
const FORMS: ConsentForm[] = ['ORAL', 'WRITTEN'];

// Partners a consent, a refusal or a referral can name: not the unit that holds the case, not
// management. Chosen by a search on the server (OrganizationPicker), not from a list of the first
// 100 organisations; what the young person's record names comes named by the api.
export function isPartner(organization: FoundOrganization): boolean {
  return organization.kind !== 'KAA_UNIT' && organization.kind !== 'MANAGEMENT';
}

// Samtycken: the young person's consents per organisation and information category (valid
// from and to in the municipality's calendar days), recording and withdrawing them, and the
// categories the young person refuses to share with an organisation.
export function ConsentPanel({ data }: { data: Data }) {
  const { t } = useTranslation();
  const person = data.youngPerson;
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string>();
  const consents = person.consents ?? [];
  const today = todayIn(data.municipality.timeZone);
  return (
    <PageSection id="samtycken" title={t('youngPersonWork.consents.title')}>
      <BodyShort>{t('youngPersonWork.consents.intro')}</BodyShort>
      {consents.length === 0 ? (
        <BodyShort>{t('youngPersonWork.consents.none')}</BodyShort>
      ) : (
        <ul className="brygga-cards">
          {consents.map((consent) => (
            <li key={consent.id} className="brygga-card">
              <ConsentCard consent={consent} data={data} today={today} onSaved={setSaved} />
            </li>
          ))}
        </ul>
      )}
      <SavedMessage text={saved} />
      {person.enrollment &&
        (open ? (
          <ConsentFormView
            data={data}
            onDone={(message) => {
              setOpen(false);
              setSaved(message);
            }}
          />
        ) : (
          <div>
            <Button variant="secondary" onClick={() => (setOpen(true), setSaved(undefined))}>
              {t('youngPersonWork.consents.record')}
            </Button>
          </div>
        ))}
      <Refusals data={data} />
    </PageSection>
  );
}

function ConsentCard({
  consent,
  data,
  today,
  onSaved,
}: {
  consent: Consent;
  data: Data;
  today: string;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [revising, setRevising] = useState(false);
  const [error, setError] = useState<string>();
  const [withdraw, { loading }] = useMutation(WithdrawConsentDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: data.youngPerson.id } }],
    awaitRefetchQueries: true,
  });
  const organization = consent.recipientOrganizationName ?? '–';
  const inForce = consent.status === 'ACTIVE' || consent.status === 'PENDING';
  const daysLeft = daysBetween(today, consent.validTo);
  return (
    <VStack gap="space-8">
      <Heading level="3" size="small">
        {organization}{' '}
        <Tag size="small" variant={consent.status === 'ACTIVE' ? 'success' : 'neutral'}>
          {t(`enums.ConsentStatus.${consent.status}`)}
        </Tag>
      </Heading>
      <BodyShort>
        {t('youngPersonWork.consents.categories', {
          list: consent.categories.map((c) => t(`enums.InformationCategory.${c}`)).join(', '),
        })}
      </BodyShort>
      <BodyShort>{t('youngPersonWork.consents.purpose', { purpose: consent.purpose })}</BodyShort>
      <BodyShort>
        {t('youngPersonWork.consents.validity', {
          from: formatDate(consent.validFrom),
          to: formatDate(consent.validTo),
        })}
        {consent.status === 'ACTIVE' && ` ${t('youngPersonWork.consents.daysLeft', { count: daysLeft + 1 })}`}
      </BodyShort>
      <BodyShort size="small" textColor="subtle">
        {t('youngPersonWork.consents.given', {
          form: t(`enums.ConsentForm.${consent.form}`),
          giver: t(`enums.ConsentGiver.${consent.givenBy}`).toLowerCase(),
          time: formatDateTime(consent.documentedAt),
        })}
        {consent.withdrawnAt &&
          ` ${t('youngPersonWork.consents.withdrawnAt', { time: formatDateTime(consent.withdrawnAt) })}`}
      </BodyShort>
      {error && (
        <Alert variant="error" role="alert" size="small">
          {error}
        </Alert>
      )}
      {revising && (
        <ConsentFormView
          data={data}
          revising={consent}
          onDone={(message) => {
            setRevising(false);
            if (message) onSaved(message);
          }}
        />
      )}
      {inForce &&
        !revising &&
        (confirming ? (
          <Alert variant="warning" size="small">
            <VStack gap="space-8">
              <BodyShort>{t('youngPersonWork.consents.confirmWithdraw', { organization })}</BodyShort>
              <div className="brygga-buttons">
                <Button
                  size="small"
                  variant="danger"
                  loading={loading}
                  onClick={() => {
                    setError(undefined);
                    withdraw({ variables: { input: { consentId: consent.id } } })
                      .then(() => onSaved(t('youngPersonWork.consents.withdrawn', { organization })))
                      .catch((e: unknown) => setError(t(errorMessageKey(e))));
                  }}
                >
                  {t('youngPersonWork.consents.withdrawConfirm')}
                </Button>
                <Button size="small" variant="tertiary" onClick={() => setConfirming(false)}>
                  {t('youngPersonWork.cancel')}
                </Button>
              </div>
            </VStack>
          </Alert>
        ) : (
          <div className="brygga-buttons">
            <Button
              size="small"
              variant="secondary"
              aria-label={t('youngPersonWork.consents.reviseFor', { organization })}
              onClick={() => setRevising(true)}
            >
              {t('youngPersonWork.consents.revise')}
            </Button>
            <Button
              size="small"
              variant="secondary"
              aria-label={t('youngPersonWork.consents.withdrawFor', { organization })}
              onClick={() => setConfirming(true)}
            >
              {t('youngPersonWork.consents.withdraw')}
            </Button>
          </div>
        ))}
    </VStack>
  );
}

// Recording a consent, or revising one in force (a new version replaces it; prefilled).
function ConsentFormView({
  data,
  revising,
  onDone,
}: {
  data: Data;
  revising?: Consent;
  onDone: (message?: string) => void;
}) {
  const formRef = useFocusOnOpen<HTMLFormElement>();
  const { t } = useTranslation();
  const youngPersonId = data.youngPerson.id;
  const prefix = revising ? `consent-${revising.id}` : 'consent';
  const [recipient, setRecipient] = useState<ChosenOrganization | undefined>(
    revising ? { id: revising.recipientOrganizationId, name: revising.recipientOrganizationName ?? '–' } : undefined,
  );
  const [categories, setCategories] = useState<InformationCategory[]>(revising?.categories ?? []);
  const [purpose, setPurpose] = useState(revising?.purpose ?? '');
  const [givenBy, setGivenBy] = useState<ConsentGiver>(revising?.givenBy ?? 'YOUNG_PERSON');
  const [guardianName, setGuardianName] = useState(revising?.guardianName ?? '');
  const [maturity, setMaturity] = useState('');
  const [consentForm, setConsentForm] = useState<ConsentForm>(revising?.form ?? 'ORAL');
  const [documentReference, setDocumentReference] = useState(revising?.documentReference ?? '');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState(revising?.validTo ?? '');
  const form = useFormState({
    recipientOrganizationId: `${prefix}-recipient`,
    categories: `${prefix}-categories`,
    purpose: `${prefix}-purpose`,
    guardianName: `${prefix}-guardian`,
    maturityAssessment: `${prefix}-maturity`,
    documentReference: `${prefix}-document`,
    validFrom: `${prefix}-valid-from`,
    validTo: `${prefix}-valid-to`,
  });
  const refetch = {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: youngPersonId } }],
    awaitRefetchQueries: true,
  };
  const [record, recording] = useMutation(RecordConsentDocument, refetch);
  const [revise, revisingRequest] = useMutation(ReviseConsentDocument, refetch);
  const loading = recording.loading || revisingRequest.loading;
  const guardian = givenBy !== 'YOUNG_PERSON';
  const days = data.municipality.consentDefaultValidDays;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [];
    if (!recipient)
      list.push({ fieldId: `${prefix}-recipient`, message: t('youngPersonWork.consents.recipientRequired') });
    if (categories.length === 0)
      list.push({ fieldId: `${prefix}-categories`, message: t('youngPersonWork.consents.categoriesRequired') });
    if (!purpose.trim())
      list.push({ fieldId: `${prefix}-purpose`, message: t('youngPersonWork.consents.purposeRequired') });
    if (guardian && !guardianName.trim())
      list.push({ fieldId: `${prefix}-guardian`, message: t('youngPersonWork.consents.guardianRequired') });
    if (guardian && !maturity.trim())
      list.push({ fieldId: `${prefix}-maturity`, message: t('youngPersonWork.consents.maturityRequired') });
    if (consentForm === 'WRITTEN' && !documentReference.trim())
      list.push({ fieldId: `${prefix}-document`, message: t('youngPersonWork.consents.documentRequired') });
    list.push(...dateError(validFrom, t('register.dateFormat'), `${prefix}-valid-from`, true));
    list.push(...dateError(validTo, t('register.dateFormat'), `${prefix}-valid-to`, true));
    if (!form.check(list) || !recipient) return;
    const fields = {
      recipientOrganizationId: recipient.id,
      categories,
      purpose: purpose.trim(),
      givenBy,
      form: consentForm,
      ...(guardian ? { guardianName: guardianName.trim(), maturityAssessment: maturity.trim() } : {}),
      ...(consentForm === 'WRITTEN' ? { documentReference: documentReference.trim() } : {}),
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
    };
    if (revising) {
      try {
        await revise({ variables: { input: { consentId: revising.id, ...fields } } });
        onDone(t('youngPersonWork.consents.revised'));
      } catch (error) {
        form.failed(error);
      }
      return;
    }
    try {
      await record({
        variables: {
          input: {
            youngPersonId,
            recipientOrganizationId: recipient.id,
            categories,
            purpose: purpose.trim(),
            givenBy,
            form: consentForm,
            ...(guardian ? { guardianName: guardianName.trim(), maturityAssessment: maturity.trim() } : {}),
            ...(consentForm === 'WRITTEN' ? { documentReference: documentReference.trim() } : {}),
            ...(validFrom ? { validFrom } : {}),
            ...(validTo ? { validTo } : {}),
          },
        },
      });
      onDone(t('youngPersonWork.consents.saved'));
    } catch (error) {
      form.failed(error);
    }
  };
  return (
    <form
      ref={formRef}
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={revising ? t('youngPersonWork.consents.reviseTitle') : t('youngPersonWork.consents.record')}
    >
      <VStack gap="space-16">
        <FormMessages form={form} />
        <OrganizationPicker
          id={`${prefix}-recipient`}
          label={t('youngPersonWork.consents.recipient')}
          chosen={recipient}
          onChoose={setRecipient}
          choosable={isPartner}
          error={form.errorFor(`${prefix}-recipient`)}
        />
        <CategoryChoice
          id="consent-categories"
          legend={t('youngPersonWork.consents.categoriesLegend')}
          value={categories}
          onChange={setCategories}
          error={form.errorFor(`${prefix}-categories`)}
        />
        <Textarea
          id="consent-purpose"
          label={t('youngPersonWork.consents.purposeLabel')}
          value={purpose}
          maxLength={500}
          onChange={(e) => setPurpose(e.target.value)}
          error={form.errorFor(`${prefix}-purpose`)}
        />
        <RadioGroup
          id="consent-giver"
          legend={t('youngPersonWork.consents.givenBy')}
          value={givenBy}
          onChange={(value: ConsentGiver) => setGivenBy(value)}
        >
          {GIVERS.map((g) => (
            <Radio key={g} value={g}>
              {t(`enums.ConsentGiver.${g}`)}
            </Radio>
          ))}
        </RadioGroup>
        {guardian && (
          <>
            <TextField
              id="consent-guardian"
              label={t('youngPersonWork.consents.guardianName')}
              value={guardianName}
              maxLength={200}
              onChange={(e) => setGuardianName(e.target.value)}
              error={form.errorFor(`${prefix}-guardian`)}
            />
            <Textarea
              id="consent-maturity"
              label={t('youngPersonWork.consents.maturity')}
              value={maturity}
              maxLength={1000}
              onChange={(e) => setMaturity(e.target.value)}
              error={form.errorFor(`${prefix}-maturity`)}
            />
          </>
        )}
        <RadioGroup
          id="consent-form"
          legend={t('youngPersonWork.consents.form')}
          value={consentForm}
          onChange={(value: ConsentForm) => setConsentForm(value)}
        >
          {FORMS.map((f) => (
            <Radio key={f} value={f}>
              {t(`enums.ConsentForm.${f}`)}
            </Radio>
          ))}
        </RadioGroup>
        {consentForm === 'WRITTEN' && (
          <TextField
            id="consent-document"
            label={t('youngPersonWork.consents.documentReference')}
            value={documentReference}
            maxLength={200}
            onChange={(e) => setDocumentReference(e.target.value)}
            error={form.errorFor(`${prefix}-document`)}
          />
        )}
        <HGrid gap="space-16" columns={{ xs: 1, md: 2 }}>
          <TextField
            id="consent-valid-from"
            label={t('youngPersonWork.consents.validFrom')}
            description={t('youngPersonWork.consents.validFromHint')}
            value={validFrom}
            onChange={(e) => setValidFrom(e.target.value)}
            error={form.errorFor(`${prefix}-valid-from`)}
          />
          <TextField
            id="consent-valid-to"
            label={t('youngPersonWork.consents.validTo')}
            description={
              days === null
                ? t('youngPersonWork.consents.validToHintDefault')
                : t('youngPersonWork.consents.validToHint', { count: days })
            }
            value={validTo}
            onChange={(e) => setValidTo(e.target.value)}
            error={form.errorFor(`${prefix}-valid-to`)}
          />
        </HGrid>
        <FormButtons
          loading={loading}
          submit={revising ? t('youngPersonWork.consents.reviseSave') : t('youngPersonWork.consents.save')}
          onCancel={() => onDone()}
        />
      </VStack>
    </form>
  );
}

export function CategoryChoice({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  value: InformationCategory[];
  onChange: (value: InformationCategory[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      id={id}
      legend={legend}
      value={value}
      onChange={(v: InformationCategory[]) => onChange(v)}
      error={error}
    >
      {CATEGORIES.map((c) => (
        <Checkbox key={c} value={c}>
          {t(`enums.InformationCategory.${c}`)}
        </Checkbox>
      ))}
    </CheckboxGroup>
  );
}

// Nej: categories the young person withholds from an organisation; lifting one lets a new
// consent name it again.
function Refusals({ data }: { data: Data }) {
  const { t } = useTranslation();
  const person = data.youngPerson;
  const active = (person.consentRefusals ?? []).filter((r) => r.active);
  const [open, setOpen] = useState(false);
  const formRef = useFocusOnOpen<HTMLFormElement>(open);
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<string>();
  const form = useFormState({ organizationId: 'refusal-organization', categories: 'refusal-categories' });
  const [organization, setOrganization] = useState<ChosenOrganization>();
  const [categories, setCategories] = useState<InformationCategory[]>([]);
  const refetch = {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  };
  const [recordRefusal, recording] = useMutation(RecordConsentRefusalDocument, refetch);
  const [lift, lifting] = useMutation(LiftConsentRefusalDocument, refetch);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [];
    if (!organization)
      list.push({ fieldId: 'refusal-organization', message: t('youngPersonWork.consents.recipientRequired') });
    if (categories.length === 0)
      list.push({ fieldId: 'refusal-categories', message: t('youngPersonWork.consents.categoriesRequired') });
    if (!form.check(list) || !organization) return;
    try {
      await recordRefusal({
        variables: { input: { youngPersonId: person.id, organizationId: organization.id, categories } },
      });
      setOpen(false);
      setOrganization(undefined);
      setCategories([]);
      setSaved(t('youngPersonWork.refusals.saved'));
    } catch (e) {
      form.failed(e);
    }
  };
  return (
    <section aria-labelledby="refusals-heading">
      <VStack gap="space-12">
        <Heading level="3" size="small" id="refusals-heading">
          {t('youngPersonWork.refusals.title')}
        </Heading>
        {active.length === 0 ? (
          <BodyShort>{t('youngPersonWork.refusals.none')}</BodyShort>
        ) : (
          <ul className="brygga-cards">
            {active.map((refusal) => {
              const text = t('youngPersonWork.refusals.item', {
                organization: refusal.organizationName ?? '–',
                category: t(`enums.InformationCategory.${refusal.category}`),
              });
              return (
                <li key={refusal.id} className="brygga-buttons">
                  <BodyShort>{text}</BodyShort>
                  <Button
                    size="small"
                    variant="tertiary"
                    loading={lifting.loading}
                    aria-label={t('youngPersonWork.refusals.liftFor', { item: text })}
                    onClick={() => {
                      setError(undefined);
                      lift({ variables: { id: refusal.id } })
                        .then(() => setSaved(t('youngPersonWork.refusals.lifted')))
                        .catch((e: unknown) => setError(t(errorMessageKey(e))));
                    }}
                  >
                    {t('youngPersonWork.refusals.lift')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        {error && (
          <Alert variant="error" role="alert" size="small">
            {error}
          </Alert>
        )}
        <SavedMessage text={saved} />
        {person.enrollment &&
          (open ? (
            <form
              ref={formRef}
              onSubmit={(e) => void submit(e)}
              noValidate
              aria-label={t('youngPersonWork.refusals.record')}
            >
              <VStack gap="space-16">
                <FormMessages form={form} />
                <OrganizationPicker
                  id="refusal-organization"
                  label={t('youngPersonWork.refusals.organization')}
                  chosen={organization}
                  onChoose={setOrganization}
                  choosable={isPartner}
                  error={form.errorFor('refusal-organization')}
                />
                <CategoryChoice
                  id="refusal-categories"
                  legend={t('youngPersonWork.refusals.categories')}
                  value={categories}
                  onChange={setCategories}
                  error={form.errorFor('refusal-categories')}
                />
                <FormButtons
                  loading={recording.loading}
                  submit={t('youngPersonWork.refusals.save')}
                  onCancel={() => setOpen(false)}
                />
              </VStack>
            </form>
          ) : (
            <div>
              <Button variant="secondary" onClick={() => (setOpen(true), setSaved(undefined))}>
                {t('youngPersonWork.refusals.record')}
              </Button>
            </div>
          ))}
      </VStack>
    </section>
  );
}
