// "My password": a signed-in member of staff changes their own password. Their other sessions end on the server.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffApiError } from '../../api/request';
import type { StaffScreenProps } from '../../ui/staff/screen-props';
import { changeMyPassword } from './api';

export function MyPasswordPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('staff');
  const [form, setForm] = useState({ current: '', next: '', again: '' });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(false);
    if (form.next !== form.again) {
      setError(t('myPassword.mismatch'));
      return;
    }
    setBusy(true);
    try {
      await changeMyPassword(form.current, form.next);
      setForm({ current: '', next: '', again: '' });
      setDone(true);
    } catch (err) {
      onError(err);
      if (err instanceof StaffApiError && err.code === 'wrong-password') setError(t('myPassword.wrong'));
      else if (err instanceof StaffApiError && err.code === 'sign-in-locked') setError(t('myPassword.locked'));
      else setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('myPassword.title')}</h1>
      {done && (
        <p className="staff-note" role="status">
          {t('myPassword.done')}
        </p>
      )}
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <label htmlFor="pw-current">{t('myPassword.current')}</label>
        <input
          id="pw-current"
          type="password"
          autoComplete="current-password"
          required
          value={form.current}
          onChange={(e) => setForm({ ...form, current: e.target.value })}
        />
        <label htmlFor="pw-new">{t('myPassword.new')}</label>
        <input
          id="pw-new"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={200}
          value={form.next}
          onChange={(e) => setForm({ ...form, next: e.target.value })}
        />
        <label htmlFor="pw-again">{t('myPassword.confirm')}</label>
        <input
          id="pw-again"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={200}
          value={form.again}
          onChange={(e) => setForm({ ...form, again: e.target.value })}
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('myPassword.submit')}
        </button>
      </form>
    </>
  );
}
