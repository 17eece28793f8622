import type { ReactNode } from 'react';

import { Alert, FormErrorSummary, Heading, VStack } from '../ui';
import type { useFormState } from './form-state';

// A section of the young person's page: an h2 that names it and an id for the page's
// table of contents.
export function PageSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="brygga-section">
      <Heading level="2" size="medium" spacing id={`${id}-heading`}>
        {title}
      </Heading>
      <VStack gap="space-16">{children}</VStack>
    </section>
  );
}

// The messages above a form: the error summary (focused after a failed submit), an error
// the api gave for the whole form, and the saved message (announced politely).
export function FormMessages({ form }: { form: ReturnType<typeof useFormState> }) {
  return (
    <>
      <FormErrorSummary errors={form.errors} submitCount={form.submitCount} />
      {form.formError && (
        <Alert variant="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div aria-live="polite">{form.saved && <Alert variant="success">{form.saved}</Alert>}</div>
    </>
  );
}

// The message after a form closed on success, announced politely where the form was.
export function SavedMessage({ text }: { text: string | undefined }) {
  return (
    <div aria-live="polite">
      {text && (
        <Alert variant="success" size="small">
          {text}
        </Alert>
      )}
    </div>
  );
}
