// "A new version is ready": the new service worker takes over only when the young person agrees and nothing is
// being sent (drafts are saved as they type, so reloading loses nothing).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { syncNow, useSyncStatus } from '../sync/runtime';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const [waiting, setWaiting] = useState(false);
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, reg) {
      if (reg) setInterval(() => void reg.update(), 60 * 60_000);
    },
  });
  if (!needRefresh) return null;

  const apply = async () => {
    setWaiting(true);
    await syncNow();
    // Reload once the new worker controls the page. The plugin only reloads by itself when the page already had a
    // worker when it loaded, so on the very first visit "Update now" would otherwise switch workers silently.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    await updateServiceWorker(true);
  };
  return (
    <div className="update-prompt" role="alert">
      <p>{t('update.ready')}</p>
      {waiting && status === 'syncing' && <p>{t('update.waiting')}</p>}
      <button type="button" className="button" onClick={() => void apply()} disabled={waiting && status === 'syncing'}>
        {t('update.apply')}
      </button>
    </div>
  );
}
