// Council settings (admin): name, out-of-hours number, the council's own words, districts, the statutory clock and the
// join code.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilSettings } from '../../../../shared/staff';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { loadCouncil, rotateJoinCode, saveCouncil } from './api';
import { DistrictsEditor } from './districts-editor';
import { StatutoryClockEditor } from './statutory-clock-editor';

export function CouncilPage({ onError, onCouncilChanged }: Pick<StaffScreenProps, 'onError' | 'onCouncilChanged'>) {
  const { t } = useTranslation('staff');
  const [settings, setSettings] = useState<CouncilSettings | null>(null);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [contactWord, setContactWord] = useState('');
  // When the safeguarding inbox is read, per language: young people see it after writing something that may be about harm.
  const [hours, setHours] = useState<Record<'en' | 'cy' | 'ar', string>>({ en: '', cy: '', ar: '' });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ask, confirmDialog] = useConfirm();

  const fail = useCallback(
    (e: unknown) => {
      onError(e);
      setError(e instanceof Error ? e.message : String(e));
    },
    [onError],
  );
  const load = useCallback(() => {
    loadCouncil().then((s) => {
      setSettings(s);
      setName(s.name);
      setPhone(s.outOfHoursPhone);
      setContactWord(s.vocabulary.en?.contact ?? '');
      setHours({ en: s.safeguardingHours?.en ?? '', cy: s.safeguardingHours?.cy ?? '', ar: s.safeguardingHours?.ar ?? '' });
    }, fail);
  }, [fail]);
  useEffect(load, [load]);

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
      load();
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
      load();
    } catch (err) {
      fail(err);
    }
  };
  if (!settings) return <p className="loading">{error ?? t('loading')}</p>;
  const link = `${window.location.origin}/join/${settings.joinCode}`;
  return (
    <>
      <h1>{t('council.title')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
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
          load();
          onCouncilChanged();
        }}
      />
      <StatutoryClockEditor
        key={`${settings.nation}:${JSON.stringify(settings.requestTimescales)}`}
        settings={settings}
        onError={onError}
        onSaved={load}
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
