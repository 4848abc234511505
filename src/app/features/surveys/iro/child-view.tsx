// The child's part of a review survey: the whole screen, over the staff area (which is made inert, so neither a tap
// nor a screen reader reaches the staff navigation), with only the survey, read-aloud and "I don't feel safe". At the
// end, "Give the device back to the adult", and the adult presses and holds to take it back.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { PeopleSymbol } from '../../../ui/icons';
import { ReadAloudScreen } from '../../../ui/read-aloud';
import { SAFETY_HELP_EVENT } from '../../../ui/safety-events';
import { HoldToConfirm } from './hold-to-confirm';

export function ChildScreen({ children }: { children: ReactNode }) {
  useEffect(() => {
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    return () => root?.removeAttribute('inert');
  }, []);
  return createPortal(
    <div className="iro-child" role="main" id="iro-child">
      <header className="iro-child-bar">
        <ChildHelp />
      </header>
      <div className="iro-child-body">{children}</div>
    </div>,
    document.body,
  );
}

function ChildHelp() {
  const { t } = useTranslation(['safety', 'survey-iro']);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = () => {
    dialog.current?.showModal();
    dialog.current?.querySelector<HTMLElement>('h2')?.focus();
  };
  useEffect(() => {
    window.addEventListener(SAFETY_HELP_EVENT, open);
    return () => window.removeEventListener(SAFETY_HELP_EVENT, open);
  }, []);
  return (
    <>
      <button type="button" className="safety-button" onClick={open}>
        {t('safety:button')}
      </button>
      <dialog ref={dialog} className="safety-dialog" aria-labelledby="iro-safety-title">
        <h2 id="iro-safety-title" tabIndex={-1}>
          {t('safety:title')}
        </h2>
        <p>{t('survey-iro:child.tellAdult')}</p>
        <p>{t('safety:intro')}</p>
        <ul className="safety-numbers">
          <li>
            <a href="tel:999">{t('safety:emergency')}</a>
          </li>
          <li>
            <a href="tel:08001111">{t('safety:childline')}</a>
          </li>
          <li>
            <a href="tel:08088005792">{t('safety:alwaysHeard')}</a>
          </li>
        </ul>
        <form method="dialog">
          <button type="submit" className="button">
            {t('safety:close')}
          </button>
        </form>
      </dialog>
    </>
  );
}

/** The last screen the child sees: give the device back. Only the adult's press and hold goes on. */
export function HandBack({ finished, onConfirmed }: { finished: boolean; onConfirmed: () => void }) {
  const { t } = useTranslation('survey-iro');
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="iro-hand-back" aria-labelledby="iro-hand-back-title">
      <div className="screen-title">
        <h2 id="iro-hand-back-title" ref={heading} tabIndex={-1}>
          {t('handBack.title')}
        </h2>
        <ReadAloudScreen root={() => document.getElementById('iro-child')} />
      </div>
      <PeopleSymbol className="iro-hand-back-art" aria-hidden="true" />
      <p>{finished ? t('handBack.thanks') : t('handBack.stopped')}</p>
      <HoldToConfirm
        label={t('handBack.hold')}
        busy={busy}
        onConfirmed={() => {
          setBusy(true);
          onConfirmed();
        }}
      />
      <p className="iro-hold-hint">{t('handBack.holdHint')}</p>
    </section>
  );
}
