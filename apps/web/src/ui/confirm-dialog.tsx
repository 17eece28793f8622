import { BodyLong, Button, Modal } from '@navikt/ds-react';

export interface ConfirmDialogProps {
  heading: string;
  // What will happen, in the page's words (names of what is affected included).
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  // The confirmed action is running: the confirm button shows it and cannot be pressed again.
  busy: boolean;
  onConfirm: () => void;
  // Cancel, Escape and the close button all leave everything as it was.
  onCancel: () => void;
}

// "Are you sure?" before an action that cannot be undone (revoking a credential, ending a
// stand-in, a retention run). Aksel's Modal is a native modal <dialog>: focus stays inside it
// and Escape cancels. The action is the danger button, first in the footer as Aksel places the
// primary one. The page renders it while it asks and removes it after. Imported from this file,
// not the ui barrel: through the barrel it (and Modal with it) landed in the shared ui chunk that
// every screen loads, over the web budget (scripts/web-budget.mjs).
export function ConfirmDialog({
  heading,
  body,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Modal open onClose={onCancel} header={{ heading }} width="small">
      <Modal.Body>
        <BodyLong>{body}</BodyLong>
      </Modal.Body>
      <Modal.Footer>
        <Button type="button" variant="danger" loading={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </Modal.Footer>
    </Modal>
  );
}
