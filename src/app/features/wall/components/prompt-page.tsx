// One prompt: the young person's own posts with their journey, a write box, and the published posts with "me too".
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assessText } from '../../../../shared/safety/assess-text';
import { councilSafetyTerms } from '../../../storage/safety-terms';
import { pickText } from '../../../../shared/text';
import { Link } from '../../../shell/router';
import { PrivacyGate, PrivacyLink } from '../../../shell/privacy-notice';
import { SafeguardingNote } from '../../../shell/safeguarding-note';
import { openSafetyHelp } from '../../../shell/safety-events';
import { SentMessage } from '../../../shell/sent-message';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import { draftKey, meToo, saveDraft, sendPost } from '../data/wall-data';
import { journeyOf, MAX_POST_LENGTH } from '../model/wall-model';

export function PromptPage({ promptId }: { promptId: string }) {
  const { t, i18n } = useTranslation('wall');
  const prompt = useLiveQuery(() => db.wallPrompts.get(promptId), [promptId]);
  const posts = useLiveQuery(
    () => db.wallPosts.where('promptId').equals(promptId).reverse().sortBy('publishedAt'),
    [promptId],
    [],
  );
  const mine = useLiveQuery(
    async () => (await db.myItems.where('kind').equals('wall-post').toArray()).filter((i) => i.parentId === promptId),
    [promptId],
    [],
  );
  const meToos = useLiveQuery(async () => new Set((await db.myMeToos.toArray()).map((m) => m.postId)), [], new Set<string>());

  if (prompt === undefined) {
    return (
      <>
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p>{t('promptMissing')}</p>
        <Link href="/wall">{t('back')}</Link>
      </>
    );
  }
  const text = pickText(prompt.text, i18n.language);
  return (
    <>
      <p>
        <Link href="/wall">{t('back')}</Link>
      </p>
      <h1 tabIndex={-1} className={`wall-heading wall-heading-${prompt.kind}`}>
        {text.text}
      </h1>
      {!text.translated && <p className="small">{t('notTranslated')}</p>}
      {prompt.open ? (
        <PrivacyGate>
          <WriteBox key={promptId} promptId={promptId} />
        </PrivacyGate>
      ) : (
        <p className="wall-closed">{t('closedNote')}</p>
      )}
      {mine.length > 0 && (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">{t('mine.title')}</h2>
          <ul className="wall-posts">
            {[...mine].reverse().map((m) => {
              const journey = journeyOf(m);
              return (
                <li key={m.id} className="wall-post wall-post-mine">
                  <p className="wall-post-text" dir="auto">{m.text}</p>
                  <p className={`wall-journey wall-journey-${journey}`}>{t(`journey.${journey}`)}</p>
                  {journey === 'kept-private' &&
                    (m.reason === 'safeguarding' || m.flaggedOnDevice ? (
                      <SafeguardingNote seen={Boolean(m.seenByPerson)} notSent={false} />
                    ) : (
                      <p>{t('keptPrivate.details')}</p>
                    ))}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading">{t('posts.title')}</h2>
        {posts.length === 0 && <p>{t('posts.none')}</p>}
        <ul className="wall-posts">
          {posts.map((p) => {
            const done = meToos.has(p.id);
            return (
              <li key={p.id} className="wall-post">
                <p className="wall-post-text" dir="auto">{p.text}</p>
                <button
                  type="button"
                  className="button button-secondary me-too"
                  aria-pressed={done}
                  disabled={done}
                  onClick={() => void meToo(p.id)}
                >
                  {t(done ? 'meToo.done' : 'meToo.button')}
                </button>
                <span className="small"> {t('meToo.count', { count: p.meToo })}</span>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

function WriteBox({ promptId }: { promptId: string }) {
  const { t } = useTranslation('wall');
  const district = useLiveQuery(async () => ((await db.meta.get('district'))?.value as string | null) ?? null, [], null);
  const draft = useLiveQuery(() => db.drafts.get(draftKey(promptId)), [promptId]);
  const [text, setText] = useState<string | null>(null);
  const [warnDetails, setWarnDetails] = useState(false);
  const [sent, setSent] = useState<{ id: string; flagged: boolean } | null>(null);
  const value = text ?? draft?.text ?? '';

  const change = (v: string) => {
    setText(v);
    setWarnDetails(false);
    setSent(null);
    void saveDraft(promptId, v);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const words = value.trim();
    if (!words) return;
    const check = assessText(words, { extraTerms: await councilSafetyTerms() });
    if (!check.disclosure && check.personalDetails.length > 0 && !warnDetails) {
      setWarnDetails(true);
      return;
    }
    const id = await sendPost(promptId, words, { districtId: district, flaggedOnDevice: check.disclosure });
    setText('');
    setWarnDetails(false);
    setSent({ id, flagged: check.disclosure });
    if (check.disclosure) openSafetyHelp('after-post');
  };

  return (
    <form className="wall-write stack" onSubmit={(e) => void submit(e)}>
      <label htmlFor="wall-text">{t('write.label')}</label>
      <p id="wall-note">
        {t('write.note')} <PrivacyLink />
      </p>
      <textarea
        id="wall-text"
        value={value}
        maxLength={MAX_POST_LENGTH}
        aria-describedby="wall-note wall-count"
        onChange={(e) => change(e.target.value)}
      />
      <p id="wall-count" className="small" aria-live="polite">
        {t('write.count', { count: value.length, max: MAX_POST_LENGTH })}
      </p>
      {warnDetails && (
        <p className="wall-warning" role="alert">
          {t('write.detailsWarning')}
        </p>
      )}
      <button type="submit" className="button" disabled={value.trim() === ''}>
        {warnDetails ? t('write.sendAnyway') : t('write.send')}
      </button>
      <div role="status" aria-live="polite" className="wall-sent">
        {sent && (
          <SentMessage
            itemId={sent.id}
            flagged={sent.flagged}
            onWall
            texts={{ sending: t('write.sending'), savedOffline: t('write.savedOffline'), sent: t('write.sent') }}
          />
        )}
      </div>
    </form>
  );
}
