// One theme: its counts, a new name, the posts in it (each can be taken out), posts to add, and a merge with another.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffApiError } from '../../../api/request';
import { Link } from '../../../ui/router';
import { errorText } from '../../../ui/staff/error-text';
import { asOne, LoadFailed } from '../../../ui/staff/load-failed';
import { useStaffData } from '../../../ui/staff/use-staff-data';
import { addPostsToTheme, getTheme, listThemes, listWallPosts, listWallPrompts, mergeTheme, removePostFromTheme, renameTheme } from './api';
import { candidatePosts, mergeCandidates } from './model/themes';
import { AddPostsForm, MergeForm } from './theme-changes';
import { ThemeCounts } from './theme-counts';
import { ThemeName } from './theme-name';
import { ThemePosts } from './theme-posts';

const listPublished = () => listWallPosts('published');
const listPending = () => listWallPosts('pending');

/** Runs one change and says how it went; resolves true when it worked. */
export type Act = (run: () => Promise<unknown>, done: string) => Promise<boolean>;

export function ThemeDetailScreen({ id, onError }: { id: string; onError: (e: unknown) => void }) {
  const { t } = useTranslation('staff');
  const detail = useStaffData(
    useMemo(() => () => getTheme(id), [id]),
    onError,
  );
  const all = useStaffData(listThemes, onError);
  const published = useStaffData(listPublished, onError);
  const pending = useStaffData(listPending, onError);
  const prompts = useStaffData(listWallPrompts, onError);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const theme = detail.data;
  const kinds = useMemo(() => new Map((prompts.data ?? []).map((p) => [p.id, p.kind])), [prompts.data]);
  const candidates = useMemo(
    () => (published.data && pending.data ? candidatePosts([published.data, pending.data], kinds, theme?.postList.map((p) => p.id) ?? []) : null),
    [published.data, pending.data, kinds, theme],
  );
  const others = useMemo(() => (all.data ? mergeCandidates(all.data, id) : null), [all.data, id]);

  const act: Act = async (run, done) => {
    setProblem(null);
    setNotice(null);
    try {
      await run();
      setNotice(done);
      detail.reload();
      all.reload();
      published.reload();
      pending.reload();
      return true;
    } catch (err) {
      onError(err);
      setProblem(errorText(err));
      return false;
    }
  };

  if (detail.error instanceof StaffApiError && detail.error.status === 404) {
    return (
      <>
        <h1>{t('themes.notFound')}</h1>
        <Link href="/staff/themes">{t('themes.back')}</Link>
      </>
    );
  }
  if (!theme) {
    return (
      <>
        <LoadFailed load={detail} />
        {detail.error === null && <p className="loading">{t('loading')}</p>}
      </>
    );
  }

  return (
    <>
      <p>
        <Link href="/staff/themes">{t('themes.back')}</Link>
      </p>
      <h1>{theme.title.en}</h1>
      {(theme.title.cy || theme.title.ar) && (
        <p className="staff-meta">
          {theme.title.cy && <span lang="cy">{theme.title.cy}</span>}
          {theme.title.cy && theme.title.ar && ' · '}
          {theme.title.ar && (
            <span lang="ar" dir="rtl">
              {theme.title.ar}
            </span>
          )}
        </p>
      )}
      <div role="status" className="staff-notice">
        {notice}
      </div>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <ThemeCounts theme={theme} headingLevel={2} />
      <ThemeName title={theme.title} onProblem={setProblem} onRename={(title) => act(() => renameTheme(theme.id, title), t('themes.renamed'))} />
      <ThemePosts posts={theme.postList} onRemove={(postId) => void act(() => removePostFromTheme(theme.id, postId), t('themes.removed'))} />
      <AddPostsForm
        candidates={candidates}
        posts={asOne(published, pending)}
        kinds={prompts}
        onProblem={setProblem}
        onAdd={(postIds) => act(() => addPostsToTheme(theme.id, postIds), t('themes.added', { n: postIds.length }))}
      />
      <MergeForm others={others} themes={all} onProblem={setProblem} onMerge={(from) => act(() => mergeTheme(theme.id, from), t('themes.merged'))} />
    </>
  );
}
