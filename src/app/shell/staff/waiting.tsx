// Beside a staff section that keeps people waiting (the safeguarding queue, requests): how many wait for someone to
// act and how long the oldest has waited, so nobody waits unseen. Asked when the frame opens, every minute and when
// the window comes back into focus; without a signal the last answer stays.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaitingAnswer, WaitingSummary } from '../../../shared/waiting';
import { loadWaiting } from './api';

const MINUTE = 60_000;

/** How long the oldest has waited, in the reader's language: "40 minutes", "3 hours", "2 days". */
export function ageWords(oldestAt: string, now: Date, lng: string): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(oldestAt).getTime()) / MINUTE));
  const [value, unit] =
    minutes < 60 ? [minutes, 'minute'] : minutes < 48 * 60 ? [Math.floor(minutes / 60), 'hour'] : [Math.floor(minutes / 1440), 'day'];
  return new Intl.NumberFormat(lng, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

export function useWaiting(active: boolean): WaitingAnswer | null {
  const [answer, setAnswer] = useState<WaitingAnswer | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const ask = () =>
      void loadWaiting().then(
        (a) => live && setAnswer(a),
        () => undefined, // offline or signed out: the screens say so; the last counts stay
      );
    ask();
    const every = setInterval(ask, MINUTE);
    window.addEventListener('focus', ask);
    return () => {
      live = false;
      clearInterval(every);
      window.removeEventListener('focus', ask);
    };
  }, [active]);
  return answer;
}

export function WaitingNote({ summary, now = new Date() }: { summary: WaitingSummary | undefined; now?: Date }) {
  const { t, i18n } = useTranslation('staff');
  if (!summary || summary.waiting === 0) return null;
  const age = summary.oldestAt ? ageWords(summary.oldestAt, now, i18n.language) : null;
  return (
    <span className="staff-nav-waiting">
      {age ? t('waiting.withAge', { count: summary.waiting, age }) : t('waiting.count', { count: summary.waiting })}
      {summary.overdue > 0 && <> · {t('waiting.overdue', { count: summary.overdue })}</>}
    </span>
  );
}
