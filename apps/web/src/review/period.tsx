import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { swedishDayEnd, swedishDayStart } from '../i18n/format';
import { TextField, type FieldError } from '../ui';

// A period of whole Swedish days, as the reviewer's searches (access log, security events) take
// it: two dates written YYYY-MM-DD, either left empty.
export interface PeriodDraft {
  from: string;
  to: string;
}

// A real calendar day written YYYY-MM-DD (2026-13-01 and 2026-02-30 are not).
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

// What is wrong with the period, field by field (for the form's error summary).
export function periodErrors(t: TFunction, period: PeriodDraft, idPrefix: string): FieldError[] {
  const list: FieldError[] = [];
  if (period.from && !isDay(period.from))
    list.push({ fieldId: `${idPrefix}-from`, message: t('reviewLog.dateInvalid') });
  if (period.to && !isDay(period.to)) list.push({ fieldId: `${idPrefix}-to`, message: t('reviewLog.dateInvalid') });
  if (list.length === 0 && period.from && period.to && period.to < period.from)
    list.push({ fieldId: `${idPrefix}-to`, message: t('reviewLog.periodInvalid') });
  return list;
}

// The api's instants for a valid period: from the first day's Swedish midnight to the instant
// after the last day (the api's `to` is exclusive), whatever the browser's zone.
export function periodInstants(period: PeriodDraft): { from?: string; to?: string } {
  return {
    ...(period.from ? { from: swedishDayStart(period.from) } : {}),
    ...(period.to ? { to: swedishDayEnd(period.to) } : {}),
  };
}

// The two date fields, `${idPrefix}-from` and `${idPrefix}-to`, for a grid of filters.
export function PeriodFields({
  idPrefix,
  period,
  onChange,
  errors,
}: {
  idPrefix: string;
  period: PeriodDraft;
  onChange: (period: PeriodDraft) => void;
  errors: FieldError[];
}) {
  const { t } = useTranslation();
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  return (
    <>
      <TextField
        id={`${idPrefix}-from`}
        label={t('reviewLog.from')}
        value={period.from}
        inputMode="numeric"
        onChange={(e) => onChange({ ...period, from: e.target.value })}
        error={errorFor(`${idPrefix}-from`)}
      />
      <TextField
        id={`${idPrefix}-to`}
        label={t('reviewLog.to')}
        value={period.to}
        inputMode="numeric"
        onChange={(e) => onChange({ ...period, to: e.target.value })}
        error={errorFor(`${idPrefix}-to`)}
      />
    </>
  );
}
