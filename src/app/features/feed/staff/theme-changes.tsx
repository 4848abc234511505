// Adding posts to a theme (published and waiting, newest first) and merging another theme into it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffThemeView } from '../../../../shared/feed-staff';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { LoadFailed, type Attempt } from '../../../ui/staff/load-failed';
import type { CandidatePost } from './model/themes';

interface AddProps {
  /** null while the posts are loading, or when they could not be loaded. */
  candidates: readonly CandidatePost[] | null;
  /**
   * The loads behind the list, each said where it would be used when it failed, never as an empty list, with its own
   * "Try again": the posts (then none are listed), and their prompts' kinds (then each post shows its prompt).
   */
  posts: Attempt;
  kinds: Attempt;
  onAdd: (postIds: string[]) => Promise<boolean>;
  onProblem: (p: string) => void;
}

export function AddPostsForm({ candidates, posts, kinds, onAdd, onProblem }: AddProps) {
  const { t } = useTranslation('staff');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (chosen.size === 0) return onProblem(t('themes.chooseFirst'));
    void onAdd([...chosen]).then((ok) => ok && setChosen(new Set()));
  };
  const toggle = (postId: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(postId);
      else next.delete(postId);
      return next;
    });
  return (
    <>
      <h2>{t('themes.add')}</h2>
      <form onSubmit={add}>
        <fieldset className="staff-choices">
          <legend>{t('themes.addLegend')}</legend>
          <p className="small">{t('themes.addHint')}</p>
          {!candidates && <LoadFailed load={posts} words={(reason) => t('themes.postsFailed', { reason })} />}
          <LoadFailed load={kinds} words={(reason) => t('themes.kindsFailed', { reason })} />
          {!candidates ? (
            posts.error === null && <p className="loading">{t('loading')}</p>
          ) : candidates.length === 0 ? (
            <p>{t('themes.noCandidates')}</p>
          ) : (
            <ul className="staff-choice-list">
              {candidates.map((c) => (
                <li key={c.id}>
                  <input id={`add-${c.id}`} type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
                  <label htmlFor={`add-${c.id}`}>
                    <span className="staff-meta">
                      <span className={`staff-kind staff-kind-${c.kind ?? 'starter'}`}>
                        {c.kind ? t(`prompts.kinds.${c.kind}`) : <bdi>{c.promptText}</bdi>}
                      </span>{' '}
                      · {t(`themes.postStatus.${c.status}`)} · <bdi>{c.districtName ?? t('noDistrict')}</bdi> ·{' '}
                      {t('themes.meTooCount', { n: c.meToo })}
                    </span>
                    <span className="staff-post-text" dir="auto">
                      {c.text}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <button type="submit" className="button">
          {t('themes.addChosen')}
        </button>
      </form>
    </>
  );
}

interface MergeProps {
  /** null while the themes are loading, or when they could not be loaded. */
  others: readonly StaffThemeView[] | null;
  /** The themes' load: when it failed, said here with "Try again". */
  themes: Attempt;
  onMerge: (fromThemeId: string) => Promise<boolean>;
  onProblem: (p: string) => void;
}

export function MergeForm({ others, themes, onMerge, onProblem }: MergeProps) {
  const { t } = useTranslation('staff');
  const [mergeFrom, setMergeFrom] = useState('');
  const [ask, confirmDialog] = useConfirm();
  const merge = async (e: FormEvent) => {
    e.preventDefault();
    if (!mergeFrom) return onProblem(t('themes.chooseTheme'));
    const from = others?.find((o) => o.id === mergeFrom)?.title.en ?? '';
    // The other theme is deleted by a merge: it cannot be split out again.
    if (!(await ask({ title: t('confirm.merge.title'), what: t('confirm.merge.what', { from }), confirm: t('themes.mergeButton') }))) return;
    if (await onMerge(mergeFrom)) setMergeFrom('');
  };
  return (
    <>
      <h2>{t('themes.merge')}</h2>
      <p className="small">{t('themes.mergeHint')}</p>
      {!others ? (
        <>
          <LoadFailed load={themes} words={(reason) => t('themes.othersFailed', { reason })} />
          {themes.error === null && <p className="loading">{t('loading')}</p>}
        </>
      ) : others.length === 0 ? (
        <p>{t('themes.noOthers')}</p>
      ) : (
        <form className="stack" onSubmit={(e) => void merge(e)}>
          <label htmlFor="merge-from">{t('themes.mergeFrom')}</label>
          <select id="merge-from" value={mergeFrom} onChange={(e) => setMergeFrom(e.target.value)}>
            <option value="">{t('themes.chooseOne')}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {t('themes.mergeOption', { title: o.title.en, posts: o.posts })}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t('themes.mergeButton')}
          </button>
        </form>
      )}
      {confirmDialog}
    </>
  );
}
