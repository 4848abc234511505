// The young person's own posts on one prompt, newest first, each with where it has got to (a symbol beside the words).
import { useTranslation } from 'react-i18next';
import { SafeguardingNote } from '../../../my-items/components/safeguarding-note';
import { useMyItems } from '../../../my-items/data/use-my-items';
import { journeyOf, type PostJourney } from '../../../my-items/model/journey';
import { AlertSymbol, ApprovedSymbol, CloseSymbol, OfflineSymbol, PrivateSymbol, WaitingSymbol } from '../../../ui/icons';
import { ChoiceLabel } from '../../../ui/read-aloud';

const JOURNEY_SYMBOL: Record<PostJourney, typeof ApprovedSymbol> = {
  'not-sent': OfflineSymbol,
  'couldnt-send': AlertSymbol,
  delivered: WaitingSymbol,
  published: ApprovedSymbol,
  'kept-private': PrivateSymbol,
  withdrawn: CloseSymbol,
};

export function MyPosts({ promptId }: { promptId: string }) {
  const { t } = useTranslation('wall');
  const mine = useMyItems('wall-post', promptId);
  if (mine.length === 0) return null;
  return (
    <section aria-labelledby="mine-heading">
      <h2 id="mine-heading">{t('mine.title')}</h2>
      <ul className="wall-posts">
        {[...mine].reverse().map((m) => {
          const journey = journeyOf(m);
          return (
            <li key={m.id} className="wall-post wall-post-mine">
              <p className="wall-post-text" dir="auto">
                {m.text}
              </p>
              <p className={`wall-journey wall-journey-${journey}`}>
                <ChoiceLabel symbol={JOURNEY_SYMBOL[journey]}>{t(`journey.${journey}`)}</ChoiceLabel>
              </p>
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
  );
}
