import { ErrorSummary } from '@navikt/ds-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  // The id of the input the error belongs to; the summary links to it.
  fieldId: string;
  message: string;
}

// GOV.UK's error summary: shown above the form after a failed submit, focused so that it is
// read out, one link per error to its field, the same words as the inline errors.
export function FormErrorSummary({ errors, submitCount }: { errors: FieldError[]; submitCount: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Focus only when a submit produced errors, not while the user corrects them: remember the
  // submit the summary was last focused for.
  const hasErrors = errors.length > 0;
  const focusedFor = useRef(0);
  useEffect(() => {
    if (submitCount > focusedFor.current && hasErrors) {
      focusedFor.current = submitCount;
      ref.current?.focus();
    }
  }, [submitCount, hasErrors]);
  if (errors.length === 0) return null;
  return (
    <ErrorSummary ref={ref} heading={t('errors.summaryHeading')}>
      {errors.map((error) => (
        <ErrorSummary.Item key={error.fieldId} href={`#${error.fieldId}`}>
          {error.message}
        </ErrorSummary.Item>
      ))}
    </ErrorSummary>
  );
}
