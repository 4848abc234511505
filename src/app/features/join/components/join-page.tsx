// Joining a council with its code (typed, or from a /join/<code> link). Needs the internet once.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../../../ui/read-aloud';
import { joinCouncil, joinTriedFromLink, type JoinFailure } from '../data/join';

export default function JoinPage({ initialCode, onJoined }: { initialCode?: string; onJoined: () => void }) {
  const { t } = useTranslation('join');
  const [code, setCode] = useState(initialCode ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<JoinFailure | null>(null);
  const autoTried = useRef(false);

  const submit = async (value: string, fromLink = false) => {
    setBusy(true);
    setError(null);
    // A link's code was sent as the app started (main.tsx): its answer is taken instead of asking a second time.
    const result = await ((fromLink && joinTriedFromLink(value)) || joinCouncil(value));
    setBusy(false);
    if (result === 'joined') onJoined();
    else setError(result);
  };

  useEffect(() => {
    if (initialCode && !autoTried.current) {
      autoTried.current = true;
      void submit(initialCode, true);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialCode]);

  // No signal when the code was tried (a link opened in a dead spot): it is tried again, once, as the signal comes back.
  useEffect(() => {
    if (error !== 'offline' || busy) return;
    const retry = () => void submit(code);
    window.addEventListener('online', retry, { once: true });
    return () => window.removeEventListener('online', retry);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, busy, code]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(code);
  };
  return (
    <>
      <ScreenTitle>{t('title')}</ScreenTitle>
      <p>{t('intro')}</p>
      <form onSubmit={onSubmit} className="stack">
        <label htmlFor="join-code">{t('codeLabel')}</label>
        <input
          id="join-code"
          name="joinCode"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={code}
          required
          aria-invalid={error === 'wrong-code'}
          aria-describedby={error ? 'join-error' : undefined}
          onChange={(e) => setCode(e.target.value)}
        />
        {error && (
          <p id="join-error" className="error" role="alert">
            {t(error === 'offline' ? 'needOnline' : error === 'wrong-code' ? 'wrongCode' : error === 'too-many' ? 'tooMany' : 'failed')}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('joining') : t('submit')}
        </button>
      </form>
      <p className="small">{t('privacy')}</p>
    </>
  );
}
