// Offers "add to home screen" only where the browser says it can.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

export function InstallButton() {
  const { t } = useTranslation();
  const [event, setEvent] = useState<InstallPromptEvent | null>(null);
  useEffect(() => {
    const onPrompt = (e: Event) => {
      e.preventDefault();
      setEvent(e as InstallPromptEvent);
    };
    const onInstalled = () => setEvent(null);
    window.addEventListener('beforeinstallprompt', onPrompt);
    window.addEventListener('appinstalled', onInstalled);
    return () => {
      window.removeEventListener('beforeinstallprompt', onPrompt);
      window.removeEventListener('appinstalled', onInstalled);
    };
  }, []);
  if (!event) return null;
  return (
    <button
      type="button"
      className="button button-secondary"
      onClick={() => {
        void event.prompt();
        setEvent(null);
      }}
    >
      {t('install.button')}
    </button>
  );
}
