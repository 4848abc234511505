// The published posts on one prompt, newest first, each with "me too" (once per phone) and its count.
import { useTranslation } from 'react-i18next';
import { meToo } from '../data/wall-data';
import { useMeToos, useWallPosts } from '../data/use-wall';

export function PromptPosts({ promptId }: { promptId: string }) {
  const { t } = useTranslation('wall');
  const posts = useWallPosts(promptId);
  const meToos = useMeToos();
  return (
    <section aria-labelledby="posts-heading">
      <h2 id="posts-heading">{t('posts.title')}</h2>
      {posts.length === 0 && <p>{t('posts.none')}</p>}
      <ul className="wall-posts">
        {posts.map((p) => {
          const done = meToos.has(p.id);
          return (
            <li key={p.id} className="wall-post">
              <p className="wall-post-text" dir="auto">
                {p.text}
              </p>
              <button type="button" className="button button-secondary me-too" aria-pressed={done} disabled={done} onClick={() => void meToo(p.id)}>
                {t(done ? 'meToo.done' : 'meToo.button')}
              </button>
              <span className="small"> {t('meToo.count', { count: p.meToo })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
