// Connection state: offline banner, "N things not sent yet", and anything the server refused, with why.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { discardRejected, useRefused, useUnsentCount } from '../my-items/data/outbox-status';
import { useOnline } from '../ui/use-online';
import { useSyncStatus } from '../sync/runtime';
import { refusalKey } from '../api/refusal';
import { useKeep } from '../ui/kit/kept';

export function StatusBar() {
  const { t } = useTranslation();
  const online = useOnline();
  const status = useSyncStatus();
  const queued = useUnsentCount();
  const rejected = useRefused();
  const [showRejected, setShowRejected] = useState(false);
  // A refusal the phone could not let go of stays in the list, saying so.
  const letGo = useKeep();

  return (
    <div className="status-bar" role="status" aria-live="polite">
      {!online && <p className="banner banner-offline">{t('status.offline')}</p>}
      {queued > 0 && <p className="banner banner-queued">{t('status.notSent', { count: queued })}</p>}
      {status === 'unjoined' && <p className="banner banner-warn">{t('status.joinAgain')}</p>}
      {status === 'needs-update' && <p className="banner banner-warn">{t('status.needsUpdate')}</p>}
      {rejected.length > 0 && (
        <div className="banner banner-warn">
          <button type="button" className="link-button" aria-expanded={showRejected} onClick={() => setShowRejected(!showRejected)}>
            {t('status.couldNotSend', { count: rejected.length })}
          </button>
          {showRejected && (
            <ul className="rejected-list">
              {rejected.map((r) => (
                <li key={r.id}>
                  <span>{t('rejected.why', { reason: t(refusalKey(r.code)) })}</span>{' '}
                  <button type="button" className="link-button" onClick={() => letGo.keep(() => discardRejected(r.id), undefined, r.id)}>
                    {t('rejected.remove')}
                  </button>
                  {letGo.failed(r.id) && (
                    <>
                      {' '}
                      <span role="alert">{t('notSaved')}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
