// "This helps" / "Not enough yet": one per phone per item, changeable, offline. Each with its symbol and read-aloud.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REACTIONS, type Reaction } from '../../../../shared/feed';
import { NoMoreSymbol, YesMoreSymbol } from '../../../ui/icons';
import { Choice, ChoiceLabel, ReadAloud } from '../../../ui/read-aloud';
import { react } from '../data/feed-data';
import { useKeep } from '../../../ui/kit/kept';

const REACTION_SYMBOL: Record<Reaction, typeof YesMoreSymbol> = { helps: YesMoreSymbol, 'not-enough': NoMoreSymbol };

export function Reactions({ itemId, reaction }: { itemId: string; reaction: Reaction | null }) {
  const { t } = useTranslation('feed');
  const labelId = useId();
  const chosen = useKeep();
  return (
    <div className="feed-react" role="group" aria-labelledby={labelId}>
      <div className="feed-react-head">
        <p id={labelId} className="feed-react-label">
          {t('react.label')}
        </p>
        <ReadAloud text={t('react.label')} label={t('common:readAloud.choice', { text: t('react.label') })} />
      </div>
      <div className="feed-react-buttons">
        {REACTIONS.map((r) => (
          <Choice key={r} text={t(`react.${r}`)}>
            <button
              type="button"
              className={`button button-secondary feed-react-${r}`}
              aria-pressed={reaction === r}
              onClick={() => chosen.keep(() => react(itemId, r))}
            >
              <ChoiceLabel symbol={REACTION_SYMBOL[r]}>{t(`react.${r}`)}</ChoiceLabel>
            </button>
          </Choice>
        ))}
      </div>
      <p className="small" aria-live="polite">
        {chosen.failed() ? t('common:notSaved') : reaction ? t('react.chosen', { reaction: t(`react.${reaction}`) }) : t('react.note')}
      </p>
    </div>
  );
}
