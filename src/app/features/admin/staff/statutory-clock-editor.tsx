// The statutory clock (admin): whose rules apply, the council's own timescales within them, and the bank holidays the
// clock counts (a newer list from GOV.UK can be uploaded). The counting rule is stated where the numbers are set.
import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankHolidayList } from '../../../../shared/requests/bank-holiday-upload';
import { DEFAULT_TIMESCALES, type Timescales } from '../../../../shared/requests/clock';
import type { Nation } from '../../../../shared/requests/request';
import type { CouncilSettings } from '../../../../shared/staff';
import { loadBankHolidays, saveCouncil, uploadBankHolidays } from './api';

const FIELDS = [
  'acknowledge',
  'stage1',
  'stage1Max',
  'stage2Window',
  'stage2',
  'stage2Max',
  'stage3Window',
  'stage3Panel',
  'stage3Report',
  'stage3Response',
] as const;

interface Props {
  settings: CouncilSettings;
  onSaved: () => void;
  onError: (e: unknown) => void;
}

export function StatutoryClockEditor({ settings, onSaved, onError }: Props) {
  const { t } = useTranslation('staff');
  const [nation, setNation] = useState<Nation>(settings.nation);
  const [times, setTimes] = useState<Timescales>(settings.requestTimescales);
  const [holidays, setHolidays] = useState<BankHolidayList | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rules = DEFAULT_TIMESCALES[nation];

  const fail = useCallback(
    (e: unknown) => {
      onError(e);
      setError(e instanceof Error ? e.message : String(e));
    },
    [onError],
  );
  useEffect(() => void loadBankHolidays().then(setHolidays, fail), [fail]);

  const chooseNation = (next: Nation) => {
    setNation(next);
    setTimes(DEFAULT_TIMESCALES[next]);
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await saveCouncil({ nation, requestTimescales: times });
      setMessage(t('council.clock.saved'));
      onSaved();
    } catch (err) {
      fail(err);
    }
  };
  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setError(null);
    try {
      const list = await uploadBankHolidays(JSON.parse(await file.text()) as unknown);
      setHolidays(list);
      setMessage(t('council.clock.uploaded', { last: list.rulesFrom - 1 }));
    } catch (err) {
      fail(err instanceof SyntaxError ? new Error(t('council.clock.notJson')) : err);
    }
  };

  return (
    <section aria-labelledby="clock-title" className="stack">
      <h2 id="clock-title">{t('council.clock.title')}</h2>
      <p>
        <strong>{t('council.clock.countingRule')}</strong>
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="staff-notice">
        {message}
      </p>
      <form className="stack" onSubmit={(e) => void save(e)}>
        <label htmlFor="clock-nation">{t('council.clock.nation')}</label>
        <select id="clock-nation" value={nation} onChange={(e) => chooseNation(e.target.value as Nation)}>
          <option value="england">{t('council.clock.nations.england')}</option>
          <option value="wales">{t('council.clock.nations.wales')}</option>
        </select>
        <p className="staff-meta">{t('council.clock.rule')}</p>
        {FIELDS.map((field) => {
          const limit = rules[field];
          const value = times[field];
          if (limit === null || value === null) return null;
          const asking = field === 'stage2Window' || field === 'stage3Window';
          return (
            <div key={field} className="stack">
              <label htmlFor={`clock-${field}`}>{t(`council.clock.fields.${field}`)}</label>
              <input
                id={`clock-${field}`}
                type="number"
                inputMode="numeric"
                min={asking ? limit : 1}
                max={asking ? 60 : limit}
                required
                value={value}
                aria-describedby={`clock-${field}-limit`}
                onChange={(e) => setTimes((s) => ({ ...s, [field]: Number(e.target.value) }))}
              />
              <span id={`clock-${field}-limit`} className="staff-meta">
                {t(asking ? 'council.clock.atLeast' : 'council.clock.atMost', { count: limit })}
              </span>
            </div>
          );
        })}
        <div className="staff-actions">
          <button type="submit" className="button">
            {t('council.clock.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setTimes(rules)}>
            {t('council.clock.useRegulations')}
          </button>
        </div>
      </form>
      <h3>{t('council.clock.holidaysTitle')}</h3>
      {holidays && (
        <p>
          {holidays.upload
            ? t('council.clock.holidaysUploaded', {
                at: holidays.upload.at.slice(0, 10),
                first: holidays.upload.firstYear,
                last: holidays.upload.lastYear,
              })
            : t('council.clock.holidaysSnapshot', { first: holidays.snapshot.firstYear, last: holidays.snapshot.lastYear })}{' '}
          {t('council.clock.rulesFrom', { year: holidays.rulesFrom })}
        </p>
      )}
      <label htmlFor="clock-upload">{t('council.clock.upload')}</label>
      <p className="staff-meta" id="clock-upload-note">
        {t('council.clock.uploadNote')}
      </p>
      <input id="clock-upload" type="file" accept="application/json,.json" aria-describedby="clock-upload-note" onChange={(e) => void upload(e)} />
    </section>
  );
}
