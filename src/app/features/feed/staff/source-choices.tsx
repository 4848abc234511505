// What a draft cites: themes, published posts (each may be quoted), survey findings and request topics. Sources this form does not
// edit (a poll) are kept as they are.
import { useTranslation } from 'react-i18next';
import type { StaffThemeView } from '../../../../shared/feed-staff';
import type { StaffWallPostView } from '../../../../shared/wall-staff';
import { LoadFailed } from '../../../ui/staff/load-failed';
import { useStaffData, type StaffData } from '../../../ui/staff/use-staff-data';
import { listWallPosts } from './api';
import type { SetField } from './editor-details';
import { FeedLoading, type OnError } from './feed-parts';
import { FindingChoices } from './finding-choices';
import { RequestTopicChoices } from './request-topic-choices';
import type { FeedItemForm } from './model/feed-forms';
import { sortThemes } from './model/themes';

const listPublished = () => listWallPosts('published');

interface Props {
  form: FeedItemForm;
  set: SetField;
  /** The section's themes list (its data is null while loading, or when it could not be loaded). */
  themes: StaffData<StaffThemeView[]>;
  onError: OnError;
}

export function SourceChoices({ form, set, themes, onError }: Props) {
  const { t } = useTranslation('staff');
  const posts = useStaffData(listPublished, onError);
  const chosenThemes = new Set(form.themeIds);
  const chosenPosts = new Map(form.posts.map((p) => [p.id, p]));
  const togglePost = (post: StaffWallPostView, on: boolean) =>
    set('posts', on ? [...form.posts, { id: post.id }] : form.posts.filter((p) => p.id !== post.id));
  const quotePost = (post: StaffWallPostView, on: boolean) =>
    set(
      'posts',
      form.posts.map((p) => (p.id === post.id ? (on ? { id: p.id, quote: (post.publishedText ?? post.text).slice(0, 500) } : { id: p.id }) : p)),
    );
  return (
    <>
      <h2>{t('feed.editor.sources')}</h2>
      <fieldset className="staff-choices">
        <legend>{t('feed.editor.themes')}</legend>
        {!themes.data ? (
          <>
            <LoadFailed load={themes} words={(reason) => t('feed.editor.themesFailed', { reason })} />
            {themes.error === null && <FeedLoading />}
          </>
        ) : themes.data.length === 0 ? (
          <p>{t('feed.editor.noThemes')}</p>
        ) : (
          <ul className="staff-choice-list">
            {sortThemes(themes.data).map((th) => (
              <li key={th.id}>
                <input
                  id={`source-theme-${th.id}`}
                  type="checkbox"
                  checked={chosenThemes.has(th.id)}
                  onChange={(e) => set('themeIds', e.target.checked ? [...form.themeIds, th.id] : form.themeIds.filter((x) => x !== th.id))}
                />
                <label htmlFor={`source-theme-${th.id}`}>
                  {th.title.en} <span className="staff-meta">({t('themes.totals', { posts: th.posts, meToo: th.meToo })})</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <fieldset className="staff-choices">
        <legend>{t('feed.editor.posts')}</legend>
        <p className="small">{t('feed.editor.postsHint')}</p>
        {!posts.data ? (
          <>
            <LoadFailed load={posts} words={(reason) => t('feed.editor.postsFailed', { reason })} />
            {posts.error === null && <FeedLoading />}
          </>
        ) : posts.data.length === 0 ? (
          <p>{t('feed.editor.noPosts')}</p>
        ) : (
          <ul className="staff-choice-list">
            {posts.data.map((p) => {
              const chosen = chosenPosts.get(p.id);
              return (
                <li key={p.id}>
                  <input id={`source-post-${p.id}`} type="checkbox" checked={Boolean(chosen)} onChange={(e) => togglePost(p, e.target.checked)} />
                  <label htmlFor={`source-post-${p.id}`}>
                    <span className="staff-meta">
                      <bdi>{p.promptText}</bdi> · <bdi>{p.districtName ?? t('noDistrict')}</bdi>
                    </span>
                    <span className="staff-post-text" dir="auto">
                      {p.publishedText ?? p.text}
                    </span>
                  </label>
                  {chosen && (
                    <div className="staff-quote-choice">
                      <input id={`quote-${p.id}`} type="checkbox" checked={Boolean(chosen.quote)} onChange={(e) => quotePost(p, e.target.checked)} />
                      <label htmlFor={`quote-${p.id}`}>{t('feed.editor.quote')}</label>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </fieldset>
      <FindingChoices form={form} set={set} onError={onError} />
      <RequestTopicChoices form={form} set={set} onError={onError} />
    </>
  );
}
