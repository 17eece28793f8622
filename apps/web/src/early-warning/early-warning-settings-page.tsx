import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import { EarlyWarningSettingsPageDocument, SaveEarlyWarningSettingsDocument } from '../gql/early-warning/early-warning';
import type { EarlyWarningSettingsFieldsFragment, UpdateEarlyWarningSettingsInput } from '../gql/graphql';
import {
  Alert,
  BodyLong,
  Button,
  Checkbox,
  Fieldset,
  FormErrorSummary,
  LoadingState,
  PageHeading,
  TextField,
  VStack,
  type FieldError,
} from '../ui';

// Each indicator with its switch and numbers (the api's bounds, EARLY_WARNING_BOUNDS).
const GROUPS = [
  [
    'attendance',
    'attendanceEnabled',
    [
      ['attendanceMinPercent', 1, 100],
      ['attendancePeriodDays', 7, 365],
    ],
  ],
  [
    'unexcused',
    'unexcusedEnabled',
    [
      ['unexcusedCount', 1, 100],
      ['unexcusedDays', 7, 365],
    ],
  ],
  [
    'weekday',
    'weekdayEnabled',
    [
      ['weekdayCount', 2, 50],
      ['weekdayDays', 14, 365],
    ],
  ],
  [
    'singleDays',
    'singleDaysEnabled',
    [
      ['singleDaysCount', 2, 100],
      ['singleDaysDays', 7, 365],
    ],
  ],
  ['dropOut', 'dropOutEnabled', []],
  ['escalation', null, [['escalateAfterDays', 1, 90]]],
] as const;

type Switch = 'attendanceEnabled' | 'unexcusedEnabled' | 'weekdayEnabled' | 'singleDaysEnabled' | 'dropOutEnabled';
type NumberField = (typeof GROUPS)[number][2][number][0];

interface Draft {
  numbers: Record<NumberField, string>;
  switches: Record<Switch, boolean>;
}

function draftOf(settings: EarlyWarningSettingsFieldsFragment): Draft {
  const numbers = {} as Record<NumberField, string>;
  const switches = {} as Record<Switch, boolean>;
  for (const [, toggle, fields] of GROUPS) {
    if (toggle) switches[toggle] = settings[toggle];
    for (const [field] of fields) numbers[field] = String(settings[field]);
  }
  return { numbers, switches };
}

// The admin's early-warning indicators: a switch and thresholds per indicator, checked against
// the api's bounds before saving (an error summary); saved with the version read (a conflict
// reloads the latest values and says so).
export function EarlyWarningSettingsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(EarlyWarningSettingsPageDocument, { fetchPolicy: 'network-only' });
  const [save, { loading }] = useMutation(SaveEarlyWarningSettingsDocument);
  const [draft, setDraft] = useState<Draft>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [message, setMessage] = useState<{ variant: 'success' | 'error' | 'warning'; text: string }>();
  const settings = data?.earlyWarningSettings;

  useEffect(() => {
    if (settings) setDraft(draftOf(settings));
  }, [settings]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !settings) return;
    setSubmitCount((n) => n + 1);
    setMessage(undefined);
    const found: FieldError[] = [];
    const values = {} as Record<NumberField, number>;
    for (const [, , fields] of GROUPS) {
      for (const [field, min, max] of fields) {
        const text = draft.numbers[field].trim();
        const value = Number(text);
        if (!/^\d+$/.test(text) || value < min || value > max) {
          found.push({
            fieldId: `early-warning-${field}`,
            message: t('earlyWarning.settings.numberInvalid', { min, max }),
          });
        } else {
          values[field] = value;
        }
      }
    }
    setErrors(found);
    if (found.length > 0) return;
    const input: UpdateEarlyWarningSettingsInput = { version: settings.version, ...draft.switches, ...values };
    try {
      await save({ variables: { input } });
      setMessage({ variant: 'success', text: t('earlyWarning.settings.saved') });
    } catch (failure) {
      if (errorCode(failure) === 'CONFLICT') {
        await refetch();
        setMessage({ variant: 'warning', text: t('earlyWarning.settings.conflict') });
      } else {
        setMessage({ variant: 'error', text: t(errorMessageKey(failure)) });
      }
    }
  };

  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <VStack gap="space-24">
      <div>
        <PageHeading>{t('earlyWarning.settings.title')}</PageHeading>
        <BodyLong>{t('earlyWarning.settings.intro')}</BodyLong>
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!draft && !error && <LoadingState />}
      {draft && (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <VStack gap="space-24">
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            {message && (
              <Alert variant={message.variant} role={message.variant === 'error' ? 'alert' : 'status'}>
                {message.text}
              </Alert>
            )}
            {GROUPS.map(([group, toggle, fields]) => (
              <Fieldset key={group} legend={t(`earlyWarning.settings.${group}`)}>
                <VStack gap="space-12">
                  {toggle && (
                    <Checkbox
                      checked={draft.switches[toggle]}
                      onChange={(event) =>
                        setDraft({ ...draft, switches: { ...draft.switches, [toggle]: event.target.checked } })
                      }
                    >
                      {t('earlyWarning.settings.enabled')}
                    </Checkbox>
                  )}
                  {fields.map(([field]) => (
                    <TextField
                      key={field}
                      id={`early-warning-${field}`}
                      label={t(`earlyWarning.settings.${field}`)}
                      inputMode="numeric"
                      htmlSize={6}
                      value={draft.numbers[field]}
                      onChange={(event) =>
                        setDraft({ ...draft, numbers: { ...draft.numbers, [field]: event.target.value } })
                      }
                      error={errorOf(`early-warning-${field}`)}
                    />
                  ))}
                </VStack>
              </Fieldset>
            ))}
            <div>
              <Button type="submit" loading={loading}>
                {t('earlyWarning.settings.save')}
              </Button>
            </div>
          </VStack>
        </form>
      )}
    </VStack>
  );
}
