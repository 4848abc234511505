// Staff sign-in: email and password; a lock after too many tries is said plainly.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMe } from '../../../shared/staff';
import { StaffApiError } from '../../api/request';
import { signIn } from './api';

export function SignIn({ onSignedIn, signedOutNote }: { onSignedIn: (me: StaffMe) => void; signedOutNote: boolean }) {
  const { t } = useTranslation('staff');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(email, password));
    } catch (err) {
      if (err instanceof StaffApiError && err.code === 'sign-in-locked') setError(t('signIn.locked'));
      else setError(err instanceof StaffApiError ? err.message : t('signIn.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="staff-main" id="main">
      <h1>{t('signIn.title')}</h1>
      {signedOutNote && <p className="staff-note">{t('signIn.timedOut')}</p>}
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label htmlFor="staff-email">{t('signIn.email')}</label>
        <input id="staff-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="staff-password">{t('signIn.password')}</label>
        <input
          id="staff-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
