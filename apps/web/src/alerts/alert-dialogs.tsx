import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import { AcknowledgeAlertDocument, ResolveAlertDocument } from '../gql/alerts/alerts';
import type { AlertRowFragment } from '../gql/graphql';
import { Alert, BodyLong, Button, FormErrorSummary, Modal, TextField, Textarea, VStack, type FieldError } from '../ui';
import { alertReason, ruleName, subjectName, todayIso } from './alert-text';

// The list queries that show alerts: refetched after a change, so every list on the page agrees.
const ALERT_QUERIES = ['MyAlerts', 'UnitAlerts', 'EscalatedAlerts', 'YoungPersonAlerts'];

// Two different words at least, as the api's reason rule asks (INPUT_REASON_INVALID).
function meaningful(text: string): boolean {
  return new Set(text.trim().toLowerCase().split(/\s+/).filter(Boolean)).size >= 2;
}

export type AlertDialogKind = 'acknowledge' | 'resolve';

// Acknowledging an alert (with what is done, optionally hiding it until a day) or closing it by
// hand (with why), in a modal dialog: the alert named at the top, an error summary above the
// form after a failed submit, the api's refusal (a stale version, say) shown as an alert.
export function AlertDialog({
  kind,
  alert,
  onClose,
}: {
  kind: AlertDialogKind;
  alert: AlertRowFragment;
  onClose: (done?: string) => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [snoozeUntil, setSnoozeUntil] = useState('');
  const [submitCount, setSubmitCount] = useState(0);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  const options = { refetchQueries: ALERT_QUERIES, awaitRefetchQueries: true };
  const [acknowledge, acknowledging] = useMutation(AcknowledgeAlertDocument, options);
  const [resolve, resolving] = useMutation(ResolveAlertDocument, options);
  const ids = { reason: `alert-${kind}-reason`, snooze: `alert-${kind}-snooze` };
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const submit = async () => {
    setSubmitCount((n) => n + 1);
    const found: FieldError[] = [];
    if (!meaningful(reason)) found.push({ fieldId: ids.reason, message: t(`alerts.${kind}.reasonRequired`) });
    const snooze = snoozeUntil.trim();
    if (kind === 'acknowledge' && snooze && (!/^\d{4}-\d{2}-\d{2}$/.test(snooze) || snooze <= todayIso())) {
      found.push({ fieldId: ids.snooze, message: t('alerts.acknowledge.snoozeInvalid') });
    }
    setErrors(found);
    if (found.length > 0) return;
    setFailure(undefined);
    try {
      const input = { id: alert.id, version: alert.version, reason: reason.trim() };
      if (kind === 'acknowledge') {
        await acknowledge({ variables: { input: snooze ? { ...input, snoozeUntil: snooze } : input } });
      } else {
        await resolve({ variables: { input } });
      }
      onClose(t(`alerts.${kind}.done`));
    } catch (error) {
      if (errorCode(error) === 'INPUT_REASON_INVALID') {
        setErrors([{ fieldId: ids.reason, message: t(`alerts.${kind}.reasonRequired`) }]);
      } else {
        setFailure(t(errorMessageKey(error)));
      }
    }
  };

  return (
    <Modal open onClose={() => onClose()} header={{ heading: t(`alerts.${kind}.heading`) }} width="medium">
      <Modal.Body>
        <form
          id={`alert-${kind}-form`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <VStack gap="space-16">
            <FormErrorSummary errors={errors} submitCount={submitCount} />
            {failure && (
              <Alert variant="error" role="alert">
                {failure}
              </Alert>
            )}
            <BodyLong>
              <strong>
                {subjectName(t, alert)}: {ruleName(t, alert.rule)}
              </strong>
              <br />
              {alertReason(t, alert)}
            </BodyLong>
            <BodyLong>{t(`alerts.${kind}.intro`)}</BodyLong>
            <Textarea
              id={ids.reason}
              label={t(`alerts.${kind}.reason`)}
              value={reason}
              maxLength={500}
              onChange={(event) => setReason(event.target.value)}
              error={errorOf(ids.reason)}
            />
            {kind === 'acknowledge' && (
              <TextField
                id={ids.snooze}
                label={t('alerts.acknowledge.snoozeUntil')}
                value={snoozeUntil}
                onChange={(event) => setSnoozeUntil(event.target.value)}
                error={errorOf(ids.snooze)}
                htmlSize={12}
              />
            )}
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form={`alert-${kind}-form`} loading={acknowledging.loading || resolving.loading}>
          {t(`alerts.${kind}.submit`)}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onClose()}>
          {t('alerts.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
