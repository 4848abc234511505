// Adopting a poll's winner into the council's own words, with what the council did (for the feed item that records it).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffPollView } from '../../../../shared/feed-staff';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { emptyText, toLocalized } from '../../../ui/staff/localized-input';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { adoptOption } from './api';
import { adoptFormProblems, type AdoptForm as AdoptFormFields, type PollProblem } from './model/poll-forms';

type OnError = (e: unknown) => void;

export function AdoptForm({
  poll,
  onError,
  onCancel,
  onAdopted,
}: {
  poll: StaffPollView;
  onError: OnError;
  onCancel: () => void;
  onAdopted: (label: string) => void;
}) {
  const { t } = useTranslation('staff');
  const choices = [...poll.options.filter((o) => o.status === 'published')].sort((a, b) => b.votes - a.votes);
  const [form, setForm] = useState<AdoptFormFields>({ optionId: choices[0]?.id ?? '', did: emptyText(), responsible: '' });
  const [problems, setProblems] = useState<PollProblem[]>([]);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [ask, confirmDialog] = useConfirm();
  const base = `adopt-${poll.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setServerProblem(null);
    const found = adoptFormProblems(form);
    setProblems(found);
    if (found.length > 0) return;
    const label = poll.options.find((o) => o.id === form.optionId)?.label ?? '';
    // Adopting closes the poll and publishes a feed item: neither can be taken back.
    if (!(await ask({ title: t('confirm.adopt.title'), what: t('confirm.adopt.what', { label }), confirm: t('polls.adopt.submit') }))) return;
    setBusy(true);
    try {
      await adoptOption(poll.id, {
        optionId: form.optionId,
        did: toLocalized(form.did),
        responsible: form.responsible.trim(),
      });
      onAdopted(label);
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
      <select
        id={`${base}-option`}
        value={form.optionId}
        onChange={(e) => setForm({ ...form, optionId: e.target.value })}
        aria-invalid={problems.includes('option-required') || undefined}
      >
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
      {confirmDialog}
    </form>
  );
}
