// "This helps" / "Not enough yet": one per phone per item, changeable, offline.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { REACTIONS, type Reaction } from '../../../../shared/feed';
import { react } from '../data/feed-data';

export function Reactions({ itemId, reaction }: { itemId: string; reaction: Reaction | null }) {
  const { t } = useTranslation('feed');
  const labelId = useId();
  return (
    <div className="feed-react" role="group" aria-labelledby={labelId}>
      <p id={labelId} className="feed-react-label">
        {t('react.label')}
      </p>
      <div className="feed-react-buttons">
        {REACTIONS.map((r) => (
          <button
            key={r}
            type="button"
            className={`button button-secondary feed-react-${r}`}
            aria-pressed={reaction === r}
            onClick={() => void react(itemId, r)}
          >
            {t(`react.${r}`)}
          </button>
        ))}
      </div>
      <p className="small" aria-live="polite">
        {reaction ? t('react.chosen', { reaction: t(`react.${reaction}`) }) : t('react.note')}
      </p>
    </div>
  );
}
