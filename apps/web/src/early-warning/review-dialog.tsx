import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { errorCode, errorMessageKey } from '../app/api-error';
import { ReviewEarlyWarningSuggestionDocument } from '../gql/early-warning/early-warning';
import type { EarlyWarningReviewDecision, EarlyWarningSuggestionFieldsFragment } from '../gql/graphql';
import {
  Alert,
  BodyLong,
  Button,
  FormErrorSummary,
  Modal,
  Radio,
  RadioGroup,
  Textarea,
  VStack,
  type FieldError,
} from '../ui';
import { indicatorName, suggestionReason } from './early-warning-text';

const DECISIONS: EarlyWarningReviewDecision[] = ['ACTION_TAKEN', 'MONITOR', 'NO_ACTION'];

// Two different words at least, as the api's reason rule asks (INPUT_REASON_INVALID).
function meaningful(text: string): boolean {
  return new Set(text.trim().toLowerCase().split(/\s+/).filter(Boolean)).size >= 2;
}

// The review of a suggestion: the caller is who looked; they record what they decided and what
// was done. An error summary above the form after a failed submit; the api's refusal (reviewed
// by someone else meanwhile) shown as an alert and the list refetched.
export function ReviewDialog({
  suggestion,
  onClose,
}: {
  suggestion: EarlyWarningSuggestionFieldsFragment;
  onClose: (done?: string) => void;
}) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<EarlyWarningReviewDecision | ''>('');
  const [actionTaken, setActionTaken] = useState('');
  const [submitCount, setSubmitCount] = useState(0);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string>();
  const [review, { loading }] = useMutation(ReviewEarlyWarningSuggestionDocument, {
    refetchQueries: ['EarlyWarningSuggestions'],
    awaitRefetchQueries: true,
  });
  const ids = { decision: 'early-warning-decision', actionTaken: 'early-warning-action-taken' };
  const errorOf = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  const submit = async () => {
    setSubmitCount((n) => n + 1);
    const found: FieldError[] = [];
    if (!decision) found.push({ fieldId: ids.decision, message: t('earlyWarning.dialog.decisionRequired') });
    if (!meaningful(actionTaken)) {
      found.push({ fieldId: ids.actionTaken, message: t('earlyWarning.dialog.actionTakenRequired') });
    }
    setErrors(found);
    if (found.length > 0 || !decision) return;
    setFailure(undefined);
    try {
      await review({
        variables: {
          input: {
            suggestionId: suggestion.id,
            version: suggestion.version,
            decision,
            actionTaken: actionTaken.trim(),
          },
        },
      });
      onClose(t('earlyWarning.dialog.done'));
    } catch (error) {
      const code = errorCode(error);
      if (code === 'INPUT_REASON_INVALID') {
        setErrors([{ fieldId: ids.actionTaken, message: t('earlyWarning.dialog.actionTakenRequired') }]);
      } else if (code === 'EARLY_WARNING_SUGGESTION_CLOSED') {
        setFailure(t('earlyWarning.dialog.closed'));
      } else {
        setFailure(t(errorMessageKey(error)));
      }
    }
  };

  return (
    <Modal open onClose={() => onClose()} header={{ heading: t('earlyWarning.dialog.heading') }} width="medium">
      <Modal.Body>
        <form
          id="early-warning-review-form"
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
                {suggestion.personalIdentityNumber}: {indicatorName(t, suggestion.indicator)}
              </strong>
              <br />
              {suggestionReason(t, suggestion)}
            </BodyLong>
            <BodyLong>{t('earlyWarning.dialog.intro')}</BodyLong>
            <RadioGroup
              id={ids.decision}
              legend={t('earlyWarning.dialog.decision')}
              value={decision}
              onChange={(value: EarlyWarningReviewDecision) => setDecision(value)}
              error={errorOf(ids.decision)}
            >
              {DECISIONS.map((value) => (
                <Radio key={value} value={value}>
                  {t(`earlyWarning.decision.${value}`)}
                </Radio>
              ))}
            </RadioGroup>
            <Textarea
              id={ids.actionTaken}
              label={t('earlyWarning.dialog.actionTaken')}
              description={t('earlyWarning.dialog.actionTakenHint')}
              value={actionTaken}
              maxLength={2000}
              onChange={(event) => setActionTaken(event.target.value)}
              error={errorOf(ids.actionTaken)}
            />
          </VStack>
        </form>
      </Modal.Body>
      <Modal.Footer>
        <Button type="submit" form="early-warning-review-form" loading={loading}>
          {t('earlyWarning.dialog.submit')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onClose()}>
          {t('earlyWarning.dialog.cancel')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
