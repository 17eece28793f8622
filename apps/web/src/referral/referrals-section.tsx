import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorDetails, errorMessageKey } from '../app/api-error';
import { CategoryChoice, isPartner } from '../consent/consent-panel';
import { RecordDisclosureDocument, RevokeReferralDocument, SendReferralDocument } from '../gql/referral/referral';
import { YoungPersonDocument } from '../gql/young-person/young-person';
import type { InformationCategory, LegalGround, YoungPersonQuery } from '../gql/graphql';
import { formatDate, formatDateTime } from '../i18n/format';
import {
  Alert,
  BodyShort,
  Button,
  DataTable,
  Heading,
  Radio,
  RadioGroup,
  Select,
  Tag,
  TextField,
  Textarea,
  VStack,
  type FieldError,
  useFocusOnOpen,
} from '../ui';
import { OrganizationPicker, type ChosenOrganization } from '../organization/organization-picker';
import { useFormState } from '../young-person/form-state';
import { FormButtons } from '../young-person/occupations-section';
import { FormMessages, PageSection, SavedMessage } from '../young-person/page-parts';

type Data = YoungPersonQuery;
type Referral = Data['youngPerson']['referrals'][number];
type Disclosure = NonNullable<Data['youngPerson']['disclosures']>[number];

const GROUNDS: LegalGround[] = ['CONSENT', 'DUTY_TO_REPORT', 'NECESSARY_DISCLOSURE', 'OTHER_PROVISION'];
// DISCLOSURE_GROUND_INVALID says in `details.reason` why the ground does not hold.
const GROUND_MESSAGES = {
  PROVISION_REQUIRED: 'errors.DISCLOSURE_GROUND_INVALID_PROVISION_REQUIRED',
  CONSENT_REQUIRED: 'errors.DISCLOSURE_GROUND_INVALID_CONSENT_REQUIRED',
  CONSENT_NOT_IN_FORCE: 'errors.DISCLOSURE_GROUND_INVALID_CONSENT_NOT_IN_FORCE',
  CONSENT_OTHER_RECIPIENT: 'errors.DISCLOSURE_GROUND_INVALID_CONSENT_OTHER_RECIPIENT',
  CONSENT_NEEDS_ORGANIZATION: 'errors.DISCLOSURE_GROUND_INVALID_CONSENT_NEEDS_ORGANIZATION',
  CATEGORY_NOT_COVERED: 'errors.DISCLOSURE_GROUND_INVALID_CATEGORY_NOT_COVERED',
} as const;

function groundMessageKey(error: unknown): (typeof GROUND_MESSAGES)[keyof typeof GROUND_MESSAGES] | undefined {
  if (errorCode(error) !== 'DISCLOSURE_GROUND_INVALID') return undefined;
  const reason = errorDetails(error).reason;
  return typeof reason === 'string' && reason in GROUND_MESSAGES
    ? GROUND_MESSAGES[reason as keyof typeof GROUND_MESSAGES]
    : undefined;
}

// "Grund: samtycke." or "Grund: annan bestämmelse (OSL 10 kap. 2 §)."
function useGroundText(): (item: { legalGround: LegalGround; provisionReference: string | null }) => string {
  const { t } = useTranslation();
  return (item) => {
    const ground = t(`enums.LegalGround.${item.legalGround}`);
    return item.provisionReference
      ? t('youngPersonWork.sharing.groundWithProvision', { ground, provision: item.provisionReference })
      : t('youngPersonWork.sharing.ground', { ground });
  };
}

// Remisser och utlämnanden: referrals of the young person to partner organisations and every
// other sharing of their information, each with its legal ground; sending a referral, revoking
// it, and recording a disclosure.
export function ReferralsSection({ data }: { data: Data }) {
  const { t } = useTranslation();
  const groundText = useGroundText();
  const person = data.youngPerson;
  const [open, setOpen] = useState<'referral' | 'disclosure'>();
  const [saved, setSaved] = useState<string>();
  const disclosures = person.disclosures ?? [];
  const disclosureColumns = [
    { id: 'at', header: t('youngPersonWork.sharing.date'), cell: (d: Disclosure) => formatDateTime(d.disclosedAt) },
    {
      id: 'recipient',
      header: t('youngPersonWork.sharing.recipient'),
      cell: (d: Disclosure) =>
        d.recipientOrganizationId ? (d.recipientOrganizationName ?? '–') : (d.recipientDescription ?? '–'),
    },
    {
      id: 'categories',
      header: t('youngPersonWork.sharing.categories'),
      cell: (d: Disclosure) => d.categories.map((c) => t(`enums.InformationCategory.${c}`)).join(', '),
    },
    { id: 'ground', header: t('youngPersonWork.sharing.groundHeader'), cell: (d: Disclosure) => groundText(d) },
    {
      id: 'kind',
      header: t('youngPersonWork.sharing.kind'),
      cell: (d: Disclosure) =>
        d.referralId ? t('youngPersonWork.sharing.withReferral') : t('youngPersonWork.sharing.standalone'),
    },
  ];
  const done = (message?: string) => {
    setOpen(undefined);
    setSaved(message);
  };
  return (
    <PageSection id="remisser" title={t('youngPersonWork.sharing.title')}>
      <Heading level="3" size="small">
        {t('youngPersonWork.referrals.title')}
      </Heading>
      {person.referrals.length === 0 ? (
        <BodyShort>{t('youngPersonWork.referrals.none')}</BodyShort>
      ) : (
        <ul className="brygga-cards">
          {person.referrals.map((referral) => (
            <li key={referral.id} className="brygga-card">
              <ReferralCard referral={referral} data={data} onSaved={setSaved} />
            </li>
          ))}
        </ul>
      )}
      <Heading level="3" size="small">
        {t('youngPersonWork.disclosures.title')}
      </Heading>
      {disclosures.length === 0 ? (
        <BodyShort>{t('youngPersonWork.disclosures.none')}</BodyShort>
      ) : (
        <DataTable
          caption={t('youngPersonWork.disclosures.caption')}
          regionLabel={t('youngPersonWork.disclosures.region')}
          columns={disclosureColumns}
          rows={disclosures}
          rowKey={(d) => d.id}
        />
      )}
      <SavedMessage text={saved} />
      {person.enrollment && open && <SharingForm data={data} kind={open} onDone={done} />}
      {person.enrollment && !open && (
        <div className="brygga-buttons">
          <Button variant="secondary" onClick={() => (setOpen('referral'), setSaved(undefined))}>
            {t('youngPersonWork.referrals.send')}
          </Button>
          <Button variant="secondary" onClick={() => (setOpen('disclosure'), setSaved(undefined))}>
            {t('youngPersonWork.disclosures.record')}
          </Button>
        </div>
      )}
    </PageSection>
  );
}

function ReferralCard({ referral, data, onSaved }: { referral: Referral; data: Data; onSaved: (m: string) => void }) {
  const { t } = useTranslation();
  const groundText = useGroundText();
  const [error, setError] = useState<string>();
  const [revoke, { loading }] = useMutation(RevokeReferralDocument, {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: data.youngPerson.id } }],
    awaitRefetchQueries: true,
  });
  const organization = referral.toOrganizationName ?? '–';
  const steps = [
    t('youngPersonWork.referrals.sentAt', { time: formatDateTime(referral.sentAt) }),
    referral.answeredAt && t('youngPersonWork.referrals.answeredAt', { time: formatDateTime(referral.answeredAt) }),
    referral.doneAt && t('youngPersonWork.referrals.doneAt', { time: formatDateTime(referral.doneAt) }),
    referral.revokedAt && t('youngPersonWork.referrals.revokedAt', { time: formatDateTime(referral.revokedAt) }),
  ].filter(Boolean);
  return (
    <VStack gap="space-8">
      <Heading level="4" size="xsmall">
        {t('youngPersonWork.referrals.to', { organization })}{' '}
        <Tag size="small" variant={referral.status === 'REQUESTED' ? 'warning' : 'neutral'}>
          {t(`enums.ReferralStatus.${referral.status}`)}
        </Tag>
      </Heading>
      <BodyShort>{referral.purpose}</BodyShort>
      <BodyShort size="small">
        {t('youngPersonWork.sharing.categoriesLine', {
          list: referral.categories.map((c) => t(`enums.InformationCategory.${c}`)).join(', '),
        })}{' '}
        {groundText(referral)}
      </BodyShort>
      <BodyShort size="small" textColor="subtle">
        {steps.join(' · ')}
      </BodyShort>
      {referral.declineReason && (
        <BodyShort>{t('youngPersonWork.referrals.declineReason', { reason: referral.declineReason })}</BodyShort>
      )}
      {error && (
        <Alert variant="error" role="alert" size="small">
          {error}
        </Alert>
      )}
      {(referral.status === 'REQUESTED' || referral.status === 'ACCEPTED') && (
        <div>
          <Button
            size="small"
            variant="secondary"
            loading={loading}
            aria-label={t('youngPersonWork.referrals.revokeFor', { organization })}
            onClick={() => {
              setError(undefined);
              revoke({ variables: { id: referral.id } })
                .then(() => onSaved(t('youngPersonWork.referrals.revoked', { organization })))
                .catch((e: unknown) => setError(t(errorMessageKey(e))));
            }}
          >
            {t('youngPersonWork.referrals.revoke')}
          </Button>
        </div>
      )}
    </VStack>
  );
}

// Sending a referral or recording a disclosure: the recipient, the information that goes
// with it, and the legal ground (a consent in force to that recipient, or a provision).
function SharingForm({
  data,
  kind,
  onDone,
}: {
  data: Data;
  kind: 'referral' | 'disclosure';
  onDone: (message?: string) => void;
}) {
  const formRef = useFocusOnOpen<HTMLFormElement>();
  const { t } = useTranslation();
  const person = data.youngPerson;
  const referral = kind === 'referral';
  const p = referral ? 'referral' : 'disclosure';
  const [inBrygga, setInBrygga] = useState(true);
  const [organization, setOrganization] = useState<ChosenOrganization>();
  const [description, setDescription] = useState('');
  const [purpose, setPurpose] = useState('');
  const [categories, setCategories] = useState<InformationCategory[]>([]);
  const [ground, setGround] = useState<LegalGround | ''>('');
  const [consentId, setConsentId] = useState('');
  const [provision, setProvision] = useState('');
  const form = useFormState({
    toOrganizationId: `${p}-organization`,
    recipientOrganizationId: `${p}-organization`,
    recipientDescription: `${p}-description`,
    purpose: `${p}-purpose`,
    categories: `${p}-categories`,
    legalGround: `${p}-ground`,
    consentId: `${p}-consent`,
    provisionReference: `${p}-provision`,
  });
  const refetch = {
    refetchQueries: [{ query: YoungPersonDocument, variables: { id: person.id } }],
    awaitRefetchQueries: true,
  };
  const [send, sending] = useMutation(SendReferralDocument, refetch);
  const [record, recording] = useMutation(RecordDisclosureDocument, refetch);
  // Consents in force to the chosen organisation.
  const consents = (person.consents ?? []).filter(
    (c) => c.status === 'ACTIVE' && c.recipientOrganizationId === organization?.id,
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list: FieldError[] = [];
    if ((referral || inBrygga) && !organization)
      list.push({ fieldId: `${p}-organization`, message: t('youngPersonWork.consents.recipientRequired') });
    if (!referral && !inBrygga && !description.trim())
      list.push({ fieldId: `${p}-description`, message: t('youngPersonWork.disclosures.descriptionRequired') });
    if (referral && !purpose.trim())
      list.push({ fieldId: `${p}-purpose`, message: t('youngPersonWork.referrals.purposeRequired') });
    if (categories.length === 0)
      list.push({ fieldId: `${p}-categories`, message: t('youngPersonWork.consents.categoriesRequired') });
    if (!ground) list.push({ fieldId: `${p}-ground`, message: t('youngPersonWork.sharing.groundRequired') });
    if (ground === 'CONSENT' && !consentId)
      list.push({ fieldId: `${p}-consent`, message: t('errors.DISCLOSURE_GROUND_INVALID_CONSENT_REQUIRED') });
    if (ground === 'OTHER_PROVISION' && !provision.trim())
      list.push({ fieldId: `${p}-provision`, message: t('errors.DISCLOSURE_GROUND_INVALID_PROVISION_REQUIRED') });
    if (!form.check(list) || !ground) return;
    const sharing = {
      youngPersonId: person.id,
      categories,
      legalGround: ground,
      ...(ground === 'CONSENT' ? { consentId } : {}),
      ...(ground !== 'CONSENT' && provision.trim() ? { provisionReference: provision.trim() } : {}),
    };
    try {
      if (referral) {
        if (!organization) return;
        await send({
          variables: { input: { ...sharing, toOrganizationId: organization.id, purpose: purpose.trim() } },
        });
        onDone(t('youngPersonWork.referrals.sent'));
      } else {
        await record({
          variables: {
            input: {
              ...sharing,
              ...(inBrygga && organization
                ? { recipientOrganizationId: organization.id }
                : { recipientDescription: description.trim() }),
            },
          },
        });
        onDone(t('youngPersonWork.disclosures.saved'));
      }
    } catch (error) {
      const key = groundMessageKey(error);
      form.failed(error, key ? t(key) : undefined);
    }
  };
  const title = referral ? t('youngPersonWork.referrals.send') : t('youngPersonWork.disclosures.record');
  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
      <VStack gap="space-16">
        <Heading level="3" size="small">
          {title}
        </Heading>
        <FormMessages form={form} />
        {!referral && (
          <RadioGroup
            id={`${p}-recipient-kind`}
            legend={t('youngPersonWork.disclosures.recipientKind')}
            value={inBrygga ? 'in' : 'out'}
            onChange={(value: string) => setInBrygga(value === 'in')}
          >
            <Radio value="in">{t('youngPersonWork.disclosures.inBrygga')}</Radio>
            <Radio value="out">{t('youngPersonWork.disclosures.outsideBrygga')}</Radio>
          </RadioGroup>
        )}
        {referral || inBrygga ? (
          <OrganizationPicker
            id={`${p}-organization`}
            label={referral ? t('youngPersonWork.referrals.toLabel') : t('youngPersonWork.sharing.recipient')}
            chosen={organization}
            onChoose={(o) => (setOrganization(o), setConsentId(''))}
            choosable={isPartner}
            error={form.errorFor(`${p}-organization`)}
          />
        ) : (
          <TextField
            id={`${p}-description`}
            label={t('youngPersonWork.disclosures.description')}
            value={description}
            maxLength={200}
            onChange={(e) => setDescription(e.target.value)}
            error={form.errorFor(`${p}-description`)}
          />
        )}
        {referral && (
          <Textarea
            id={`${p}-purpose`}
            label={t('youngPersonWork.referrals.purpose')}
            value={purpose}
            maxLength={1000}
            onChange={(e) => setPurpose(e.target.value)}
            error={form.errorFor(`${p}-purpose`)}
          />
        )}
        <CategoryChoice
          id={`${p}-categories`}
          legend={t('youngPersonWork.sharing.categoriesLegend')}
          value={categories}
          onChange={setCategories}
          error={form.errorFor(`${p}-categories`)}
        />
        <RadioGroup
          id={`${p}-ground`}
          legend={t('youngPersonWork.sharing.groundLegend')}
          value={ground}
          onChange={(value: LegalGround) => setGround(value)}
          error={form.errorFor(`${p}-ground`)}
        >
          {GROUNDS.map((g) => (
            <Radio key={g} value={g}>
              {t(`youngPersonWork.sharing.grounds.${g}`)}
            </Radio>
          ))}
        </RadioGroup>
        {ground === 'CONSENT' && (
          <Select
            id={`${p}-consent`}
            label={t('youngPersonWork.sharing.consent')}
            description={consents.length === 0 ? t('youngPersonWork.sharing.noConsent') : undefined}
            value={consentId}
            onChange={(e) => setConsentId(e.target.value)}
            error={form.errorFor(`${p}-consent`)}
          >
            <option value="">{t('register.choose')}</option>
            {consents.map((c) => (
              <option key={c.id} value={c.id}>
                {t('youngPersonWork.sharing.consentOption', {
                  to: formatDate(c.validTo),
                  list: c.categories.map((x) => t(`enums.InformationCategory.${x}`)).join(', '),
                })}
              </option>
            ))}
          </Select>
        )}
        {ground && ground !== 'CONSENT' && (
          <TextField
            id={`${p}-provision`}
            label={
              ground === 'OTHER_PROVISION'
                ? t('youngPersonWork.sharing.provision')
                : t('youngPersonWork.sharing.provisionOptional')
            }
            description={t('youngPersonWork.sharing.provisionHint')}
            value={provision}
            maxLength={200}
            onChange={(e) => setProvision(e.target.value)}
            error={form.errorFor(`${p}-provision`)}
          />
        )}
        <FormButtons
          loading={sending.loading || recording.loading}
          submit={referral ? t('youngPersonWork.referrals.sendSubmit') : t('youngPersonWork.disclosures.save')}
          onCancel={() => onDone()}
        />
      </VStack>
    </form>
  );
}
