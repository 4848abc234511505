// A button the adult presses and holds (pointer, or Enter / Space held down) for a moment: a child's quick tap on the
// hand-back screen does not end their session by mistake.
import { useEffect, useRef, useState } from 'react';

export const HOLD_MS = 1200;

export function HoldToConfirm({ label, busy, onConfirmed }: { label: string; busy: boolean; onConfirmed: () => void }) {
  const [holding, setHolding] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const stop = () => {
    window.clearTimeout(timer.current);
    setHolding(false);
  };
  const start = () => {
    if (busy || timer.current !== undefined) return;
    setHolding(true);
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      setHolding(false);
      onConfirmed();
    }, HOLD_MS);
  };
  const release = () => {
    stop();
    timer.current = undefined;
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <button
      type="button"
      className={`button button-block iro-hold${holding ? ' iro-hold-on' : ''}`}
      disabled={busy}
      onPointerDown={start}
      onPointerUp={release}
      onPointerLeave={release}
      onPointerCancel={release}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) {
          e.preventDefault();
          start();
        }
      }}
      onKeyUp={(e) => {
        if (e.key === 'Enter' || e.key === ' ') release();
      }}
      onContextMenu={(e) => e.preventDefault()}
    >
      <span className="iro-hold-fill" aria-hidden="true" style={{ animationDuration: `${HOLD_MS}ms` }} />
      <span className="iro-hold-label">{label}</span>
    </button>
  );
}
