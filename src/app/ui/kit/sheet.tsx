// The kit's bottom sheet: a modal <dialog> that rises from the bottom of a phone (a centred box on a wide screen).
// Escape and the close button close it; focus goes back where it was. A modal dialog makes the rest of the page inert,
// so the shell passes its quick exit in `actions`: the sheet keeps it reachable.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CloseSymbol } from '../icons';
import './kit.css';

export interface SheetProps {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The close button's words (translated by the caller). */
  closeLabel: string;
  /** Always in view at the top of the sheet, beside its title (e.g. the quick exit button). */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

export function Sheet({ open, onClose, title, closeLabel, actions, children, className }: SheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // Focus starts on Close, never on an action in the top bar: a held Enter or a double tap on the button that
      // opened the sheet must not press quick exit (it would leave Heard and forget the young person's drafts).
      d.querySelector<HTMLElement>('.sheet-close')?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    // A tap on the backdrop (outside the sheet's box) closes it, as Escape does; the keyboard has Escape and the button.
    const onTap = (e: MouseEvent) => {
      if (e.target !== d) return;
      const r = d.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) d.close();
    };
    d.addEventListener('click', onTap);
    return () => d.removeEventListener('click', onTap);
  }, []);
  return (
    <dialog ref={dialog} className={['sheet', className].filter(Boolean).join(' ')} aria-labelledby={titleId} onClose={onClose}>
      <div className="sheet-bar">
        <h2 id={titleId}>{title}</h2>
        {actions}
        <button type="button" className="sheet-close" onClick={() => dialog.current?.close()}>
          <CloseSymbol aria-hidden="true" focusable="false" />
          <span className="visually-hidden">{closeLabel}</span>
        </button>
      </div>
      <div className="sheet-body">{children}</div>
    </dialog>
  );
}
