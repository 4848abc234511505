// The fields of the alert email settings. The password field is always empty: a saved password is never sent back.
import { useTranslation } from 'react-i18next';
import type { MailForm } from './model/mail-form';

type SetMail = <K extends keyof MailForm>(key: K, value: MailForm[K]) => void;

const TEXT_FIELDS = [
  { key: 'host', type: 'text', autoComplete: 'off' },
  { key: 'port', type: 'text', autoComplete: 'off', inputMode: 'numeric' },
  { key: 'username', type: 'text', autoComplete: 'off' },
] as const;

export function MailFields({ form, set, passwordSet }: { form: MailForm; set: SetMail; passwordSet: boolean }) {
  const { t } = useTranslation('staff');
  const field = (key: 'from' | 'dutyInbox' | 'baseUrl', type: 'email' | 'url') => (
    <>
      <label htmlFor={`mail-${key}`}>{t(`alerts.fields.${key}`)}</label>
      <p id={`mail-${key}-hint`} className="staff-meta">
        {t(`alerts.hints.${key}`)}
      </p>
      <input
        id={`mail-${key}`}
        type={type}
        dir="ltr"
        value={form[key]}
        aria-describedby={`mail-${key}-hint`}
        onChange={(e) => set(key, e.target.value)}
      />
    </>
  );
  return (
    <>
      <h2>{t('alerts.serverTitle')}</h2>
      {TEXT_FIELDS.map((f) => (
        <div key={f.key} className="stack">
          <label htmlFor={`mail-${f.key}`}>{t(`alerts.fields.${f.key}`)}</label>
          <input
            id={`mail-${f.key}`}
            type={f.type}
            dir="ltr"
            autoComplete={f.autoComplete}
            {...('inputMode' in f ? { inputMode: f.inputMode } : {})}
            value={form[f.key]}
            onChange={(e) => set(f.key, e.target.value)}
          />
        </div>
      ))}
      <div>
        <input id="mail-secure" type="checkbox" checked={form.secure} onChange={(e) => set('secure', e.target.checked)} />{' '}
        <label htmlFor="mail-secure">{t('alerts.fields.secure')}</label>
      </div>
      <label htmlFor="mail-password">{t('alerts.fields.password')}</label>
      <p id="mail-password-state" className="staff-meta">
        {t(passwordSet ? 'alerts.passwordSet' : 'alerts.passwordNotSet')}
      </p>
      <input
        id="mail-password"
        type="password"
        dir="ltr"
        autoComplete="new-password"
        value={form.password}
        aria-describedby="mail-password-state"
        onChange={(e) => set('password', e.target.value)}
      />
      <h2>{t('alerts.whereTitle')}</h2>
      {field('from', 'email')}
      {field('dutyInbox', 'email')}
      <label htmlFor="mail-moreInboxes">{t('alerts.fields.moreInboxes')}</label>
      <p id="mail-moreInboxes-hint" className="staff-meta">
        {t('alerts.hints.moreInboxes')}
      </p>
      <textarea
        id="mail-moreInboxes"
        dir="ltr"
        rows={3}
        value={form.moreInboxes}
        aria-describedby="mail-moreInboxes-hint"
        onChange={(e) => set('moreInboxes', e.target.value)}
      />
      {field('baseUrl', 'url')}
    </>
  );
}
