// The offer item editor: category, the words in English, Welsh and Arabic, money, who it is for and what keeps it
// right, with a preview of "What it is". Problems are named beside their fields, first from the shared contract, then
// from the server's answer. Saving writes the draft; admins publish (saving first) and retire.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFER_CATEGORIES, type OfferCategory } from '../../../../shared/offer';
import type { StaffOfferItem } from '../../../../shared/offer-staff';
import { StaffApiError } from '../../../api/request';
import { navigate } from '../../../ui/router';
import { errorText } from '../../../ui/staff/error-text';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { createItem, saveItem } from './api';
import { BodyPreview } from './body-preview';
import { DetailFields, MoneyFields } from './detail-fields';
import { EligibilityFields } from './eligibility-fields';
import { FieldProblem, invalidProps } from './form-parts';
import { blankForm, fieldOfServerMessage, formFromFields, formToInput, type EditorForm } from './model/editor-form';
import { PublishDialog } from './publish-dialog';
import { RetireDialog } from './retire-dialog';
import { TextFields } from './text-fields';

interface Props {
  item: StaffOfferItem | null;
  items: readonly StaffOfferItem[];
  canPublish: boolean;
  /** The item changed on the server (saved, published, retired): the page reads it afresh. */
  onChanged: () => void;
  onError: (e: unknown) => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A new item opened from a check about an empty category starts in that category. */
function startingForm(): EditorForm {
  const form = blankForm(today());
  const wanted = new URLSearchParams(window.location.search).get('category');
  const category = OFFER_CATEGORIES.find((c) => c === wanted);
  return category ? { ...form, category } : form;
}

export function Editor({ item, items, canPublish, onChanged, onError }: Props) {
  const { t } = useTranslation('offer-staff');
  const [current, setCurrent] = useState(item);
  const [saved, setSaved] = useState<EditorForm>(() => (item ? formFromFields(item.fields) : startingForm()));
  const [form, setForm] = useState(saved);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<'publish' | 'retire' | null>(null);
  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  // A retired item is kept for its history only: the server refuses to change it.
  const retired = current?.state === 'retired';

  const set = (patch: Partial<EditorForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setStatus(null);
  };
  const problem = (path: string) => problems[path];

  /** Saves the draft; the item as saved, or null when it was not. */
  const save = async (): Promise<StaffOfferItem | null> => {
    const result = formToInput(form);
    if (!result.ok) {
      const found = Object.fromEntries(Object.entries(result.problems).map(([path, kind]) => [path, t(`editor.problems.${kind}`)]));
      setProblems(found);
      setSummary(Object.entries(found).map(([path, message]) => `${labelOf(path)}: ${message}`));
      setStatus(null);
      return null;
    }
    setBusy(true);
    setProblems({});
    setSummary([]);
    try {
      const answer = current ? await saveItem(current.id, result.input) : await createItem(result.input);
      const again = formFromFields(answer.fields);
      setCurrent(answer);
      setSaved(again);
      setForm(again);
      setStatus(t('editor.saved'));
      if (!current) navigate(`/staff/offer/${encodeURIComponent(answer.id)}`);
      else onChanged();
      return answer;
    } catch (e) {
      if (e instanceof StaffApiError && e.status === 401) onError(e);
      const field = e instanceof StaffApiError && e.status === 400 ? fieldOfServerMessage(e.message) : null;
      if (field) setProblems({ [field]: e instanceof Error ? e.message : String(e) });
      setSummary([t('editor.notSaved', { message: errorText(e) })]);
      setStatus(null);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const labelOf = (path: string) => {
    const [top, second, third] = path.split('.');
    if (top === 'eligibility' && second) return t(`editor.eligibility.${second}`, { defaultValue: t('fieldNames.eligibility') });
    if (top === 'amount') return third ? `${t('editor.fields.amountNote')} (${t(`editor.words.${third}`)})` : t('editor.money.pounds');
    if (second === 'en' || second === 'cy' || second === 'ar') return `${t(`editor.fields.${top}`)} (${t(`editor.words.${second}`)})`;
    return t(`fieldNames.${top}`, { defaultValue: path });
  };

  const openPublish = async () => {
    if (dirty && !(await save())) return;
    setDialog('publish');
  };

  const categoryProblem = problem('category');
  const parts = { form, set, problem };
  return (
    <>
      <h1>{current ? t('editor.editTitle', { title: current.fields.title.en }) : t('editor.newTitle')}</h1>
      {current && (
        <p className="staff-meta">
          {t('editor.state', { state: t(`states.${current.state}`) })}{' '}
          {current.unpublishedChanges && !retired && <span className="staff-flag">{t('list.unpublished')}</span>}{' '}
          {current.checkOverdue && !retired && <span className="staff-flag staff-flag-harm">{t('list.overdue')}</span>}
        </p>
      )}
      {retired && <p className="staff-notice">{t('editor.retiredNote')}</p>}
      <ProblemSummary id="offer-editor-problems" messages={summary} />
      <form
        className="stack offer-editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="offer-all-fields stack" disabled={retired}>
          <div className="stack">
            <label htmlFor="offer-category">{t('editor.category')}</label>
            <select
              {...invalidProps('category', categoryProblem)}
              value={form.category}
              onChange={(e) => set({ category: e.target.value as OfferCategory })}
            >
              {OFFER_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`categories.${c}`)}
                </option>
              ))}
            </select>
            <FieldProblem path="category" problem={categoryProblem} />
          </div>
          <TextFields {...parts} />
          <BodyPreview body={{ en: form.text.en.body, cy: form.text.cy.body, ar: form.text.ar.body }} />
          <MoneyFields {...parts} />
          <EligibilityFields {...parts} />
          <DetailFields {...parts} />
        </fieldset>
        <p role="status" className="staff-meta">
          {status}
        </p>
        <div className="staff-actions">
          {!retired && (
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('editor.saving') : t('editor.save')}
            </button>
          )}
          {current && canPublish && !retired && (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void openPublish()}>
              {t('editor.publish')}
            </button>
          )}
          {current && canPublish && !retired && (
            <button type="button" className="button button-danger" disabled={busy} onClick={() => setDialog('retire')}>
              {t('editor.retire')}
            </button>
          )}
        </div>
        {!canPublish && !retired && <p className="staff-note">{t('editor.adminOnly')}</p>}
      </form>
      {dialog === 'publish' && current && (
        <PublishDialog
          item={current}
          items={items}
          onClose={() => setDialog(null)}
          onError={onError}
          onPublished={(a) => {
            setCurrent(a.item);
            onChanged();
          }}
        />
      )}
      {dialog === 'retire' && current && (
        <RetireDialog
          item={current}
          onClose={() => setDialog(null)}
          onError={onError}
          onRetired={(after) => {
            setCurrent(after);
            setDialog(null);
            setStatus(t('retire.done'));
            onChanged();
          }}
        />
      )}
    </>
  );
}
