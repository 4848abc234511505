// What every staff modal <dialog> does: opens as a modal when it mounts, puts focus where it is told, keeps Tab and
// Shift+Tab going round inside it, and gives focus back to where it was (the button that opened it) however it closes.
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function useModalDialog(focusFirst: (dialog: HTMLDialogElement) => HTMLElement | null | undefined): {
  ref: RefObject<HTMLDialogElement | null>;
  onKeyDown: (e: KeyboardEvent<HTMLDialogElement>) => void;
} {
  const ref = useRef<HTMLDialogElement>(null);
  const first = useRef(focusFirst);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    first.current(d)?.focus();
    return () => {
      if (d.open && typeof d.close === 'function') d.close();
      if (returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const head = items[0];
    const tail = items[items.length - 1];
    if (!head || !tail) return;
    if (e.shiftKey && document.activeElement === head) {
      e.preventDefault();
      tail.focus();
    } else if (!e.shiftKey && document.activeElement === tail) {
      e.preventDefault();
      head.focus();
    }
  };

  return { ref, onKeyDown };
}
