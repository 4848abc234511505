// Joining a council with its code (typed, or from a /join/<code> link). Needs the internet once.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenTitle } from '../../../ui/read-aloud';
import { joinCouncil, takeJoinFromLink, type JoinFailure, type JoinResult } from '../data/join';

export default function JoinPage({ initialCode, onJoined }: { initialCode?: string; onJoined: () => void }) {
  const { t } = useTranslation('join');
  const [code, setCode] = useState(initialCode ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<JoinFailure | null>(null);
  const autoTried = useRef(false);

  const submit = async (attempt: Promise<JoinResult>) => {
    setBusy(true);
    setError(null);
    const result = await attempt;
    setBusy(false);
    if (result === 'joined') onJoined();
    else setError(result);
  };

  useEffect(() => {
    if (initialCode && !autoTried.current) {
      autoTried.current = true;
      // Heard started joining from the link before this screen was drawn: wait for that request, not a second one.
      void submit(takeJoinFromLink(initialCode) ?? joinCouncil(initialCode));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialCode]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void submit(joinCouncil(code));
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
