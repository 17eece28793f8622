import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorDetails, errorMessageKey } from '../app/api-error';
import type { FieldError } from '../ui';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The state every form of the young person's page keeps: the field errors shown in the error
// summary and inline, the submit count that focuses the summary, a form-level error and a
// saved message. An api error whose `details.field` names one of the form's fields is shown
// at that field (summary and inline); any other as an alert above the form.
export function useFormState(fieldIds: Record<string, string> = {}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  return {
    errors,
    submitCount,
    formError,
    saved,
    errorFor: (id: string) => errors.find((e) => e.fieldId === id)?.message,
    // Starts a submit: clears the messages, shows the given field errors; true when none.
    check(list: FieldError[]): boolean {
      setSaved(undefined);
      setFormError(undefined);
      setErrors(list);
      setSubmitCount((n) => n + 1);
      return list.length === 0;
    },
    succeeded(message: string) {
      setErrors([]);
      setSaved(message);
    },
    failed(error: unknown, message?: string) {
      const text = message ?? t(errorMessageKey(error));
      const field = errorDetails(error).field;
      const fieldId = typeof field === 'string' ? fieldIds[field] : undefined;
      if (fieldId && errorCode(error) !== 'CONFLICT') {
        setErrors([{ fieldId, message: text }]);
        setSubmitCount((n) => n + 1);
      } else {
        setFormError(text);
      }
    },
  };
}

export function dateError(value: string, message: string, fieldId: string, optional = false): FieldError[] {
  if (optional && value === '') return [];
  return ISO_DATE.test(value) ? [] : [{ fieldId, message }];
}

// Today in a time zone (the municipality's: its calendar days decide what is valid).
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone }).format(now);
}

// Whole days from one ISO date to another (both calendar days, no zone involved).
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
