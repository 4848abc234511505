// The care population for the round (admin): per age band, how many girls and boys are in care (female and male, as
// the DfE counts them). Response rates are worked out against it; a box left blank means "not known".
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS } from '../../../../shared/survey/definition';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { loadPopulations, ROUND, savePopulations } from './api';
import {
  MAX_POPULATION,
  POPULATION_SEXES,
  populationForm,
  populationKey,
  populationProblems,
  populationRows,
  type PopulationRow,
} from './model/population';

export function PopulationPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('survey-results');
  const saved = useStaffData(
    useCallback(() => loadPopulations(ROUND), []),
    onError,
  );
  return (
    <>
      <h1>{t('population.title')}</h1>
      <p>{t('population.intro')}</p>
      <LoadFailed load={saved} />
      {!saved.data && saved.error === null && <p className="loading">{t('loading')}</p>}
      {saved.data && <PopulationFormBox rows={saved.data} onError={onError} />}
    </>
  );
}

/** The form, filled with the numbers saved before (blank where none were). */
function PopulationFormBox({ rows, onError }: { rows: readonly PopulationRow[]; onError: (e: unknown) => void }) {
  const { t } = useTranslation('survey-results');
  const [form, setForm] = useState(() => populationForm(rows));
  const [bad, setBad] = useState<string[]>([]);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending.current) return;
    setNotice(null);
    setServerProblem(null);
    const found = populationProblems(form);
    setBad(found);
    if (found.length > 0) return;
    sending.current = true;
    setBusy(true);
    try {
      await savePopulations(ROUND, populationRows(form));
      setNotice(t('population.saved'));
    } catch (err) {
      onError(err);
      setServerProblem(errorText(err));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };
  const messages = [...(bad.length > 0 ? [t('population.problem', { max: MAX_POPULATION })] : []), ...(serverProblem ? [serverProblem] : [])];

  return (
    <>
      <div role="status" className="staff-notice">
        {notice}
      </div>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="population-form-title">
        <h2 id="population-form-title">{t('population.formTitle')}</h2>
        <ProblemSummary id="population-problems" messages={messages} />
        {AGE_BANDS.map((band) => (
          <fieldset key={band} className="staff-fieldset survey-population-band">
            <legend>{t(`bands.${band}`)}</legend>
            {POPULATION_SEXES.map((sex) => {
              const id = `population-${populationKey(band, sex)}`;
              const invalid = bad.includes(populationKey(band, sex));
              return (
                <div key={sex} className="staff-option-row">
                  <label htmlFor={id}>{t(`population.${sex}`)}</label>
                  <input
                    id={id}
                    inputMode="numeric"
                    autoComplete="off"
                    value={form[band][sex]}
                    onChange={(e) => setForm({ ...form, [band]: { ...form[band], [sex]: e.target.value } })}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? 'population-problems' : undefined}
                  />
                </div>
              );
            })}
          </fieldset>
        ))}
        <div className="staff-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('population.save')}
          </button>
        </div>
      </form>
    </>
  );
}
