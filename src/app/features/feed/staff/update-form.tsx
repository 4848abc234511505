// An update to a published item: new words, a status (with the reason when it can't be done) and a new due date.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedStatus } from '../../../../shared/feed';
import type { StaffFeedItemView } from '../../../../shared/feed-staff';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { addFeedUpdate } from './api';
import type { OnError } from './feed-parts';
import { emptyUpdateForm, updateFormBody, updateFormProblems, type FeedFormProblem, type FeedUpdateForm } from './model/feed-forms';
import { StatusSelect } from './status';

export function UpdateForm({ item, onError, onAdded }: { item: StaffFeedItemView; onError: OnError; onAdded: (updated: StaffFeedItemView) => void }) {
  const { t } = useTranslation('staff');
  const [form, setForm] = useState<FeedUpdateForm>(() => emptyUpdateForm(item.status));
  const [problems, setProblems] = useState<FeedFormProblem[]>([]);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [ask, confirmDialog] = useConfirm();
  const set = <K extends keyof FeedUpdateForm>(key: K, value: FeedUpdateForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setServerProblem(null);
    const found = updateFormProblems(form);
    setProblems(found);
    if (found.length > 0) {
      const field = found[0] === 'reason-required' ? 'update-reason-en' : 'update-text-en';
      formRef.current?.querySelector<HTMLElement>(`#${field}`)?.focus();
      return;
    }
    // An update goes to every phone and stays in the item's timeline for good.
    if (!(await ask({ title: t('confirm.addUpdate.title'), what: t('confirm.addUpdate.what'), confirm: t('feed.update.add') }))) return;
    setBusy(true);
    try {
      const updated = await addFeedUpdate(item.id, updateFormBody(form));
      setForm(emptyUpdateForm(form.status));
      setProblems([]);
      onAdded(updated);
    } catch (err) {
      onError(err);
      setServerProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const messages = [...problems.map((p) => t(`feed.problems.${p}`)), ...(serverProblem ? [serverProblem] : [])];

  return (
    <section aria-labelledby="update-title">
      <h2 id="update-title">{t('feed.update.title')}</h2>
      <form ref={formRef} className="stack staff-wide-form" onSubmit={(e) => void submit(e)} noValidate>
        <LocalizedFields
          id="update-text"
          field={t('feed.update.text')}
          value={form.text}
          onChange={(v) => set('text', v)}
          multiline
          invalid={problems.includes('text-required')}
          describedBy="update-problems"
        />
        <StatusSelect id="update-status" label={t('feed.update.status')} value={form.status} onChange={(s: FeedStatus) => set('status', s)} />
        {form.status === 'cant-do' && (
          <fieldset className="staff-fieldset">
            <legend>{t('feed.editor.reasonLegend')}</legend>
            <p className="small">{t('feed.editor.reasonHint')}</p>
            <LocalizedFields
              id="update-reason"
              field={t('feed.because')}
              value={form.cantDoReason}
              onChange={(v) => set('cantDoReason', v)}
              multiline
              invalid={problems.includes('reason-required')}
              describedBy="update-problems"
            />
          </fieldset>
        )}
        <label htmlFor="update-due-on">{t('feed.update.dueOn')}</label>
        <input id="update-due-on" type="date" value={form.dueOn} onChange={(e) => set('dueOn', e.target.value)} />
        <ProblemSummary id="update-problems" messages={messages} />
        <button type="submit" className="button" disabled={busy}>
          {t('feed.update.add')}
        </button>
      </form>
      {confirmDialog}
    </section>
  );
}
