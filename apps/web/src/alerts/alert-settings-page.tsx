import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import {
  AlertSettingsPageDocument,
  PreviewAlertSettingsDocument,
  SaveAlertSettingsDocument,
} from '../gql/alerts/alerts';
import type {
  AlertRule,
  AlertSettingsFieldsFragment,
  PreviewAlertSettingsQuery,
  UpdateAlertSettingsInput,
} from '../gql/graphql';
import { formatNumber } from '../i18n/format';
import {
  Alert,
  BodyLong,
  Button,
  Checkbox,
  CheckboxGroup,
  DataTable,
  Fieldset,
  FormErrorSummary,
  Heading,
  HStack,
  LoadingState,
  PageHeading,
  TextField,
  VStack,
  type DataTableColumn,
  type FieldError,
} from '../ui';
import { ruleName } from './alert-text';

// The numbers of the form, with the api's bounds (UpdateAlertSettingsInput).
const NUMBERS = {
  thresholds: [
    ['noCoordinatorDays', 0, 365],
    ['noContactDays', 1, 365],
    ['neverReachedAttempts', 1, 50],
    ['noActivityDays', 1, 365],
    ['overdueGraceDays', 0, 90],
    ['referralUnansweredDays', 1, 365],
    ['consentExpiringDays', 1, 365],
    ['statusUnknownDays', 1, 365],
    ['turning20Days', 1, 365],
    ['signalNotHandledDays', 1, 365],
    ['toCheckDays', 1, 365],
    ['escalateAfterDays', 1, 90],
  ],
  timers: [
    ['firstContactDays', 1, 90],
    ['offerDays', 1, 365],
  ],
} as const;
type NumberField = (typeof NUMBERS)[keyof typeof NUMBERS][number][0];
const ALL_NUMBERS = [...NUMBERS.thresholds, ...NUMBERS.timers];

const RULES: AlertRule[] = [
  'FIRST_CONTACT_DUE',
  'NO_COORDINATOR',
  'NO_CONTACT',
  'NEVER_REACHED',
  'NO_ACTIVITY',
  'OFFER_DUE',
  'PLAN_ACTION_OVERDUE',
  'FOLLOW_UP_OVERDUE',
  'REFERRAL_UNANSWERED',
  'CONSENT_EXPIRING',
  'STATUS_UNKNOWN',
  'TURNING_20_NO_HAND_OVER',
  'SIGNAL_NOT_HANDLED',
  'TO_CHECK_LEFT',
];

interface Message {
  variant: 'success' | 'error' | 'warning';
  text: string;
}

interface Draft {
  numbers: Record<NumberField, string>;
  firstContactWorkingDays: boolean;
  offerWorkingDays: boolean;
  enabledRules: AlertRule[];
}

function draftOf(settings: AlertSettingsFieldsFragment): Draft {
  return {
    numbers: Object.fromEntries(ALL_NUMBERS.map(([key]) => [key, String(settings[key])])) as Record<
      NumberField,
      string
    >,
    firstContactWorkingDays: settings.firstContactWorkingDays,
    offerWorkingDays: settings.offerWorkingDays,
    enabledRules: RULES.filter((rule) => !settings.disabledRules.includes(rule)),
  };
}

const fieldId = (key: string) => `alert-settings-${key}`;

// The admin's /larmregler: the municipality's thresholds and timers, "Förhandsgranska" (how many
// alerts the next run would open and resolve with the values in the form, writing nothing) and
// saving at the version read (someone else's save in between: the latest values are loaded).
export function AlertSettingsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(AlertSettingsPageDocument, { fetchPolicy: 'network-only' });
  // Kept here: the form is new (fresh state) whenever settings are loaded at another version,
  // and the word on the last save must outlive it.
  const [message, setMessage] = useState<Message>();
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('alerts.settings.title')}</PageHeading>
        <BodyLong>{t('alerts.settings.intro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {message && (
        <Alert variant={message.variant} role={message.variant === 'success' ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data && (
        <SettingsForm
          key={data.alertSettings.version}
          settings={data.alertSettings}
          setMessage={setMessage}
          reload={async () => {
            await refetch();
          }}
        />
      )}
    </VStack>
  );
}

function SettingsForm({
  settings,
  reload,
  setMessage,
}: {
  settings: AlertSettingsFieldsFragment;
  reload: () => Promise<void>;
  setMessage: (message: Message | undefined) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [draft, setDraft] = useState(() => draftOf(settings));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [preview, setPreview] = useState<{ key: string; result: PreviewAlertSettingsQuery['previewAlertSettings'] }>();
  const [previewing, setPreviewing] = useState(false);
  const [save, saving] = useMutation(SaveAlertSettingsDocument);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  // The input from the form, or the field errors that stop it.
  const input = (): { input?: UpdateAlertSettingsInput; errors: FieldError[] } => {
    const found: FieldError[] = [];
    const values: Partial<Record<NumberField, number>> = {};
    for (const [key, min, max] of ALL_NUMBERS) {
      const text = draft.numbers[key].trim();
      const n = Number(text);
      if (!/^\d+$/.test(text) || n < min || n > max) {
        found.push({
          fieldId: fieldId(key),
          message: `${t(`alerts.settings.fields.${key}`)}: ${t('alerts.settings.range', { min, max })}`,
        });
      } else {
        values[key] = n;
      }
    }
    if (found.length > 0) return { errors: found };
    return {
      errors: [],
      input: {
        version: settings.version,
        ...values,
        firstContactWorkingDays: draft.firstContactWorkingDays,
        offerWorkingDays: draft.offerWorkingDays,
        disabledRules: RULES.filter((rule) => !draft.enabledRules.includes(rule)),
      },
    };
  };
  const draftKey = JSON.stringify(draft);

  const run = async (kind: 'preview' | 'save') => {
    setSubmitCount((n) => n + 1);
    setMessage(undefined);
    const built = input();
    setErrors(built.errors);
    if (!built.input) return;
    if (kind === 'preview') {
      setPreviewing(true);
      try {
        const result = await client.query({
          query: PreviewAlertSettingsDocument,
          variables: { input: built.input },
          fetchPolicy: 'no-cache',
        });
        if (result.data) setPreview({ key: draftKey, result: result.data.previewAlertSettings });
      } catch (failure) {
        setMessage({ variant: 'error', text: t(errorMessageKey(failure)) });
      } finally {
        setPreviewing(false);
      }
      return;
    }
    try {
      await save({ variables: { input: built.input } });
      setMessage({ variant: 'success', text: t('alerts.settings.saved') });
      setPreview(undefined);
      await reload();
    } catch (failure) {
      if (errorCode(failure) === 'CONFLICT') {
        await reload();
        setMessage({ variant: 'warning', text: t('alerts.settings.conflict') });
      } else {
        setMessage({ variant: 'error', text: t(errorMessageKey(failure)) });
      }
    }
  };

  const previewColumns = useMemo<
    Array<DataTableColumn<PreviewAlertSettingsQuery['previewAlertSettings']['rules'][number]>>
  >(
    () => [
      { id: 'rule', header: t('alerts.settings.previewRule'), cell: (row) => ruleName(t, row.rule) },
      { id: 'opening', header: t('alerts.settings.previewOpening'), cell: (row) => formatNumber(row.opening) },
      { id: 'ending', header: t('alerts.settings.previewEnding'), cell: (row) => formatNumber(row.ending) },
      { id: 'holding', header: t('alerts.settings.previewHolding'), cell: (row) => formatNumber(row.holding) },
    ],
    [t],
  );

  const numberField = ([key, min, max]: readonly [NumberField, number, number]) => (
    <TextField
      key={key}
      id={fieldId(key)}
      label={t(`alerts.settings.fields.${key}`)}
      description={`${min}–${max}`}
      inputMode="numeric"
      htmlSize={6}
      value={draft.numbers[key]}
      error={errorFor(fieldId(key))}
      onChange={(event) => setDraft((d) => ({ ...d, numbers: { ...d.numbers, [key]: event.target.value } }))}
    />
  );

  return (
    <VStack gap="space-24">
      <form
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void run('save');
        }}
      >
        <VStack gap="space-24">
          <FormErrorSummary errors={errors} submitCount={submitCount} />
          <Fieldset legend={t('alerts.settings.thresholdsLegend')}>
            <VStack gap="space-16">{NUMBERS.thresholds.map(numberField)}</VStack>
          </Fieldset>
          <Fieldset legend={t('alerts.settings.timersLegend')}>
            <VStack gap="space-16">
              {numberField(NUMBERS.timers[0])}
              <Checkbox
                checked={draft.firstContactWorkingDays}
                onChange={(event) => setDraft((d) => ({ ...d, firstContactWorkingDays: event.target.checked }))}
              >
                {t('alerts.settings.fields.firstContactWorkingDays')}
              </Checkbox>
              {numberField(NUMBERS.timers[1])}
              <Checkbox
                checked={draft.offerWorkingDays}
                onChange={(event) => setDraft((d) => ({ ...d, offerWorkingDays: event.target.checked }))}
              >
                {t('alerts.settings.fields.offerWorkingDays')}
              </Checkbox>
            </VStack>
          </Fieldset>
          <CheckboxGroup
            legend={t('alerts.settings.rulesLegend')}
            value={draft.enabledRules}
            onChange={(value: AlertRule[]) => setDraft((d) => ({ ...d, enabledRules: value }))}
          >
            {RULES.map((rule) => (
              <Checkbox key={rule} value={rule}>
                {ruleName(t, rule)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <HStack gap="space-16">
            <Button type="button" variant="secondary" loading={previewing} onClick={() => void run('preview')}>
              {t('alerts.settings.preview')}
            </Button>
            <Button type="submit" loading={saving.loading}>
              {t('alerts.settings.save')}
            </Button>
          </HStack>
        </VStack>
      </form>
      {preview && (
        <section aria-labelledby="alert-settings-preview">
          <VStack gap="space-8">
            <Heading level="2" size="medium" id="alert-settings-preview">
              {t('alerts.settings.previewHeading')}
            </Heading>
            <BodyLong role="status">
              {t('alerts.settings.previewSummary', {
                opening: formatNumber(preview.result.opening),
                ending: formatNumber(preview.result.ending),
              })}
            </BodyLong>
            {preview.key !== draftKey && (
              <Alert variant="warning" size="small">
                {t('alerts.settings.previewStale')}
              </Alert>
            )}
            <DataTable
              caption={t('alerts.settings.previewCaption')}
              regionLabel={t('alerts.settings.previewCaption')}
              columns={previewColumns}
              rows={preview.result.rules}
              rowKey={(row) => row.rule}
            />
          </VStack>
        </section>
      )}
    </VStack>
  );
}
