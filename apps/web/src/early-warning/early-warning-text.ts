import type { TFunction } from 'i18next';

import type { EarlyWarningIndicator, EarlyWarningSuggestionFieldsFragment } from '../gql/graphql';
import { formatDate } from '../i18n/format';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
type Weekday = (typeof WEEKDAYS)[number];

// The reason of a suggestion in Swedish, from its indicator and the data behind it (the api's
// facts: days as ISO dates, counts and shares as numbers).
export function suggestionReason(
  t: TFunction,
  suggestion: Pick<EarlyWarningSuggestionFieldsFragment, 'indicator' | 'facts'>,
): string {
  const fact = (name: string): string => {
    const value = suggestion.facts.find((f) => f.name === name)?.value ?? null;
    if (value === null) return '–';
    return ISO_DAY.test(value) ? formatDate(value) : value;
  };
  const weekday = fact('weekday');
  // Every fact any indicator's sentence names; each sentence uses its own.
  const values = {
    attendancePercent: fact('attendancePercent'),
    periodStart: fact('periodStart'),
    periodEnd: fact('periodEnd'),
    thresholdPercent: fact('thresholdPercent'),
    n: fact('count'),
    firstDay: fact('firstDay'),
    lastDay: fact('lastDay'),
    thresholdCount: fact('thresholdCount'),
    windowDays: fact('windowDays'),
    day: fact('day'),
    // Days are ISO dates, shown as they are (formatDate keeps a calendar day).
    days: fact('days').split(',').join(', '),
    weekday: WEEKDAYS.includes(weekday as Weekday) ? t(`earlyWarning.weekday.${weekday as Weekday}`) : '–',
  };
  switch (suggestion.indicator) {
    case 'ATTENDANCE_BELOW':
      return t('earlyWarning.reason.ATTENDANCE_BELOW', values);
    case 'UNEXCUSED_ABSENCES':
      return t('earlyWarning.reason.UNEXCUSED_ABSENCES', values);
    case 'SAME_WEEKDAY':
      return t('earlyWarning.reason.SAME_WEEKDAY', values);
    case 'SINGLE_DAYS':
      return t('earlyWarning.reason.SINGLE_DAYS', values);
    case 'DROP_OUT':
      return t('earlyWarning.reason.DROP_OUT', values);
  }
}

export function indicatorName(t: TFunction, indicator: EarlyWarningIndicator): string {
  return t(`earlyWarning.indicator.${indicator}`);
}

const ABSENCE_ERRORS = new Set([
  'ABSENCE_IMPORT_COLUMN_MISSING',
  'ABSENCE_IMPORT_NO_ROWS',
  'ABSENCE_IMPORT_KEY_REUSED',
  'ABSENCE_IMPORT_ROWS_INVALID',
  'ABSENCE_ROW_IDENTITY_NUMBER_INVALID',
  'ABSENCE_ROW_DATE_INVALID',
  'ABSENCE_ROW_UNEXCUSED_INVALID',
  'ABSENCE_ROW_VALUE_TOO_LONG',
  'ABSENCE_ROW_OTHER_SCHOOL',
] as const);
type AbsenceError = typeof ABSENCE_ERRORS extends Set<infer T> ? T : never;

// The catalog key of a code the api answers for an absence file (others fall back).
export function absenceErrorKey(code: string): `earlyWarning.absence.errors.${AbsenceError}` | undefined {
  return ABSENCE_ERRORS.has(code as AbsenceError) ? `earlyWarning.absence.errors.${code as AbsenceError}` : undefined;
}

// The refused rows of an absence file as the api names them ("line:code:column"), in words.
export function absenceRefusedRows(t: TFunction, rows: unknown): string[] {
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row) => {
    if (typeof row !== 'string') return [];
    const [line, code, ...column] = row.split(':');
    const key = absenceErrorKey(code ?? '');
    return [
      t('earlyWarning.absence.rowRefused', {
        line,
        problem: key ? t(key, { column: '' }) : code,
        column: column.join(':'),
      }),
    ];
  });
}
