// The published posts on one prompt, newest first, as notes on the wall: each with its read-aloud and "me too" (once
// per phone) with its count.
import { useTranslation } from 'react-i18next';
import { HeartSymbol } from '../../../ui/icons';
import { ChoiceLabel, ReadAloud } from '../../../ui/read-aloud';
import { meToo } from '../data/wall-data';
import { useMeToos, usePromptPosts } from '../data/use-wall';
import { NotKept, useKeep } from '../../../ui/kit/kept';

export function PromptPosts({ promptId }: { promptId: string }) {
  const { t } = useTranslation('wall');
  const posts = usePromptPosts(promptId);
  const meToos = useMeToos();
  // A "me too" the phone could not keep is said under its post's button (a kept one turns the button to "done").
  const meTooKept = useKeep();
  if (posts === undefined) return null;
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
                <button
                  type="button"
                  className="button button-secondary me-too"
                  aria-pressed={done}
                  disabled={done}
                  onClick={() => meTooKept.keep(() => meToo(p.id), undefined, p.id)}
                >
                  <ChoiceLabel symbol={HeartSymbol}>{t(done ? 'meToo.done' : 'meToo.button')}</ChoiceLabel>
                </button>
                <span className="small">{t('meToo.count', { count: p.meToo })}</span>
              </div>
              <NotKept shown={meTooKept.failed(p.id)} className="wall-warning" />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
