import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { errorMessageKey } from '../app/api-error';
import { EndEmergencyAccessDocument, StartEmergencyAccessDocument } from '../gql/consent/shared';
import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  FormErrorSummary,
  Heading,
  HStack,
  Textarea,
  useFocusOnOpen,
  VStack,
} from '../ui';
import type { FieldError } from '../ui';

const REASON_ID = 'emergency-reason';
const timeFormat = new Intl.DateTimeFormat('sv-SE', { timeStyle: 'short', timeZone: 'Europe/Stockholm' });

// The api's rule for the reason (10 to 1,000 characters, at least two different words), checked
// here first so that the error summary can say what is wrong before a request.
export function reasonProblem(reason: string): 'reasonRequired' | 'reasonTooShort' | 'reasonTooLong' | undefined {
  const text = reason.trim();
  if (!text) return 'reasonRequired';
  if (text.length > 1000) return 'reasonTooLong';
  const words = new Set(text.toLowerCase().split(/\s+/).filter(Boolean));
  if (text.length < 10 || words.size < 2) return 'reasonTooShort';
  return undefined;
}

// Starting an emergency access (nödåtkomst) with a required reason. `startOpen` shows the form
// at once (nothing is shared); otherwise a button opens it.
export function StartEmergencyAccess({
  youngPersonId,
  startOpen,
  onStarted,
}: {
  youngPersonId: string;
  startOpen: boolean;
  onStarted: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(startOpen);
  // Opened by its button, the form takes focus to the reason (WCAG 2.4.3); shown at once
  // (`startOpen`) it leaves focus where the page put it.
  const [openedHere, setOpenedHere] = useState(false);
  const formRef = useFocusOnOpen<HTMLFormElement>(open && openedHere);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [submitCount, setSubmitCount] = useState(0);
  const [failure, setFailure] = useState<string>();
  const [start, { loading }] = useMutation(StartEmergencyAccessDocument, {
    refetchQueries: ['ActiveEmergencyAccesses'],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const problem = reasonProblem(reason);
    const list = problem ? [{ fieldId: REASON_ID, message: t(`partner.emergency.${problem}`) }] : [];
    setErrors(list);
    setSubmitCount((n) => n + 1);
    if (list.length > 0) return;
    try {
      await start({ variables: { input: { youngPersonId, reason: reason.trim() } } });
      await onStarted();
    } catch (error) {
      setFailure(t(errorMessageKey(error)));
    }
  };
  return (
    <section aria-labelledby="emergency-heading" className="brygga-card">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="emergency-heading">
          {t('partner.emergency.heading')}
        </Heading>
        <BodyLong>{t('partner.emergency.intro')}</BodyLong>
        {!open ? (
          <div>
            <Button
              variant="secondary"
              onClick={() => {
                setOpenedHere(true);
                setOpen(true);
              }}
            >
              {t('partner.emergency.open')}
            </Button>
          </div>
        ) : (
          <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="emergency-heading">
            <VStack gap="space-16">
              <FormErrorSummary errors={errors} submitCount={submitCount} />
              {failure && (
                <Alert variant="error" role="alert">
                  {failure}
                </Alert>
              )}
              <Textarea
                id={REASON_ID}
                label={t('partner.emergency.reason')}
                description={t('partner.emergency.reasonHint')}
                value={reason}
                maxLength={1000}
                onChange={(e) => setReason(e.target.value)}
                error={errors.find((e) => e.fieldId === REASON_ID)?.message}
              />
              <HStack gap="space-8">
                <Button type="submit" variant="danger" loading={loading}>
                  {t('partner.emergency.start')}
                </Button>
                {!startOpen && (
                  <Button type="button" variant="tertiary" onClick={() => setOpen(false)}>
                    {t('partner.emergency.cancel')}
                  </Button>
                )}
              </HStack>
            </VStack>
          </form>
        )}
      </VStack>
    </section>
  );
}

export interface RunningEmergencyAccess {
  id: string;
  reason: string;
  expiresAt: string;
}

// The persistent banner while an emergency access runs: its reason and the time left, counted
// down each 15 seconds (not announced on every tick; the minutes are text, not a live region).
export function EmergencyAccessBanner({
  access,
  onEnded,
}: {
  access: RunningEmergencyAccess;
  onEnded: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const [failure, setFailure] = useState<string>();
  const [end, { loading }] = useMutation(EndEmergencyAccessDocument, { refetchQueries: ['ActiveEmergencyAccesses'] });
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const expires = new Date(access.expiresAt);
  const minutes = Math.max(0, Math.ceil((expires.getTime() - now) / 60_000));
  return (
    <Alert variant="error" className="brygga-emergency-banner">
      <VStack gap="space-8">
        <Heading level="2" size="small">
          {t('partner.emergency.banner')}
        </Heading>
        <BodyShort>{t('partner.emergency.bannerReason', { reason: access.reason })}</BodyShort>
        <BodyShort weight="semibold">
          {minutes > 0
            ? t('partner.emergency.remaining', { count: minutes, time: timeFormat.format(expires) })
            : t('partner.emergency.expired')}
        </BodyShort>
        {failure && <BodyShort role="alert">{failure}</BodyShort>}
        <div>
          <Button
            size="small"
            variant="secondary"
            loading={loading}
            onClick={() =>
              void (async () => {
                try {
                  await end({ variables: { id: access.id } });
                  await onEnded();
                } catch (error) {
                  setFailure(t(errorMessageKey(error)));
                }
              })()
            }
          >
            {t('partner.emergency.end')}
          </Button>
        </div>
      </VStack>
    </Alert>
  );
}
