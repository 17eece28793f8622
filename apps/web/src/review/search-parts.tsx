import { useTranslation } from 'react-i18next';

import { Button, HStack, Heading } from '../ui';

// The parts the reviewer's two searches (access log, security events) share: the form's search
// and clear buttons, and the results' heading with the count read aloud when it changes.
export function SearchButtons({ busy, onClear }: { busy: boolean; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <HStack gap="space-8">
      <Button type="submit" loading={busy}>
        {t('reviewLog.search')}
      </Button>
      <Button type="button" variant="tertiary" onClick={onClear}>
        {t('reviewLog.clear')}
      </Button>
    </HStack>
  );
}

export function ResultsHeading({ id, text }: { id: string; text: string }) {
  return (
    <>
      <Heading level="2" size="medium" spacing id={id}>
        {text}
      </Heading>
      <div aria-live="polite" className="brygga-visually-hidden">
        {text}
      </div>
    </>
  );
}
