// The quick exit button. It sits in the header and inside every dialog, because a modal dialog makes the rest of the
// page inert: a phone has no Escape key, so the button must be where the young person's thumb can reach it.
import { useTranslation } from 'react-i18next';
import { quickExit } from './quick-exit';

export function QuickExitButton({ className = 'quick-exit-button' }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className={className} onClick={() => quickExit()} title={t('quickExit.hint')}>
      {t('quickExit.button')}
    </button>
  );
}
