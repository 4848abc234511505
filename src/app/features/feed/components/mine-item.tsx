// One of the young person's own items: what it was for, when it was written, each step of its journey, the answers.
import { useTranslation } from 'react-i18next';
import { SafeguardingNote } from '../../../my-items/components/safeguarding-note';
import { useMyItemParent } from '../../../my-items/data/journeys';
import { journeySteps, type JourneyStep } from '../../../my-items/model/journey';
import type { FeedItem as FeedItemRow, Theme } from '../../../../shared/feed';
import type { MyItemRow } from '../../../storage/rows';
import { Day } from '../../../ui/day';
import { Localized } from '../../../ui/localized';
import { ReadAloud } from '../../../ui/read-aloud';
import { MineAnswer } from './mine-answer';
import { MineRequest } from './mine-request';
import { TakeBack } from './take-back';

export function MineItem({
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
  const words = item.withdrawn ? t('mine.withdrawnText') : item.text || t('mine.noText');
  return (
    <article className="mine-item" aria-labelledby={titleId} data-kind={item.kind}>
      <div className="feed-item-top">
        <span className="mine-kind">{t(`mine.kind.${item.kind}`)}</span>
        {isNew && <span className="feed-mark feed-mark-new">{t('mark.new')}</span>}
      </div>
      <div className="mine-head">
        <h2 id={titleId} className="mine-text" dir="auto">
          {words}
        </h2>
        <ReadAloud text={words} label={t('common:readAloud.choice', { text: words })} />
      </div>
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
            <MineAnswer key={a.id} item={a} />
          ))}
        </div>
      )}
      {answersMissing && <p className="small">{t('mine.answerOnItsWay')}</p>}
      {item.kind === 'request' && <MineRequest item={item} />}
      {!item.withdrawn && item.kind !== 'request' && <TakeBack item={item} titleId={titleId} />}
    </article>
  );
}

function Parent({ item }: { item: MyItemRow }) {
  const { t } = useTranslation('feed');
  const parent = useMyItemParent(item);
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
