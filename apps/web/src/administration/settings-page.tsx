import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import './admin-strings';
import { errorMessageKey } from '../app/api-error';
import { MunicipalitySettingsDocument, UpdateMunicipalitySettingsDocument } from '../gql/administration/admin-manage';
import {
  Alert,
  BodyLong,
  Button,
  FormErrorSummary,
  LoadingState,
  PageHeading,
  TextField,
  VStack,
  type FieldError,
} from '../ui';

interface Draft {
  timeZone: string;
  reportMinCell: string;
  consentDefaultValidDays: string;
}

// An empty field is null (the default); otherwise a whole number within the api's bounds.
function wholeNumber(value: string, min: number, max: number): number | null | undefined {
  if (!value.trim()) return null;
  if (!/^\d+$/.test(value.trim())) return undefined;
  const n = Number(value.trim());
  return n >= min && n <= max ? n : undefined;
}

// The municipality's settings: the time zone its days are judged in, the smallest group a
// report shows, and how long a consent lasts when recorded without an end date.
export function SettingsPage() {
  const { t } = useTranslation();
  const { data, error } = useQuery(MunicipalitySettingsDocument);
  return (
    <VStack gap="space-32">
      <div>
        <PageHeading>{t('adminManage.settingsTitle')}</PageHeading>
        {data && (
          <BodyLong>
            {t('adminManage.settingsIntro', { municipality: data.municipality.name, code: data.municipality.code })}
          </BodyLong>
        )}
      </div>
      {error && (
        <Alert variant="error" role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      )}
      {!data && !error && <LoadingState />}
      {data && (
        <SettingsForm
          initial={{
            timeZone: data.municipality.timeZone,
            reportMinCell: data.municipality.reportMinCell?.toString() ?? '',
            consentDefaultValidDays: data.municipality.consentDefaultValidDays?.toString() ?? '',
          }}
        />
      )}
    </VStack>
  );
}

function SettingsForm({ initial }: { initial: Draft }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const [save, { loading }] = useMutation(UpdateMunicipalitySettingsDocument);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    const reportMinCell = wholeNumber(draft.reportMinCell, 3, 100);
    const consentDefaultValidDays = wholeNumber(draft.consentDefaultValidDays, 1, 3650);
    const list: FieldError[] = [];
    if (!draft.timeZone.trim())
      list.push({ fieldId: 'settings-time-zone', message: t('adminManage.timeZoneRequired') });
    if (reportMinCell === undefined)
      list.push({ fieldId: 'settings-min-cell', message: t('adminManage.reportMinCellInvalid') });
    if (consentDefaultValidDays === undefined)
      list.push({ fieldId: 'settings-consent-days', message: t('adminManage.consentDaysInvalid') });
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0 || reportMinCell === undefined || consentDefaultValidDays === undefined) return;
    try {
      await save({ variables: { input: { timeZone: draft.timeZone.trim(), reportMinCell, consentDefaultValidDays } } });
      setResult({ ok: true, text: t('adminManage.settingsSaved') });
    } catch (error) {
      setResult({ ok: false, text: t(errorMessageKey(error)) });
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('adminManage.settingsTitle')}>
      <VStack gap="space-16" className="brygga-narrow-form">
        <FormErrorSummary errors={errors} submitCount={submitCount} />
        <div aria-live="polite">
          {result && (
            <Alert size="small" variant={result.ok ? 'success' : 'error'}>
              {result.text}
            </Alert>
          )}
        </div>
        <TextField
          id="settings-time-zone"
          label={t('adminManage.timeZone')}
          description={t('adminManage.timeZoneHint')}
          value={draft.timeZone}
          autoComplete="off"
          onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })}
          error={errorFor('settings-time-zone')}
        />
        <TextField
          id="settings-min-cell"
          label={t('adminManage.reportMinCell')}
          description={t('adminManage.reportMinCellHint')}
          value={draft.reportMinCell}
          inputMode="numeric"
          onChange={(e) => setDraft({ ...draft, reportMinCell: e.target.value })}
          error={errorFor('settings-min-cell')}
        />
        <TextField
          id="settings-consent-days"
          label={t('adminManage.consentDays')}
          description={t('adminManage.consentDaysHint')}
          value={draft.consentDefaultValidDays}
          inputMode="numeric"
          onChange={(e) => setDraft({ ...draft, consentDefaultValidDays: e.target.value })}
          error={errorFor('settings-consent-days')}
        />
        <div>
          <Button type="submit" loading={loading}>
            {t('adminManage.saveSettings')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
