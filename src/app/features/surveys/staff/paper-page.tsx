// Paper returns (participation, admin): staff key in a survey a young person filled in on paper. Choose the age
// band's survey, then every question on one page (each may be left blank), the month and, if the young person said,
// whether they are a girl, a boy or another way. Each paper is sent with its own entry id, so a second click or a
// retry after a lost connection stores it once; the form clears when the server says it is stored.
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgeBand } from '../../../../shared/survey/definition';
import { SURVEY_GENDERS, type SurveyGender } from '../../../../shared/survey/response';
import { errorText } from '../../../ui/staff/error-text';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import type { StaffScreenProps } from '../../../ui/staff/screen-props';
import { loadResults, ROUND, sendPaperReturn } from './api';
import { emptyPaperForm, monthOf, paperPayload, paperProblems, type PaperForm, type PaperProblem } from './model/paper';
import { PaperQuestion } from './paper-question';

export function PaperPage({ onError }: Pick<StaffScreenProps, 'onError'>) {
  const { t } = useTranslation('survey-results');
  const results = useStaffData(
    useCallback(() => loadResults(ROUND), []),
    onError,
  );
  const [form, setForm] = useState<PaperForm>(() => emptyPaperForm());
  const [entryId, setEntryId] = useState(() => crypto.randomUUID());
  const [problems, setProblems] = useState<PaperProblem[]>([]);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A second click before React has re-rendered sees the ref, not the state.
  const sending = useRef(false);
  const bands = results.data?.bands ?? [];
  const survey = bands.find((b) => b.band === form.band);
  const questions = survey?.questions ?? [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (sending.current) return;
    setNotice(null);
    setServerProblem(null);
    const found = paperProblems(form, questions, monthOf(new Date()));
    setProblems(found);
    if (found.length > 0 || !survey) return;
    sending.current = true;
    setBusy(true);
    try {
      await sendPaperReturn(paperPayload(form, survey, entryId));
      setForm(emptyPaperForm(form.band));
      setEntryId(crypto.randomUUID());
      setNotice(t('paper.stored', { band: t(`bands.${survey.band}`) }));
    } catch (err) {
      onError(err);
      setServerProblem(errorText(err));
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };
  const chooseBand = (band: AgeBand | '') => {
    setForm(emptyPaperForm(band));
    setEntryId(crypto.randomUUID());
    setProblems([]);
  };
  const messages = [...problems.map((p) => t(`paper.problems.${p}`)), ...(serverProblem ? [serverProblem] : [])];

  return (
    <>
      <h1>{t('paper.title')}</h1>
      <p>{t('paper.intro')}</p>
      <div role="status" className="staff-notice">
        {notice}
      </div>
      <LoadFailed load={results} />
      {!results.data && results.error === null && <p className="loading">{t('loading')}</p>}
      {results.data && (
        <form className="stack survey-paper-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('paper.formLabel')}>
          <ProblemSummary id="paper-problems" messages={messages} />
          <label htmlFor="paper-band">{t('paper.band')}</label>
          <select
            id="paper-band"
            value={form.band}
            onChange={(e) => chooseBand(e.target.value as AgeBand | '')}
            aria-invalid={problems.includes('band-required') || undefined}
          >
            <option value="">{t('paper.chooseBand')}</option>
            {bands.map((b) => (
              <option key={b.band} value={b.band}>
                {t(`bands.${b.band}`)}
              </option>
            ))}
          </select>
          {survey && (
            <>
              <p className="staff-meta">{t('paper.version', { survey: survey.surveyId, version: survey.version, n: questions.length })}</p>
              <label htmlFor="paper-month">{t('paper.month')}</label>
              <input
                id="paper-month"
                type="month"
                value={form.month}
                max={monthOf(new Date())}
                onChange={(e) => setForm({ ...form, month: e.target.value })}
                aria-invalid={problems.includes('month-required') || problems.includes('month-future') || undefined}
                aria-describedby="paper-month-hint"
              />
              <p id="paper-month-hint" className="small">
                {t('paper.monthHint')}
              </p>
              <label htmlFor="paper-gender">{t('paper.gender')}</label>
              <select id="paper-gender" value={form.gender} onChange={(e) => setForm({ ...form, gender: e.target.value as SurveyGender | '' })}>
                <option value="">{t('paper.genderNotSaid')}</option>
                {SURVEY_GENDERS.map((g) => (
                  <option key={g} value={g}>
                    {t(`sexes.${g}`)}
                  </option>
                ))}
              </select>
              <fieldset className="staff-fieldset">
                <legend>{t('paper.questions')}</legend>
                {questions.map((q, i) => (
                  <PaperQuestion
                    key={q.id}
                    question={q}
                    number={i + 1}
                    value={form.answers[q.id]}
                    onChange={(value) => setForm({ ...form, answers: { ...form.answers, [q.id]: value } })}
                  />
                ))}
              </fieldset>
            </>
          )}
          <div className="staff-actions">
            <button type="submit" className="button" disabled={busy}>
              {t('paper.send')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
