// The published posts on one prompt, newest first, as notes on the wall: each with its read-aloud and "me too" (once
// per phone) with its count.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HeartSymbol } from '../../../ui/icons';
import { ChoiceLabel, ReadAloud } from '../../../ui/read-aloud';
import { meToo } from '../data/wall-data';
import { useMeToos, usePromptPosts } from '../data/use-wall';

export function PromptPosts({ promptId }: { promptId: string }) {
  const { t } = useTranslation('wall');
  const posts = usePromptPosts(promptId);
  const meToos = useMeToos();
  // The post whose "me too" the phone could not keep: said under its button (a kept one turns the button to "done").
  const [failedId, setFailedId] = useState<string | null>(null);
  if (posts === undefined) return null;
  const sayMeToo = (postId: string) => {
    setFailedId(null);
    meToo(postId).catch(() => setFailedId(postId));
  };
  return (
    <section aria-labelledby="posts-heading">
      <h2 id="posts-heading">{t('posts.title')}</h2>
      {posts.length === 0 && <p>{t('posts.none')}</p>}
      <ul className="wall-posts wall-bricks">
        {posts.map((p) => {
          const done = meToos.has(p.id);
          return (
            <li key={p.id} className="wall-post">
              <div className="wall-post-head">
                <p className="wall-post-text" dir="auto">
                  {p.text}
                </p>
                <ReadAloud text={p.text} label={t('common:readAloud.choice', { text: p.text })} />
              </div>
              <div className="wall-post-foot">
                <button type="button" className="button button-secondary me-too" aria-pressed={done} disabled={done} onClick={() => sayMeToo(p.id)}>
                  <ChoiceLabel symbol={HeartSymbol}>{t(done ? 'meToo.done' : 'meToo.button')}</ChoiceLabel>
                </button>
                <span className="small">{t('meToo.count', { count: p.meToo })}</span>
              </div>
              {failedId === p.id && (
                <p className="wall-warning" role="alert">
                  {t('common:notSaved')}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
