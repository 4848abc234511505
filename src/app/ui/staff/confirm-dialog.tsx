// The question staff answer before an action that cannot be undone (publishing, hiding, merging, a new join code…):
// a modal <dialog> that says what will happen and that it cannot be taken back, with the destructive button styled as
// such and "Cancel" focused first. Focus stays inside while it is open and goes back to where it was when it closes.
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './use-modal-dialog';

export interface ConfirmRequest {
  /** The question, as the dialog's title ("Publish this for every young person?"). */
  title: string;
  /** What will happen, in plain words. */
  what: string;
  /** The words on the button that does it ("Publish"). */
  confirm: string;
  /** Says that it cannot be undone and styles the button as destructive (the default); false for a question only. */
  irreversible?: boolean;
}

interface Props {
  request: ConfirmRequest;
  onAnswer: (yes: boolean) => void;
}

export function ConfirmDialog({ request, onAnswer }: Props) {
  const { t } = useTranslation('staff');
  const ids = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  // "Cancel" is focused first.
  const { ref: dialogRef, onKeyDown: keepFocusInside } = useModalDialog(() => cancel.current);
  const irreversible = request.irreversible ?? true;

  return (
    <dialog
      ref={dialogRef}
      className="staff-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-what`}
      onKeyDown={keepFocusInside}
      // Escape (the browser's cancel) is the same as "Cancel".
      onCancel={(e) => {
        e.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id={`${ids}-title`} className="staff-dialog-title">
        {request.title}
      </h2>
      <div id={`${ids}-what`}>
        <p>{request.what}</p>
        {irreversible && <p className="staff-dialog-warning">{t('confirm.cannotUndo')}</p>}
      </div>
      <div className="staff-actions staff-dialog-actions">
        <button ref={cancel} type="button" className="button button-secondary" onClick={() => onAnswer(false)}>
          {t('cancel')}
        </button>
        <button type="button" className={irreversible ? 'button button-danger' : 'button'} onClick={() => onAnswer(true)}>
          {request.confirm}
        </button>
      </div>
    </dialog>
  );
}

/**
 * Asks before doing something: `await ask({ title, what, confirm })` is true when the staff member confirmed. Render
 * the returned element once, anywhere in the screen.
 */
export function useConfirm(): [(request: ConfirmRequest) => Promise<boolean>, ReactNode] {
  const [pending, setPending] = useState<{ request: ConfirmRequest; resolve: (yes: boolean) => void } | null>(null);
  const ask = useCallback((request: ConfirmRequest) => new Promise<boolean>((resolve) => setPending({ request, resolve })), []);
  const element = pending ? (
    <ConfirmDialog
      request={pending.request}
      onAnswer={(yes) => {
        setPending(null);
        pending.resolve(yes);
      }}
    />
  ) : null;
  return [ask, element];
}
