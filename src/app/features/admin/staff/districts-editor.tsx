// The council's districts (admin): add one, or rename one in place. Each change is saved at once, said politely, and
// reaches young people's phones at their next sync.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { District } from '../../../../shared/council';
import { errorText } from '../../../ui/staff/error-text';
import { addDistrict, renameDistrict } from './api';

interface Props {
  districts: readonly District[];
  onChanged: () => void;
  onError: (e: unknown) => void;
}

export function DistrictsEditor({ districts, onChanged, onError }: Props) {
  const { t } = useTranslation('staff');
  const [names, setNames] = useState<Record<string, string>>({});
  const [fresh, setFresh] = useState('');
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (change: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await change();
      setStatus(done);
      onChanged();
      return true;
    } catch (e) {
      onError(e);
      setProblem(errorText(e));
      return false;
    }
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const name = fresh.trim();
    if (await run(() => addDistrict(name), t('council.districtAdded', { name }))) setFresh('');
  };
  const rename = async (e: FormEvent, d: District) => {
    e.preventDefault();
    const name = (names[d.id] ?? d.name).trim();
    await run(() => renameDistrict(d.id, name), t('council.districtRenamed', { name }));
  };

  return (
    <section aria-labelledby="districts-title">
      <h2 id="districts-title">{t('council.districts')}</h2>
      <p className="staff-meta">{t('council.districtsIntro')}</p>
      <ul className="staff-list">
        {districts.map((d) => (
          <li key={d.id}>
            <form className="staff-actions" onSubmit={(e) => void rename(e, d)}>
              <label className="visually-hidden" htmlFor={`district-${d.id}`}>
                {t('council.districtName', { name: d.name })}
              </label>
              <input
                id={`district-${d.id}`}
                value={names[d.id] ?? d.name}
                maxLength={80}
                onChange={(e) => setNames((n) => ({ ...n, [d.id]: e.target.value }))}
              />
              <button type="submit" className="button button-secondary" aria-label={t('council.renameLabel', { name: d.name })}>
                {t('council.rename')}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <form className="stack" onSubmit={(e) => void add(e)}>
        <label htmlFor="district-new">{t('council.newDistrict')}</label>
        <input id="district-new" value={fresh} maxLength={80} onChange={(e) => setFresh(e.target.value)} />
        <button type="submit" className="button">
          {t('council.addDistrict')}
        </button>
      </form>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <p role="status" className="staff-notice">
        {status}
      </p>
    </section>
  );
}
