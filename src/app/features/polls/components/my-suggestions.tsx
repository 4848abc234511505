// The name ideas this phone sent for one poll, each with where it has got to.
import { useTranslation } from 'react-i18next';
import { useMyItems } from '../../../my-items/data/use-my-items';
import { journeySteps } from '../../../my-items/model/journey';
import { Link } from '../../../ui/router';

export function MySuggestions({ pollId }: { pollId: string }) {
  const { t } = useTranslation('feed');
  const mine = useMyItems('poll-suggestion', pollId);
  if (mine.length === 0) return null;
  return (
    <div className="poll-mine">
      <h3>{t('names.yourIdeas')}</h3>
      <ul>
        {mine.map((m) => {
          const steps = journeySteps(m);
          const shown = steps.find((s) => s.key === 'poll');
          const answered = steps.find((s) => s.key === 'answer')?.state === 'done';
          const where = m.withdrawn || m.delivery !== 'delivered' ? steps[0] : answered ? { key: 'answerPoll', state: 'done' } : shown;
          return (
            <li key={m.id}>
              <span dir="auto" className="poll-mine-text">
                {m.withdrawn ? t('mine.withdrawnText') : m.text}
              </span>{' '}
              <span className="small">{where ? t(`mine.steps.${where.key}.${where.state}`) : ''}</span>
            </li>
          );
        })}
      </ul>
      <Link href="/feed/mine">{t('links.mine')}</Link>
    </div>
  );
}
