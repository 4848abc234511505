// Council settings (admin): name, out-of-hours number, the council's own words, districts, the statutory clock and the
// join code.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilSettings } from '../../../../shared/staff';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed } from '../../../ui/staff/load-failed';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { loadCouncil, rotateJoinCode, saveCouncil } from './api';
import { DistrictsEditor } from './districts-editor';
import { StatutoryClockEditor } from './statutory-clock-editor';

export function CouncilPage({ onError, onCouncilChanged }: Pick<StaffScreenProps, 'onError' | 'onCouncilChanged'>) {
  const { t } = useTranslation('staff');
  const council = useStaffData(loadCouncil, onError);
  const settings = council.data;
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [contactWord, setContactWord] = useState('');
  // When the safeguarding inbox is read, per language: young people see it after writing something that may be about harm.
  const [hours, setHours] = useState<Record<'en' | 'cy' | 'ar', string>>({ en: '', cy: '', ar: '' });
  const [message, setMessage] = useState<string | null>(null);
  // A save or a new join code the server did not take (the settings' own load failing is said by LoadFailed).
  const [error, setError] = useState<string | null>(null);
  const [ask, confirmDialog] = useConfirm();

  // Every answer from the server puts what it holds in the form: on opening, and after each change is saved.
  const [shown, setShown] = useState<CouncilSettings | null>(null);
  if (settings && settings !== shown) {
    setShown(settings);
    setName(settings.name);
    setPhone(settings.outOfHoursPhone);
    setContactWord(settings.vocabulary.en?.contact ?? '');
    setHours({ en: settings.safeguardingHours?.en ?? '', cy: settings.safeguardingHours?.cy ?? '', ar: settings.safeguardingHours?.ar ?? '' });
  }
  const fail = (e: unknown) => {
    onError(e);
    setError(errorText(e));
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!settings) return;
    setError(null);
    const en = { ...(settings.vocabulary.en ?? {}) };
    if (contactWord.trim()) en.contact = contactWord.trim();
    else delete en.contact;
    try {
      await saveCouncil({
        name,
        outOfHoursPhone: phone,
        vocabulary: { ...settings.vocabulary, en },
        // No English line means none at all: the phone then says only that a person will read it when next at work.
        safeguardingHours: hours.en.trim()
          ? { en: hours.en.trim(), ...(hours.cy.trim() ? { cy: hours.cy.trim() } : {}), ...(hours.ar.trim() ? { ar: hours.ar.trim() } : {}) }
          : null,
      });
      setMessage(t('council.saved'));
      council.reload();
      onCouncilChanged();
    } catch (err) {
      fail(err);
    }
  };
  const rotate = async () => {
    if (!(await ask({ title: t('confirm.rotate.title'), what: t('council.rotateConfirm'), confirm: t('council.rotate') }))) return;
    setMessage(null);
    try {
      const { joinCode } = await rotateJoinCode();
      setMessage(t('council.rotated', { code: joinCode }));
      council.reload();
    } catch (err) {
      fail(err);
    }
  };
  if (!settings) {
    return (
      <>
        <LoadFailed load={council} />
        {council.error === null && <p className="loading">{t('loading')}</p>}
      </>
    );
  }
  const link = `${window.location.origin}/join/${settings.joinCode}`;
  return (
    <>
      <h1>{t('council.title')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <LoadFailed load={council} />
      <p role="status" className="staff-notice">
        {message}
      </p>
      <form className="stack" onSubmit={(e) => void save(e)}>
        <label htmlFor="council-name">{t('council.name')}</label>
        <input id="council-name" required value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="council-phone">{t('council.phone')}</label>
        <input id="council-phone" type="tel" required value={phone} onChange={(e) => setPhone(e.target.value)} />
        <label htmlFor="council-contact">{t('council.contactWord')}</label>
        <input id="council-contact" value={contactWord} onChange={(e) => setContactWord(e.target.value)} />
        <fieldset className="stack">
          <legend>{t('council.safeguardingHours')}</legend>
          <p className="staff-meta">{t('council.safeguardingHoursNote')}</p>
          {(['en', 'cy', 'ar'] as const).map((lng) => (
            <label key={lng} className="stack">
              <span>{t(`council.safeguardingHoursIn.${lng}`)}</span>
              <input
                dir={lng === 'ar' ? 'rtl' : undefined}
                lang={lng}
                maxLength={200}
                value={hours[lng]}
                onChange={(e) => setHours((h) => ({ ...h, [lng]: e.target.value }))}
              />
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t('council.save')}
        </button>
      </form>
      <DistrictsEditor
        districts={settings.districts}
        onError={onError}
        onChanged={() => {
          council.reload();
          onCouncilChanged();
        }}
      />
      <StatutoryClockEditor
        key={`${settings.nation}:${JSON.stringify(settings.requestTimescales)}`}
        settings={settings}
        onError={onError}
        onSaved={council.reload}
      />
      <h2>{t('council.joinCode')}</h2>
      <p>
        <strong>{settings.joinCode}</strong> · <span className="staff-meta">{link}</span>
      </p>
      <button type="button" className="button button-secondary" onClick={() => void rotate()}>
        {t('council.rotate')}
      </button>
      {confirmDialog}
    </>
  );
}
