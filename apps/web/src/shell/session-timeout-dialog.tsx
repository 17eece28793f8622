import { useTranslation } from 'react-i18next';

import { BodyLong, Button, Modal } from '../ui';

function mmss(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

// The session-timeout warning itself: when the user will be signed out, staying signed in
// (Escape does the same) or signing out now.
export function SessionTimeoutDialog({
  left,
  extending,
  onExtend,
  onSignOut,
}: {
  left: number;
  extending: boolean;
  onExtend: () => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal open onClose={onExtend} header={{ heading: t('session.timeoutHeading'), closeButton: false }} width="small">
      <Modal.Body>
        {/* Not a live region: the time is read out when the dialog opens, not every second. */}
        <BodyLong>{t('session.timeoutBody', { time: mmss(left) })}</BodyLong>
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" loading={extending} onClick={onExtend}>
          {t('session.timeoutContinue')}
        </Button>
        <Button type="button" variant="secondary" onClick={onSignOut}>
          {t('session.timeoutSignOut')}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
