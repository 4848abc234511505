// The draft editor: what young people said, what the council did, its details and its sources. A new draft is saved
// and opened; "Publish" saves first, so a draft is never lost to a failed publish.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffFeedItemView } from '../../../../shared/feed-staff';
import { Link, navigate } from '../../../ui/router';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { createFeedItem, publishFeedItem, updateFeedDraft } from './api';
import { EditorDetails, type SetField } from './editor-details';
import { Notice, type Shared } from './feed-parts';
import {
  emptyFeedForm,
  feedFormBody,
  feedFormFromItem,
  feedFormProblems,
  PROBLEM_FIELD,
  type FeedFormProblem,
  type FeedItemForm,
} from './model/feed-forms';
import { upsertById } from './model/feed-list';
import { SourceChoices } from './source-choices';

export function FeedEditor({ item, onError, notice, setNotice, items, themes, districts }: Shared & { item: StaffFeedItemView | null }) {
  const { t } = useTranslation('staff');
  const [form, setForm] = useState<FeedItemForm>(() => (item ? feedFormFromItem(item) : emptyFeedForm()));
  const [problems, setProblems] = useState<FeedFormProblem[]>([]);
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [ask, confirmDialog] = useConfirm();
  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const has = (p: FeedFormProblem) => problems.includes(p);

  const save = async (publish: boolean) => {
    setServerProblem(null);
    setNotice(null);
    const found = feedFormProblems(form);
    setProblems(found);
    if (found.length > 0) {
      formRef.current?.querySelector<HTMLElement>(`#${PROBLEM_FIELD[found[0] as FeedFormProblem]}`)?.focus();
      return;
    }
    // Publishing can never be undone: it goes to every phone and its words never change again.
    if (publish && !(await ask({ title: t('confirm.publish.title'), what: t('confirm.publish.what'), confirm: t('feed.editor.publish') }))) return;
    setBusy(true);
    let created: string | null = null;
    try {
      const body = feedFormBody(form);
      // Each answer goes straight into the list: the screen the editor moves to must not wait for a reload.
      const keep = (view: StaffFeedItemView) => items.setData((prev) => upsertById(prev ?? [], view));
      const saved = item ? await updateFeedDraft(item.id, body) : await createFeedItem(body);
      keep(saved);
      if (!item) created = saved.id;
      if (publish) keep(await publishFeedItem(saved.id));
      setNotice(publish ? t('feed.editor.publishedNotice') : t('feed.editor.saved'));
      themes.reload();
      if (!item || publish) navigate(`/staff/feed/${saved.id}`);
    } catch (err) {
      onError(err);
      if (created) {
        // The draft was saved but not published: open it, so pressing again does not make a second draft.
        setNotice(`${t('feed.editor.saved')} ${errorText(err)}`);
        navigate(`/staff/feed/${created}`);
      } else setServerProblem(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(false);
  };

  const messages = [...problems.map((p) => t(`feed.problems.${p}`)), ...(serverProblem ? [serverProblem] : [])];

  return (
    <>
      <p>
        <Link href="/staff/feed">{t('feed.back')}</Link>
      </p>
      <h1>{item ? t('feed.editor.editTitle') : t('feed.editor.newTitle')}</h1>
      <Notice text={notice} />
      <form ref={formRef} className="stack staff-wide-form" onSubmit={submit} noValidate>
        <h2>{t('feed.said')}</h2>
        <p className="small">{t('feed.editor.saidHint')}</p>
        <LocalizedFields
          id="said"
          field={t('feed.said')}
          value={form.said}
          onChange={(v) => set('said', v)}
          multiline
          invalid={has('said-required')}
          describedBy="feed-problems"
        />
        <h2>{t('feed.did')}</h2>
        <LocalizedFields
          id="did"
          field={t('feed.did')}
          value={form.did}
          onChange={(v) => set('did', v)}
          multiline
          invalid={has('did-required')}
          describedBy="feed-problems"
        />

        <EditorDetails form={form} set={set} has={has} districts={districts} />

        <SourceChoices form={form} set={set} themes={themes} onError={onError} />

        <ProblemSummary id="feed-problems" messages={messages} />
        <p className="staff-note">{t('feed.editor.publishHint')}</p>
        <div className="staff-actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('feed.editor.save')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void save(true)}>
            {t('feed.editor.publish')}
          </button>
        </div>
      </form>
      {confirmDialog}
    </>
  );
}
