// A poll's results: each name's votes and share, this phone's vote (counted at once, even offline), the chosen one.
import { useTranslation } from 'react-i18next';
import type { Poll } from '../../../../shared/poll';
import { ApprovedSymbol, DoneSymbol } from '../../../ui/icons';
import { ChoiceLabel, ReadAloud } from '../../../ui/read-aloud';
import { pollResults } from '../model/polls-model';

export function PollResults({ poll, myVote, waiting }: { poll: Poll; myVote: string | null; waiting: boolean }) {
  const { t, i18n } = useTranslation('feed');
  const rows = pollResults(poll, myVote, waiting, i18n.language);
  const resultsId = `poll-${poll.id}-results`;
  return (
    <div className="poll-results">
      <h3 id={resultsId}>{t('names.results')}</h3>
      {myVote && <p role="status">{waiting ? t('names.votedWaiting') : t('names.voted')}</p>}
      <ul>
        {rows.map((r) => (
          <li key={r.id} className={`poll-result${r.adopted ? ' poll-result-adopted' : ''}${r.mine ? ' poll-result-mine' : ''}`}>
            <span className="poll-result-label">
              <span dir="auto" lang={r.lang}>
                {r.label}
              </span>
              {r.adopted && (
                <strong className="poll-tag poll-tag-adopted">
                  <ChoiceLabel symbol={ApprovedSymbol}>{t('names.adopted')}</ChoiceLabel>
                </strong>
              )}
              {r.mine && (
                <span className="poll-tag">
                  <ChoiceLabel symbol={DoneSymbol}>{t('names.yourVote')}</ChoiceLabel>
                </span>
              )}
              <ReadAloud
                text={`${r.label}. ${t('names.votes', { count: r.votes, percent: r.percent })}`}
                label={t('common:readAloud.choice', { text: r.label })}
              />
            </span>
            <span className="poll-result-count">{t('names.votes', { count: r.votes, percent: r.percent })}</span>
            <span className="poll-bar" aria-hidden="true">
              <span style={{ inlineSize: `${r.percent}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
