// "I don't feel safe": always on screen, works offline (numbers are in the app, the council's from its settings).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuickExitButton } from './quick-exit-button';
import { pickText } from '../../shared/pick-text';
import { useCouncil } from '../council/use-council';
import { SAFETY_HELP_EVENT } from '../ui/safety-events';
import { PhoneNumber } from '../ui/phone-number';
import { Link } from '../ui/router';

export function SafetyHelp({ outOfHoursPhone }: { outOfHoursPhone: string | undefined }) {
  const { t, i18n } = useTranslation('safety');
  const dialog = useRef<HTMLDialogElement>(null);
  // When the council reads what was just written: its own words, from its settings.
  const stated = useCouncil()?.safeguardingHours;
  const hours = stated ? pickText(stated, i18n.language) : null;
  const [afterPost, setAfterPost] = useState(false);

  useEffect(() => {
    const open = (e: Event) => {
      setAfterPost(e instanceof CustomEvent && e.detail === 'after-post');
      if (!dialog.current?.open) showHelp(dialog.current);
    };
    window.addEventListener(SAFETY_HELP_EVENT, open);
    return () => window.removeEventListener(SAFETY_HELP_EVENT, open);
  }, []);

  const open = () => {
    setAfterPost(false);
    showHelp(dialog.current);
  };

  return (
    <>
      <button type="button" className="safety-button" onClick={open}>
        {t('button')}
      </button>
      <dialog ref={dialog} className="safety-dialog" aria-labelledby="safety-title">
        {/* Quick exit first, so it is the first thing a thumb or a screen reader reaches, in every language; the title
            beside it, so both stay in view however far the numbers scroll. */}
        <div className="dialog-bar">
          <QuickExitButton className="quick-exit-button dialog-quick-exit" />
          <h2 id="safety-title" tabIndex={-1}>
            {t('title')}
          </h2>
        </div>
        {afterPost && (
          <div className="safety-after-post">
            <p>{t('afterPost')}</p>
            {hours && (
              <p>
                {t('afterPostHours')} <span lang={hours.translated ? undefined : 'en'}>{hours.text}</span>
              </p>
            )}
          </div>
        )}
        <p>{t('intro')}</p>
        <ul className="safety-numbers">
          <li>
            <a href="tel:999">{t('emergency')}</a>
          </li>
          <li>
            <a href="tel:08001111">{t('childline')}</a>
          </li>
          {outOfHoursPhone && (
            <li>
              <PhoneNumber number={outOfHoursPhone} sentence={t('council', { phone: outOfHoursPhone })} />
            </li>
          )}
          <li>
            <a href="tel:08088005792">{t('alwaysHeard')}</a>
          </li>
        </ul>
        {/* A plain link, carrying nothing of the screen it was opened from (a survey's answers stay where they are). */}
        <p className="safety-contact-me">
          <Link href="/help/new/contact-me" onClick={() => dialog.current?.close()}>
            {t('contactMe')}
          </Link>
        </p>
        <form method="dialog">
          <button type="submit" className="button">
            {t('close')}
          </button>
        </form>
      </dialog>
    </>
  );
}

/**
 * Opens the help with focus on its title (read out first by a screen reader), not on quick exit, the first button: a
 * held Enter or a double tap on "I don't feel safe" must not leave Heard. Quick exit is one step back from the title.
 */
function showHelp(dialog: HTMLDialogElement | null): void {
  if (!dialog) return;
  dialog.showModal();
  dialog.querySelector<HTMLElement>('#safety-title')?.focus();
}
