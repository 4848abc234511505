// The safeguarding queue's rules (admin): how many hours the council gives itself to act on an item, and who hears,
// in order, when nobody has acted by then. The queue shows each item's due time from this; the escalation round
// emails the next person on the list after each further response time.
import { useState, type FormEvent } from 'react';
import type { SafeguardingPeople, SafeguardingSettings } from '../../../../shared/safeguarding';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed, type Attempt } from '../../../ui/staff/load-failed';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { listQueuePeople, loadQueueSettings, saveQueueSettings } from './api';
import { move, notListed, responseHours, type Person } from './model/escalation-list';

export function SafeguardingSettingsPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('staff');
  const settings = useStaffData(loadQueueSettings, onError);
  const team = useStaffData(listQueuePeople, onError);
  const [notice, setNotice] = useState('');
  return (
    <>
      <h1>{t('safeguardingSettings.title')}</h1>
      <p>{t('safeguardingSettings.intro')}</p>
      <p role="status" className="staff-notice">
        {notice}
      </p>
      <LoadFailed load={settings} />
      {!settings.data && settings.error === null && <p className="loading">{t('loading')}</p>}
      {settings.data && (
        <SettingsForm
          key={JSON.stringify(settings.data)}
          initial={settings.data}
          team={team.data}
          teamLoad={team}
          onSaved={(saved) => {
            settings.setData(saved);
            setNotice(t('safeguardingSettings.saved'));
          }}
          onError={onError}
        />
      )}
    </>
  );
}

interface FormProps {
  initial: SafeguardingSettings;
  /** The queue's team (null while loading, or when it could not be loaded). */
  team: SafeguardingPeople['people'] | null;
  /** The team's load: when it failed, said with "Try again" (until then no one can be added). */
  teamLoad: Attempt;
  onSaved: (saved: SafeguardingSettings) => void;
  onError: (e: unknown) => void;
}

function SettingsForm({ initial, team, teamLoad, onSaved, onError }: FormProps) {
  const { t } = useTranslation('staff');
  const [hours, setHours] = useState(String(initial.respondWithinHours));
  const [list, setList] = useState<Person[]>(initial.escalateTo);
  const [adding, setAdding] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const addable = notListed(team ?? [], list);
  const add = () => {
    const person = addable.find((p) => p.id === adding);
    if (person) setList((l) => [...l, person]);
    setAdding('');
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const n = responseHours(hours);
    if (n === null) return setProblems([t('safeguardingSettings.hoursProblem')]);
    setProblems([]);
    setBusy(true);
    try {
      onSaved(await saveQueueSettings({ respondWithinHours: n, escalateTo: list.map((p) => p.id) }));
    } catch (err) {
      onError(err);
      setProblems([errorText(err)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void save(e)} noValidate>
      <label htmlFor="sg-hours">{t('safeguardingSettings.hours')}</label>
      <p id="sg-hours-rule" className="staff-meta">
        {t('safeguardingSettings.hoursRule')}
      </p>
      <input
        id="sg-hours"
        type="number"
        inputMode="numeric"
        min={1}
        max={72}
        required
        value={hours}
        aria-describedby="sg-hours-rule"
        onChange={(e) => setHours(e.target.value)}
      />
      <h2 id="sg-list-title">{t('safeguardingSettings.listTitle')}</h2>
      <p className="staff-meta">{t('safeguardingSettings.listRule')}</p>
      {list.length === 0 ? (
        <p>{t('safeguardingSettings.listEmpty')}</p>
      ) : (
        <ol className="staff-list" aria-labelledby="sg-list-title">
          {list.map((p, i) => (
            <li key={p.id} className="staff-card">
              <p>{t('safeguardingSettings.step', { n: i + 1, name: p.name })}</p>
              <div className="staff-actions">
                <button type="button" className="button button-secondary" disabled={i === 0} onClick={() => setList((l) => move(l, i, -1))}>
                  {t('safeguardingSettings.up')}
                  <span className="visually-hidden"> {p.name}</span>
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={i === list.length - 1}
                  onClick={() => setList((l) => move(l, i, 1))}
                >
                  {t('safeguardingSettings.down')}
                  <span className="visually-hidden"> {p.name}</span>
                </button>
                <button type="button" className="button button-secondary" onClick={() => setList((l) => l.filter((x) => x.id !== p.id))}>
                  {t('safeguardingSettings.remove')}
                  <span className="visually-hidden"> {p.name}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <label htmlFor="sg-add">{t('safeguardingSettings.addLabel')}</label>
      <div className="staff-actions">
        <select id="sg-add" value={adding} onChange={(e) => setAdding(e.target.value)} disabled={!team}>
          <option value="">{t('safeguardingSettings.choose')}</option>
          {addable.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button type="button" className="button button-secondary" disabled={adding === '' || list.length >= 10} onClick={add}>
          {t('safeguardingSettings.add')}
        </button>
      </div>
      {!team && <LoadFailed load={teamLoad} words={(reason) => t('safeguardingSettings.teamFailed', { reason })} />}
      <ProblemSummary id="sg-settings-problems" messages={problems} />
      <div className="staff-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('safeguardingSettings.save')}
        </button>
      </div>
    </form>
  );
}
