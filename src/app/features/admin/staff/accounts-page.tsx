// Staff accounts (admin): create with roles and a first password, change roles, disable, reset a password (the new
// one is shown once, here, and never again).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role, type StaffAccount } from '../../../../shared/staff';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { createAccount, listAccounts, resetPassword, updateAccount } from './api';

export function AccountsPage({ me, onError }: Pick<StaffScreenProps, 'me' | 'onError'>) {
  const { t } = useTranslation('staff');
  const accounts = useStaffData(listAccounts, onError);
  // A change, a reset or a new account the server did not take (the list's own load failing is said by LoadFailed).
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState({ email: '', name: '', password: '', roles: [] as Role[] });
  const [newPassword, setNewPassword] = useState<{ id: string; password: string } | null>(null);
  const [ask, confirmDialog] = useConfirm();

  const fail = (e: unknown) => {
    onError(e);
    setError(errorText(e));
  };

  const change = async (a: StaffAccount, update: { roles?: Role[]; disabled?: boolean }) => {
    setError(null);
    try {
      await updateAccount(a.id, update);
      accounts.reload();
    } catch (e) {
      fail(e);
    }
  };
  const reset = async (a: StaffAccount) => {
    setError(null);
    setNewPassword(null);
    if (!(await ask({ title: t('confirm.reset.title', { name: a.name }), what: t('accounts.resetConfirm'), confirm: t('accounts.reset') }))) return;
    try {
      const r = await resetPassword(a.id);
      if (r.password) setNewPassword({ id: a.id, password: r.password });
    } catch (err) {
      fail(err);
    }
  };
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await createAccount(form);
      setForm({ email: '', name: '', password: '', roles: [] });
      accounts.reload();
    } catch (err) {
      fail(err);
    }
  };
  const toggleRole = (roles: Role[], r: Role) => (roles.includes(r) ? roles.filter((x) => x !== r) : [...roles, r]);

  return (
    <>
      <h1>{t('accounts.title')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <LoadFailed load={accounts} />
      {!accounts.data && accounts.error === null && <p className="loading">{t('loading')}</p>}
      <ul className="staff-list">
        {accounts.data?.map((a) => (
          <li key={a.id} className="staff-card">
            <p className="staff-post-text">
              {a.name} · {a.email} {a.disabled && `· ${t('accounts.disabled')}`}
            </p>
            <fieldset className="staff-roles">
              <legend>{t('accounts.roles')}</legend>
              {ROLES.map((r) => (
                <label key={r}>
                  <input type="checkbox" checked={a.roles.includes(r)} onChange={() => void change(a, { roles: toggleRole(a.roles, r) })} />{' '}
                  {t(`roles.${r}`)}
                </label>
              ))}
            </fieldset>
            {a.id !== me.id && (
              <button type="button" className="button button-secondary" onClick={() => void change(a, { disabled: !a.disabled })}>
                {a.disabled ? t('accounts.enable') : t('accounts.disable')}
              </button>
            )}
            {a.id !== me.id && (
              <button type="button" className="button button-secondary" onClick={() => void reset(a)}>
                {t('accounts.reset')}
              </button>
            )}
            {newPassword?.id === a.id && (
              <div className="staff-note" role="status">
                <p>{t('accounts.newPassword')}</p>
                <p>
                  <code>{newPassword.password}</code>
                </p>
                <button type="button" className="button button-secondary" onClick={() => setNewPassword(null)}>
                  {t('accounts.hidePassword')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <h2>{t('accounts.new')}</h2>
      <form className="stack" onSubmit={(e) => void create(e)}>
        <label htmlFor="acc-name">{t('accounts.name')}</label>
        <input id="acc-name" required value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        <label htmlFor="acc-email">{t('accounts.email')}</label>
        <input id="acc-email" type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        <label htmlFor="acc-password">{t('accounts.password')}</label>
        <input
          id="acc-password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
        />
        <fieldset className="staff-roles">
          <legend>{t('accounts.roles')}</legend>
          {ROLES.map((r) => (
            <label key={r}>
              <input type="checkbox" checked={form.roles.includes(r)} onChange={() => setForm({ ...form, roles: toggleRole(form.roles, r) })} />{' '}
              {t(`roles.${r}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t('accounts.create')}
        </button>
      </form>
      {confirmDialog}
    </>
  );
}
