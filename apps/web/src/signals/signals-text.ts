import type { TFunction } from 'i18next';

import type { SignalFieldsFragment } from '../gql/graphql';
import { formatDate } from '../i18n/format';

const KNOWN_ERRORS = new Set([
  'SIGNAL_DATE_INVALID',
  'SIGNAL_HANDLED',
  'SIGNAL_REASON_REQUIRED',
  'SIGNAL_IMPORT_KEY_REUSED',
  'SIGNAL_COLUMN_MISSING',
  'SIGNAL_NO_ROWS',
  'SIGNAL_ROWS_INVALID',
  'SIGNAL_ROW_IDENTITY_NUMBER_INVALID',
  'SIGNAL_ROW_KIND_INVALID',
  'SIGNAL_ROW_DATE_INVALID',
  'SIGNAL_ROW_PERCENT_INVALID',
  'SIGNAL_ROW_VALUE_TOO_LONG',
  'SIGNAL_ROW_MUNICIPALITY_UNKNOWN',
  'SIGNAL_MUNICIPALITY_UNKNOWN',
  'YOUNG_PERSON_IDENTITY_NUMBER_INVALID',
] as const);
type KnownError = typeof KNOWN_ERRORS extends Set<infer T> ? T : never;

// The catalog key of a code the api answers for signals (others fall back to the app's own).
export function signalErrorKey(code: string): `signals.errors.${KnownError}` | undefined {
  return KNOWN_ERRORS.has(code as KnownError) ? `signals.errors.${code as KnownError}` : undefined;
}

// The refused rows of a file as the api names them ("line:code:column"), in words.
export function refusedRows(t: TFunction, rows: unknown): string[] {
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((row) => {
    if (typeof row !== 'string') return [];
    const [line, code, ...column] = row.split(':');
    const key = signalErrorKey(code ?? '');
    return [
      t('signals.rowRefused', {
        line,
        problem: key ? t(key, { column: '' }) : code,
        column: column.join(':'),
      }),
    ];
  });
}

// What the signal says beyond its kind: the period and its share of absence, or the day.
export function signalWhen(t: TFunction, signal: SignalFieldsFragment): string {
  if (signal.periodStart && signal.periodEnd) {
    return t('signals.period', {
      from: formatDate(signal.periodStart),
      to: formatDate(signal.periodEnd),
      percent: signal.absencePercent ?? 0,
    });
  }
  return formatDate(signal.occurredOn);
}

export function handlingText(t: TFunction, signal: SignalFieldsFragment): string {
  if (signal.status !== 'HANDLED' || !signal.decision) return t('signals.enums.SignalStatus.UNHANDLED');
  const text = t('signals.handledBy', {
    decision: t(`signals.enums.SignalDecision.${signal.decision}`),
    name: signal.handledByName ?? '',
    date: formatDate(signal.handledAt?.slice(0, 10)),
  });
  return signal.decisionReason ? `${text}: ${signal.decisionReason}` : text;
}
