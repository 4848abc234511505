// The question staff answer before an action that cannot be undone (publishing, hiding, merging, a new join code…):
// a modal <dialog> that says what will happen and that it cannot be taken back, with the destructive button styled as
// such and "Cancel" focused first. Focus stays inside while it is open and goes back to where it was when it closes.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ConfirmDialog({ request, onAnswer }: Props) {
  const { t } = useTranslation('staff');
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const irreversible = request.irreversible ?? true;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // Where focus was (the button that asked): it goes back there however the dialog closes.
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    cancel.current?.focus();
    return () => {
      if (d.open && typeof d.close === 'function') d.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  /** Tab and Shift+Tab go round the dialog's buttons and never leave it. */
  const keepFocusInside = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const items = [...(dialog.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
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
