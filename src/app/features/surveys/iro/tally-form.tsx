// The review's tally: for an age band, how many young people were offered the survey, completed it and said no.
// Kept on the device and sent when there is a signal; never linked to any answer.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, type AgeBand } from '../../../../shared/survey/definition';
import { queueReviewTally } from './data/queue';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function TallyForm({
  done,
  round,
  onSaved,
  onCancel,
}: {
  done: Partial<Record<AgeBand, number>>;
  round: string | undefined;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('survey-iro');
  const first = AGE_BANDS.find((b) => done[b]) ?? '8-11';
  const [band, setBand] = useState<AgeBand>(first);
  const [offered, setOffered] = useState(String(done[first] ?? 0));
  const [completed, setCompleted] = useState(String(done[first] ?? 0));
  const [declined, setDeclined] = useState('0');
  const [reviewedOn, setReviewedOn] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const counts = { offered: Number(offered), completed: Number(completed), declined: Number(declined) };
    if (!Object.values(counts).every((n) => Number.isInteger(n) && n >= 0 && n <= 1000)) return setProblem(t('tally.whole'));
    if (counts.completed + counts.declined > counts.offered) return setProblem(t('tally.tooMany'));
    if (!round) return setProblem(t('kit.none'));
    await queueReviewTally({ round, band, ...counts, reviewedOn }).then(onSaved, () => setProblem(t('tally.notSaved')));
  };

  const number = (label: string, value: string, set: (v: string) => void) => (
    <label className="staff-field">
      {label}
      <input type="number" inputMode="numeric" min={0} max={1000} required value={value} onChange={(e) => set(e.target.value)} />
    </label>
  );
  return (
    <form className="iro-tally" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('tally.title')}</h2>
      <p>{t('tally.intro')}</p>
      <label className="staff-field">
        {t('tally.band')}
        <select
          value={band}
          onChange={(e) => {
            const b = e.target.value as AgeBand;
            setBand(b);
            setCompleted(String(done[b] ?? 0));
          }}
        >
          {AGE_BANDS.map((b) => (
            <option key={b} value={b}>
              {t(`bands.${b}`)}
            </option>
          ))}
        </select>
      </label>
      {number(t('tally.offered'), offered, setOffered)}
      {number(t('tally.completed'), completed, setCompleted)}
      {number(t('tally.declined'), declined, setDeclined)}
      <label className="staff-field">
        {t('tally.reviewedOn')}
        <input type="date" required value={reviewedOn} onChange={(e) => setReviewedOn(e.target.value)} />
      </label>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button">
        {t('tally.save')}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('tally.cancel')}
      </button>
    </form>
  );
}
