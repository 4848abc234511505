// "Your privacy": what happens to what you write (always one tap away), and "Forget this phone".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcknowledgeButton, PrivacyPoints } from '../../../my-items/components/privacy-notice';
import { usePrivacyAcknowledged } from '../../../my-items/data/privacy';
import { useUnsentCount, useUnsentSurveyCount } from '../../../my-items/data/outbox-status';
import { ScreenTitle } from '../../../ui/read-aloud';
import { Link } from '../../../ui/router';
import { forgetThisPhone, type ForgetOutcome } from '../data/forget';

export default function PrivacyPage({ onForgotten }: { onForgotten?: () => void }) {
  const { t } = useTranslation('privacy');
  const acknowledged = usePrivacyAcknowledged();
  return (
    <>
      <ScreenTitle>{t('page.title')}</ScreenTitle>
      <section aria-labelledby="privacy-notice-title" className="privacy-section">
        <h2 id="privacy-notice-title">{t('notice.title')}</h2>
        <PrivacyPoints />
        {acknowledged === false && <AcknowledgeButton />}
        <p>
          <Link href="/feed/mine" className="privacy-link">
            {t('page.takeBackLink')}
          </Link>
        </p>
      </section>
      <ForgetPhone onForgotten={onForgotten} />
    </>
  );
}

function ForgetPhone({ onForgotten }: { onForgotten?: () => void }) {
  const { t } = useTranslation('privacy');
  const unsent = useUnsentCount();
  const surveys = useUnsentSurveyCount();
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);
  const [offline, setOffline] = useState(typeof navigator !== 'undefined' && navigator.onLine === false);

  const [failed, setFailed] = useState(false);

  const forget = async () => {
    setWorking(true);
    setFailed(false);
    let outcome: ForgetOutcome;
    try {
      outcome = await forgetThisPhone();
    } catch {
      // The phone still keeps some or all of it: never go on as if it had forgotten. Say so and let them try again.
      setWorking(false);
      setFailed(true);
      return;
    }
    if (outcome === 'forgotten-offline') setOffline(true);
    // Start again at the join screen, with nothing of before in memory either.
    if (onForgotten) onForgotten();
    else window.location.replace('/join');
  };

  return (
    <section aria-labelledby="forget-title" className="privacy-section forget">
      <h2 id="forget-title">{t('forget.title')}</h2>
      <p>{t('forget.body')}</p>
      {unsent > 0 && (
        <p className="forget-warning" role="alert">
          {t('forget.unsent', { count: unsent })}
        </p>
      )}
      {surveys > 0 && (
        <p className="forget-warning" role="alert">
          {t('forget.survey')}
        </p>
      )}
      {offline && <p>{t('forget.offline')}</p>}
      {!asking ? (
        <button type="button" className="button button-danger" onClick={() => setAsking(true)}>
          {t('forget.button')}
        </button>
      ) : (
        <div className="forget-confirm" role="group" aria-labelledby="forget-sure">
          <p id="forget-sure">
            <strong>{t('forget.sure')}</strong>
          </p>
          <button type="button" className="button button-danger" disabled={working} onClick={() => void forget()}>
            {working ? t('forget.working') : t('forget.confirm')}
          </button>{' '}
          <button type="button" className="button button-secondary" disabled={working} onClick={() => setAsking(false)}>
            {t('forget.cancel')}
          </button>
          {failed && (
            <p className="forget-warning" role="alert">
              {t('forget.failed')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
