// Language polls ("What's in a name"): staff ask young people what a thing should be called, check the words they
// suggest, and adopt the winner into the council's own words, with a feed item that records it.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffPollView } from '../../../../shared/feed-staff';
import { StaffApiError, staffFetch } from '../../../api/staff';
import { Link } from '../../../shell/router';
import {
  adoptFormProblems,
  emptyText,
  MAX_POLL_OPTIONS,
  MIN_POLL_OPTIONS,
  pollFormBody,
  pollFormProblems,
  toLocalized,
  type AdoptForm,
  type PollForm,
  type PollProblem,
} from '../model/feed-forms';
import { errorText, LocalizedFields, ProblemSummary, ScrollTable, useStaffData } from './feed-ui';

type OnError = (e: unknown) => void;

export function PollsPage({ onError }: { onError: OnError }) {
  const { t, i18n } = useTranslation('staff');
  const polls = useStaffData<{ polls: StaffPollView[] }>('/api/v1/staff/polls', onError);
  const [notice, setNotice] = useState<string | null>(null);
  const sorted = useMemo(() => [...(polls.data?.polls ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt)), [polls.data]);
  // The words Heard lets a council rename (locales/<lng>/vocab.json), offered as suggestions for the term.
  const terms = Object.keys((i18n.getResourceBundle('en', 'vocab') as Record<string, string> | undefined) ?? {});
  const changed = (message: string) => {
    setNotice(message);
    polls.reload();
  };

  return (
    <>
      <h1>{t('polls.title')}</h1>
      <p>{t('polls.intro')}</p>
      <div role="status" className="staff-notice">{notice}</div>
      {polls.error !== null && <p className="error" role="alert">{errorText(polls.error)}</p>}
      {!polls.data && polls.error === null && <p className="loading">{t('loading')}</p>}
      {polls.data && sorted.length === 0 && <p>{t('polls.empty')}</p>}
      <ul className="staff-list">
        {sorted.map((p) => (
          <PollCard key={p.id} poll={p} onError={onError} onChanged={changed} />
        ))}
      </ul>
      <NewPollForm terms={terms} onError={onError} onCreated={() => changed(t('polls.created'))} />
    </>
  );
}

function PollCard({ poll, onError, onChanged }: { poll: StaffPollView; onError: OnError; onChanged: (message: string) => void }) {
  const { t } = useTranslation('staff');
  const [problem, setProblem] = useState<string | null>(null);
  const [adopting, setAdopting] = useState(false);
  const titleId = `poll-${poll.id}-title`;
  const adopted = poll.options.find((o) => o.id === poll.adoptedOptionId);
  const totalVotes = poll.options.reduce((n, o) => n + o.votes, 0);

  const act = async (run: () => Promise<unknown>, message: string) => {
    setProblem(null);
    try {
      await run();
      onChanged(message);
    } catch (err) {
      onError(err);
      setProblem(errorText(err));
    }
  };
  const setOpen = (open: boolean) =>
    void act(() => staffFetch('PATCH', `/api/v1/staff/polls/${poll.id}`, { open }), open ? t('polls.opened') : t('polls.closedNotice'));
  const decide = (optionId: string, action: 'approve' | 'hide') =>
    void act(async () => {
      const url = `/api/v1/staff/polls/${poll.id}/options/${optionId}/decision`;
      try {
        await staffFetch('POST', url, { action });
      } catch (err) {
        // The safety check has doubts about this idea: a person reads it again and confirms before it goes to phones.
        if (!(err instanceof StaffApiError && err.code === 'confirm-doubt') || !window.confirm(t('polls.confirmDoubt'))) throw err;
        await staffFetch('POST', url, { action, confirmDoubt: true });
      }
    }, action === 'approve' ? t('polls.approved') : t('polls.hidden'));

  return (
    <li className="staff-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="staff-card-title">
        {poll.question.en}
      </h2>
      <p className="staff-meta">
        {t('polls.termIs', { term: poll.term })} · {poll.open ? t('polls.open') : t('polls.closed')} · {t('polls.totalVotes', { n: totalVotes })}
      </p>
      {adopted && (
        <p className="staff-note">
          {t('polls.adoptedAs', { label: adopted.label })}{' '}
          {poll.feedItemId && <Link href={`/staff/feed/${poll.feedItemId}`}>{t('polls.feedLink')}</Link>}
        </p>
      )}
      <ScrollTable label={t('polls.optionsCaption', { question: poll.question.en })}>
        <table className="staff-table">
          <caption className="visually-hidden">{t('polls.optionsCaption', { question: poll.question.en })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('polls.option')}</th>
              <th scope="col">{t('polls.votes')}</th>
              <th scope="col">{t('polls.optionState')}</th>
              <th scope="col">{t('polls.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {poll.options.map((o) => (
              <tr key={o.id} className={o.status === 'pending' ? 'staff-row-pending' : undefined}>
                <th scope="row" dir="auto">
                  {o.label}
                  {o.suggested && <span className="staff-meta"> · {t('polls.suggested')}</span>}
                </th>
                <td>{o.votes}</td>
                <td>{t(`polls.optionStatus.${o.status}`)}</td>
                <td>
                  {(o.status === 'pending' || o.status === 'hidden') && (
                    <button type="button" className="button button-secondary" onClick={() => decide(o.id, 'approve')} aria-label={t('polls.approveLabel', { label: o.label })}>
                      {t('polls.approve')}
                    </button>
                  )}
                  {(o.status === 'pending' || o.status === 'published') && o.id !== poll.adoptedOptionId && (
                    <button type="button" className="button button-secondary" onClick={() => decide(o.id, 'hide')} aria-label={t('polls.hideLabel', { label: o.label })}>
                      {t('polls.hide')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {poll.options.some((o) => o.status === 'pending') && <p className="staff-flag">{t('polls.pendingNote')}</p>}
      {poll.keptPrivate > 0 && (
        <p className="staff-flag">
          {t('polls.keptPrivate', { n: poll.keptPrivate })} <Link href="/staff/safeguarding">{t('polls.keptPrivateLink')}</Link>
        </p>
      )}
      {problem && <p className="error" role="alert">{problem}</p>}
      <div className="staff-actions">
        <button type="button" className="button button-secondary" onClick={() => setOpen(!poll.open)}>
          {poll.open ? t('polls.closeIt') : t('polls.openIt')}
        </button>
        {!adopted && !adopting && (
          <button type="button" className="button" onClick={() => setAdopting(true)}>
            {t('polls.adopt.start')}
          </button>
        )}
      </div>
      {!adopted && adopting && (
        <AdoptForm
          poll={poll}
          onError={onError}
          onCancel={() => setAdopting(false)}
          onAdopted={(label) => {
            setAdopting(false);
            onChanged(t('polls.adoptedAs', { label }));
          }}
        />
      )}
    </li>
  );
}

function AdoptForm({ poll, onError, onCancel, onAdopted }: { poll: StaffPollView; onError: OnError; onCancel: () => void; onAdopted: (label: string) => void }) {
  const { t } = useTranslation('staff');
  const choices = [...poll.options.filter((o) => o.status === 'published')].sort((a, b) => b.votes - a.votes);
  const [form, setForm] = useState<AdoptForm>({ optionId: choices[0]?.id ?? '', did: emptyText(), responsible: '' });
  const [problems, setProblems] = useState<PollProblem[]>([]);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `adopt-${poll.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setServerProblem(null);
    const found = adoptFormProblems(form);
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await staffFetch<StaffPollView>('POST', `/api/v1/staff/polls/${poll.id}/adopt`, {
        optionId: form.optionId,
        did: toLocalized(form.did),
        responsible: form.responsible.trim(),
      });
      onAdopted(poll.options.find((o) => o.id === form.optionId)?.label ?? '');
    } catch (err) {
      onError(err);
      setServerProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const messages = [...problems.map((p) => t(`polls.problems.${p}`)), ...(serverProblem ? [serverProblem] : [])];

  return (
    <form className="stack staff-wide-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${base}-title`}>
      <h3 id={`${base}-title`}>{t('polls.adopt.title')}</h3>
      <p className="small">{t('polls.adopt.hint')}</p>
      <label htmlFor={`${base}-option`}>{t('polls.adopt.option')}</label>
      <select id={`${base}-option`} value={form.optionId} onChange={(e) => setForm({ ...form, optionId: e.target.value })} aria-invalid={problems.includes('option-required') || undefined}>
        {choices.length === 0 && <option value="">{t('polls.adopt.noOptions')}</option>}
        {choices.map((o) => (
          <option key={o.id} value={o.id}>
            {t('polls.adopt.optionVotes', { label: o.label, n: o.votes })}
          </option>
        ))}
      </select>
      <LocalizedFields
        id={`${base}-did`}
        field={t('feed.did')}
        value={form.did}
        onChange={(did) => setForm({ ...form, did })}
        multiline
        invalid={problems.includes('did-required')}
        describedBy={`${base}-problems`}
      />
      <label htmlFor={`${base}-responsible`}>{t('feed.responsible')}</label>
      <input
        id={`${base}-responsible`}
        value={form.responsible}
        onChange={(e) => setForm({ ...form, responsible: e.target.value })}
        aria-describedby={`${base}-responsible-hint`}
        aria-invalid={problems.includes('responsible-required') || undefined}
      />
      <p id={`${base}-responsible-hint`} className="small">
        {t('feed.editor.responsibleHint')}
      </p>
      <ProblemSummary id={`${base}-problems`} messages={messages} />
      <div className="staff-actions">
        <button type="submit" className="button" disabled={busy}>
          {t('polls.adopt.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function NewPollForm({ terms, onError, onCreated }: { terms: readonly string[]; onError: OnError; onCreated: () => void }) {
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
      await staffFetch<StaffPollView>('POST', '/api/v1/staff/polls', pollFormBody(form));
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
              <input id={`poll-option-${i}`} value={o} onChange={(e) => setOption(i, e.target.value)} maxLength={60} aria-invalid={optionsInvalid || undefined} />
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
