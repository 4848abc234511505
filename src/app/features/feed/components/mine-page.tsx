// "What happened to what I said": every post and name idea from this phone, with its journey, step by step.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNews } from '../../../shell/news';
import { Link } from '../../../shell/router';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import type { FeedItem as FeedItemRow, MyItemRow, Theme } from '../../../storage/rows';
import { SafeguardingNote } from '../../../shell/safeguarding-note';
import { takeBack } from '../../../storage/take-back';
import { lookAtMine } from '../data/feed-data';
import { journeySteps, latestUpdate, pickAll, sortMine, type JourneyStep } from '../model/feed-model';
import { Day, Localized, StatusBadge } from './feed-parts';

export function MinePage() {
  const { t } = useTranslation('feed');
  const data = useLiveQuery(async () => {
    const items = sortMine(await db.myItems.toArray());
    const feedIds = [...new Set(items.flatMap((i) => i.feedItemIds))];
    const themeIds = [...new Set(items.flatMap((i) => i.themeIds))];
    const pollIds = [...new Set(items.filter((i) => i.kind === 'poll-suggestion').map((i) => i.parentId))];
    const [feed, themes, polls] = await Promise.all([db.feedItems.bulkGet(feedIds), db.themes.bulkGet(themeIds), db.polls.bulkGet(pollIds)]);
    const closedPolls = new Set(polls.flatMap((p) => (p && !p.open ? [p.id] : [])));
    const feedItems = new Map<string, FeedItemRow>();
    for (const f of feed) if (f) feedItems.set(f.id, f);
    const feedUpdatedAt = new Map([...feedItems.values()].map((f) => [f.id, f.updatedAt]));
    const themeMap = new Map<string, Theme>();
    for (const th of themes) if (th) themeMap.set(th.id, th);
    return { items, feedItems, feedUpdatedAt, themes: themeMap, closedPolls };
  }, []);
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());

  // Looking at the page marks the news seen; the "New" badges stay for the rest of this visit.
  const newsKey = data ? data.items.filter((i) => hasNews(i, data.feedUpdatedAt)).map((i) => i.id).join(' ') : '';
  useEffect(() => {
    if (!newsKey) return;
    let live = true;
    void lookAtMine().then((ids) => {
      if (live && ids.length) setFresh((prev) => new Set([...prev, ...ids]));
    });
    return () => {
      live = false;
    };
  }, [newsKey]);

  return (
    <>
      <p>
        <Link href="/feed">{t('back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('mine.title')}</h1>
      <p>{t('mine.intro')}</p>
      {data && data.items.length === 0 && (
        <div className="feed-empty">
          <p>{t('mine.empty')}</p>
          <ul className="feed-links">
            <li>
              <Link href="/wall">{t('mine.goWall')}</Link>
            </li>
            <li>
              <Link href="/feed/names">{t('links.names')}</Link>
            </li>
          </ul>
        </div>
      )}
      <div className="mine-items">
        {data?.items.map((item) => (
          <MineItem
            key={item.id}
            item={item}
            isNew={fresh.has(item.id) || hasNews(item, data.feedUpdatedAt)}
            themes={item.themeIds.flatMap((id) => data.themes.get(id) ?? [])}
            answers={item.feedItemIds.flatMap((id) => data.feedItems.get(id) ?? [])}
            answersMissing={item.feedItemIds.some((id) => !data.feedItems.has(id))}
            pollClosed={item.kind === 'poll-suggestion' && data.closedPolls.has(item.parentId)}
          />
        ))}
      </div>
    </>
  );
}


function MineItem({
  item,
  isNew,
  themes,
  answers,
  answersMissing,
  pollClosed,
}: {
  item: MyItemRow;
  isNew: boolean;
  themes: Theme[];
  answers: FeedItemRow[];
  answersMissing: boolean;
  pollClosed: boolean;
}) {
  const { t } = useTranslation('feed');
  const titleId = `mine-${item.id}-title`;
  const steps = journeySteps(item, { pollClosed });
  return (
    <article className="mine-item" aria-labelledby={titleId} data-kind={item.kind}>
      <div className="feed-item-top">
        <span className="mine-kind">{t(`mine.kind.${item.kind}`)}</span>
        {isNew && <span className="feed-mark feed-mark-new">{t('mark.new')}</span>}
      </div>
      <h2 id={titleId} className="mine-text" dir="auto">
        {item.withdrawn ? t('mine.withdrawnText') : item.text || t('mine.noText')}
      </h2>
      <Parent item={item} />
      <p className="small">
        {/* Never "sent" while it is still on this phone. */}
        {t(item.delivery === 'delivered' ? 'mine.sentOn' : 'mine.writtenOn')} <Day value={item.createdAt} />
      </p>
      <ol className="journey" aria-label={t('mine.journey')}>
        {steps.map((s) => (
          <Step key={s.key} step={s} item={item} themes={themes} />
        ))}
      </ol>
      {answers.length > 0 && (
        <div className="mine-answers">
          <h3 id={`${titleId}-answers`}>{t('mine.answerTitle')}</h3>
          {answers.map((a) => (
            <Answer key={a.id} item={a} />
          ))}
        </div>
      )}
      {answersMissing && <p className="small">{t('mine.answerOnItsWay')}</p>}
      {!item.withdrawn && <TakeBack item={item} titleId={titleId} />}
    </article>
  );
}

function Parent({ item }: { item: MyItemRow }) {
  const { t } = useTranslation('feed');
  const parent = useLiveQuery(
    async () => (item.kind === 'poll-suggestion' ? (await db.polls.get(item.parentId))?.question : (await db.wallPrompts.get(item.parentId))?.text),
    [item.kind, item.parentId],
  );
  if (!parent) return null;
  return (
    <p className="small mine-parent">
      {t(item.kind === 'poll-suggestion' ? 'mine.forPoll' : 'mine.forPrompt')} <Localized text={parent} />
    </p>
  );
}

/** Why an item is private; words this phone flagged are safeguarding even before the server has said so. */
const privateWhy = (item: MyItemRow) => item.reason ?? (item.flaggedOnDevice ? 'safeguarding' : 'not-suitable');

function Step({ step, item, themes }: { step: JourneyStep; item: MyItemRow; themes: Theme[] }) {
  const { t } = useTranslation('feed');
  const stepKey = step.key === 'answer' && item.kind === 'poll-suggestion' ? 'answerPoll' : step.key;
  return (
    <li className={`journey-step journey-step-${step.state}`} aria-current={step.state === 'now' ? 'step' : undefined}>
      <span className="journey-dot" aria-hidden="true">
        {step.state === 'done' ? '✓' : step.state === 'problem' ? '!' : ''}
      </span>
      <span className="journey-body">
        <span className="journey-text">{t(`mine.steps.${stepKey}.${step.state}`)}</span>
        {step.state === 'private' &&
          (privateWhy(item) === 'safeguarding' ? (
            <SafeguardingNote seen={Boolean(item.seenByPerson)} notSent={false} onWall={item.kind !== 'poll-suggestion'} />
          ) : (
            <span className="journey-why">{t(`mine.private.${privateWhy(item)}`)}</span>
          ))}
        {step.key === 'theme' && step.state === 'done' && themes.length > 0 && (
          <span className="journey-themes">
            {themes.map((th) => (
              <Localized key={th.id} text={th.title} className="journey-theme" />
            ))}
          </span>
        )}
      </span>
    </li>
  );
}

function Answer({ item }: { item: FeedItemRow }) {
  const { t, i18n } = useTranslation('feed');
  const last = latestUpdate(item);
  const { fellBack } = pickAll([item.said, item.did, item.cantDoReason, last?.text], i18n.language);
  return (
    <div className="mine-answer">
      <p className="feed-item-top">
        <StatusBadge status={item.status} />
      </p>
      <p className="feed-label">{t('said')}</p>
      <Localized as="p" text={item.said} />
      <p className="feed-label">{t('did')}</p>
      <Localized as="p" text={item.did} />
      {item.status === 'cant-do' && item.cantDoReason && (
        <>
          <p className="feed-label">{t('cantDoReason')}</p>
          <Localized as="p" text={item.cantDoReason} />
        </>
      )}
      {last && (
        <div className="mine-latest">
          <p className="feed-label">
            {t('mine.latest')} <Day value={last.at} />
          </p>
          <Localized as="p" text={last.text} />
        </div>
      )}
      {fellBack && <p className="small feed-not-translated">{t('notTranslated')}</p>}
      <Link href={`/feed#feed-item-${item.id}`}>{t('mine.seeInFeed')}</Link>
    </div>
  );
}

/** "Take this back", asked twice so a slip of the thumb does not lose anything. */
function TakeBack({ item, titleId }: { item: MyItemRow; titleId: string }) {
  const { t } = useTranslation('privacy');
  const [asking, setAsking] = useState(false);
  const notSent = item.delivery !== 'delivered';
  if (!asking) {
    return (
      <p className="take-back">
        <button type="button" className="button button-secondary" aria-describedby={titleId} onClick={() => setAsking(true)}>
          {t('takeBack.button')}
        </button>
      </p>
    );
  }
  const sureId = `${titleId}-take-back`;
  return (
    <div className="take-back take-back-confirm" role="group" aria-labelledby={sureId}>
      <p id={sureId}>
        <strong>{t('takeBack.sure')}</strong>
      </p>
      <p>{t(notSent ? 'takeBack.notSentYet' : item.kind === 'poll-suggestion' ? 'takeBack.whatHappensIdea' : 'takeBack.whatHappens')}</p>
      <button type="button" className="button button-danger" onClick={() => void takeBack(item.id)}>
        {t('takeBack.yes')}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
        {t('takeBack.no')}
      </button>
    </div>
  );
}
