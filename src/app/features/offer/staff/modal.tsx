// A modal <dialog> holding a small form (publish, retire): focus starts on its first field, stays inside while it is
// open, and goes back to the button that opened it; Escape is the same as "Cancel".
import { useId, type ReactNode } from 'react';
import { useModalDialog } from '../../../ui/staff/use-modal-dialog';

export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const id = useId();
  const { ref: dialogRef, onKeyDown: keepFocusInside } = useModalDialog((d) => d.querySelector<HTMLElement>('textarea, input, select'));

  return (
    <dialog
      ref={dialogRef}
      className="staff-dialog offer-dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={keepFocusInside}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="staff-dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
