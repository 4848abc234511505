// A new language poll: the word it is about (one Heard lets a council rename), the question, and 2 to 8 options.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/staff/error-text';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { emptyText } from '../../../ui/staff/localized-input';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { createPoll } from './api';
import { MAX_POLL_OPTIONS, MIN_POLL_OPTIONS, pollFormBody, pollFormProblems, type PollForm, type PollProblem } from './model/poll-forms';

type OnError = (e: unknown) => void;

export function NewPollForm({ terms, onError, onCreated }: { terms: readonly string[]; onError: OnError; onCreated: () => void }) {
  const { t } = useTranslation('staff');
  const empty = (): PollForm => ({ term: '', question: emptyText(), options: ['', ''] });
  const [form, setForm] = useState<PollForm>(empty);
  const [problems, setProblems] = useState<PollProblem[]>([]);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setServerProblem(null);
    const found = pollFormProblems(form);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await createPoll(pollFormBody(form));
      setForm(empty());
      onCreated();
    } catch (err) {
      onError(err);
      setServerProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const setOption = (i: number, value: string) => setForm({ ...form, options: form.options.map((o, j) => (j === i ? value : o)) });
  const messages = [...problems.map((p) => t(`polls.problems.${p}`)), ...(serverProblem ? [serverProblem] : [])];
  const optionsInvalid = problems.includes('options-count') || problems.includes('options-repeat');

  return (
    <section aria-labelledby="poll-new-title">
      <h2 id="poll-new-title">{t('polls.new')}</h2>
      <form className="stack staff-wide-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="poll-term">{t('polls.termLabel')}</label>
        <input
          id="poll-term"
          list="poll-terms"
          value={form.term}
          onChange={(e) => setForm({ ...form, term: e.target.value })}
          aria-describedby="poll-term-hint"
          aria-invalid={problems.includes('term-invalid') || undefined}
          autoCapitalize="none"
          spellCheck={false}
        />
        <datalist id="poll-terms">
          {terms.map((term) => (
            <option key={term} value={term} />
          ))}
        </datalist>
        <p id="poll-term-hint" className="small">
          {t('polls.termHint', { terms: terms.join(', ') })}
        </p>
        <LocalizedFields
          id="poll-question"
          field={t('polls.question')}
          value={form.question}
          onChange={(question) => setForm({ ...form, question })}
          invalid={problems.includes('question-required')}
          describedBy="poll-problems"
        />
        <fieldset className="staff-fieldset">
          <legend>{t('polls.optionsLegend', { min: MIN_POLL_OPTIONS, max: MAX_POLL_OPTIONS })}</legend>
          {form.options.map((o, i) => (
            // The options are a plain list that only grows or shrinks at the end, so the index is a stable key.
            <div key={i} className="staff-option-row">
              <label htmlFor={`poll-option-${i}`}>{t('polls.optionN', { n: i + 1 })}</label>
              <input
                id={`poll-option-${i}`}
                value={o}
                onChange={(e) => setOption(i, e.target.value)}
                maxLength={60}
                aria-invalid={optionsInvalid || undefined}
              />
            </div>
          ))}
          <div className="staff-actions">
            {form.options.length < MAX_POLL_OPTIONS && (
              <button type="button" className="button button-secondary" onClick={() => setForm({ ...form, options: [...form.options, ''] })}>
                {t('polls.addOption')}
              </button>
            )}
            {form.options.length > MIN_POLL_OPTIONS && (
              <button type="button" className="button button-secondary" onClick={() => setForm({ ...form, options: form.options.slice(0, -1) })}>
                {t('polls.removeOption')}
              </button>
            )}
          </div>
        </fieldset>
        <ProblemSummary id="poll-problems" messages={messages} />
        <button type="submit" className="button" disabled={busy}>
          {t('polls.create')}
        </button>
      </form>
    </section>
  );
}
