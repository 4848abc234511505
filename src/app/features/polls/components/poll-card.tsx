// One poll: its question, the word the council uses now, the vote or its results, a name idea, and mine.
import { useTranslation } from 'react-i18next';
import type { Poll } from '../../../../shared/poll';
import { pickText } from '../../../../shared/text';
import { PrivacyGate } from '../../../my-items/components/privacy-notice';
import { ReadAloud } from '../../../ui/read-aloud';
import { useMyVote, useVoteWaiting } from '../data/use-polls';
import { resultsVisible } from '../model/polls-model';
import { MySuggestions } from './my-suggestions';
import { PollResults } from './poll-results';
import { SuggestForm } from './suggest-form';
import { VoteForm } from './vote-form';

export function PollCard({ poll }: { poll: Poll }) {
  const { t, i18n } = useTranslation('feed');
  const myVote = useMyVote(poll.id);
  const waiting = useVoteWaiting(poll.id);
  const question = pickText(poll.question, i18n.language);
  const titleId = `poll-${poll.id}-title`;
  const currentWord = i18n.exists(`vocab:${poll.term}`) ? t(`vocab:${poll.term}`) : null;
  const showResults = myVote !== undefined && resultsVisible(poll, myVote);
  return (
    <article className="poll" aria-labelledby={titleId} data-open={poll.open}>
      <div className="poll-head">
        <h2 id={titleId} lang={question.translated ? undefined : 'en'} dir="auto">
          {question.text}
        </h2>
        <ReadAloud text={question.text} lang={question.translated ? undefined : 'en'} label={t('common:readAloud.choice', { text: question.text })} />
      </div>
      {!question.translated && <p className="small">{t('notTranslated')}</p>}
      {currentWord && <p className="small">{t('names.nowWeSay', { word: currentWord })}</p>}
      {!poll.open && <p className="poll-closed">{t('names.closed')}</p>}
      {myVote === undefined ? null : showResults ? <PollResults poll={poll} myVote={myVote} waiting={waiting} /> : <VoteForm poll={poll} />}
      {poll.open && (
        <PrivacyGate>
          <SuggestForm poll={poll} />
        </PrivacyGate>
      )}
      <MySuggestions pollId={poll.id} />
    </article>
  );
}
