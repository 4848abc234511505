// "What's in a name": vote on what the council should call things, once per phone, offline; suggest a new name.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll } from '../../../../shared/poll';
import { assessText } from '../../../../shared/safety/assess-text';
import { councilSafetyTerms } from '../../../storage/safety-terms';
import { pickText } from '../../../../shared/text';
import { Link } from '../../../shell/router';
import { PrivacyGate, PrivacyLink } from '../../../shell/privacy-notice';
import { openSafetyHelp } from '../../../shell/safety-events';
import { SentMessage } from '../../../shell/sent-message';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import { suggestName, vote, voteWaiting } from '../data/feed-data';
import { journeySteps, MAX_NAME_LENGTH, pollResults, resultsVisible, sortPolls } from '../model/feed-model';

export function NamesPage() {
  const { t } = useTranslation('feed');
  const polls = useLiveQuery(async () => sortPolls(await db.polls.toArray()), []);
  return (
    <>
      <p>
        <Link href="/feed">{t('back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('names.title')}</h1>
      <p>{t('names.intro')}</p>
      {polls && polls.length === 0 && <p className="feed-empty">{t('names.none')}</p>}
      <div className="polls">
        {polls?.map((p) => (
          <PollCard key={p.id} poll={p} />
        ))}
      </div>
    </>
  );
}

function PollCard({ poll }: { poll: Poll }) {
  const { t, i18n } = useTranslation('feed');
  const myVote = useLiveQuery(async () => (await db.myVotes.get(poll.id))?.optionId ?? null, [poll.id]);
  const waiting = useLiveQuery(() => voteWaiting(poll.id), [poll.id], false);
  const question = pickText(poll.question, i18n.language);
  const titleId = `poll-${poll.id}-title`;
  const currentWord = i18n.exists(`vocab:${poll.term}`) ? t(`vocab:${poll.term}`) : null;
  const showResults = myVote !== undefined && resultsVisible(poll, myVote);
  return (
    <article className="poll" aria-labelledby={titleId} data-open={poll.open}>
      <h2 id={titleId} lang={question.translated ? undefined : 'en'} dir="auto">
        {question.text}
      </h2>
      {!question.translated && <p className="small">{t('notTranslated')}</p>}
      {currentWord && <p className="small">{t('names.nowWeSay', { word: currentWord })}</p>}
      {!poll.open && <p className="poll-closed">{t('names.closed')}</p>}
      {myVote === undefined ? null : showResults ? (
        <Results poll={poll} myVote={myVote} waiting={waiting} />
      ) : (
        <VoteForm poll={poll} />
      )}
      {poll.open && (
        <PrivacyGate>
          <SuggestForm poll={poll} />
        </PrivacyGate>
      )}
      <MySuggestions pollId={poll.id} />
    </article>
  );
}

function VoteForm({ poll }: { poll: Poll }) {
  const { t } = useTranslation('feed');
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!choice) {
      setError(true);
      return;
    }
    await vote(poll.id, choice);
  };
  if (poll.options.length === 0) return <p>{t('names.noOptions')}</p>;
  const errorId = `poll-${poll.id}-error`;
  return (
    <form className="poll-vote" onSubmit={(e) => void submit(e)}>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>{t('names.choose')}</legend>
        {poll.options.map((o) => (
          <label key={o.id} className="poll-option">
            <input
              type="radio"
              name={`poll-${poll.id}`}
              value={o.id}
              checked={choice === o.id}
              onChange={() => {
                setChoice(o.id);
                setError(false);
              }}
            />
            <span dir="auto">{o.label}</span>
          </label>
        ))}
      </fieldset>
      {error && (
        <p id={errorId} className="error" role="alert">
          {t('names.pickOne')}
        </p>
      )}
      <p className="small">{t('names.once')}</p>
      <button type="submit" className="button">
        {t('names.vote')}
      </button>
    </form>
  );
}

function Results({ poll, myVote, waiting }: { poll: Poll; myVote: string | null; waiting: boolean }) {
  const { t } = useTranslation('feed');
  const rows = pollResults(poll, myVote, waiting);
  const resultsId = `poll-${poll.id}-results`;
  return (
    <div className="poll-results">
      <h3 id={resultsId}>{t('names.results')}</h3>
      {myVote && <p role="status">{waiting ? t('names.votedWaiting') : t('names.voted')}</p>}
      <ul>
        {rows.map((r) => (
          <li key={r.id} className={`poll-result${r.adopted ? ' poll-result-adopted' : ''}${r.mine ? ' poll-result-mine' : ''}`}>
            <span className="poll-result-label">
              <span dir="auto">{r.label}</span>
              {r.adopted && <strong className="poll-tag poll-tag-adopted">{t('names.adopted')}</strong>}
              {r.mine && <span className="poll-tag">{t('names.yourVote')}</span>}
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

function SuggestForm({ poll }: { poll: Poll }) {
  const { t } = useTranslation('feed');
  const [text, setText] = useState('');
  const [warnDetails, setWarnDetails] = useState(false);
  const [sent, setSent] = useState<{ id: string; flagged: boolean } | null>(null);
  const inputId = `poll-${poll.id}-suggest`;
  const noteId = `${inputId}-note`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const words = text.trim();
    if (!words) return;
    const check = assessText(words, { extraTerms: await councilSafetyTerms() });
    if (!check.disclosure && check.personalDetails.length > 0 && !warnDetails) {
      setWarnDetails(true);
      return;
    }
    const id = await suggestName(poll.id, words, { flaggedOnDevice: check.disclosure });
    setText('');
    setWarnDetails(false);
    setSent({ id, flagged: check.disclosure });
    if (check.disclosure) openSafetyHelp('after-post');
  };

  return (
    <form className="poll-suggest stack" onSubmit={(e) => void submit(e)}>
      <label htmlFor={inputId}>{t('names.suggest.label')}</label>
      <p id={noteId}>
        {t('names.suggest.note')} <PrivacyLink />
      </p>
      <input
        id={inputId}
        type="text"
        value={text}
        maxLength={MAX_NAME_LENGTH}
        aria-describedby={noteId}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setWarnDetails(false);
          setSent(null);
        }}
      />
      {warnDetails && (
        <p className="feed-warning" role="alert">
          {t('names.suggest.detailsWarning')}
        </p>
      )}
      <button type="submit" className="button button-secondary" disabled={text.trim() === ''}>
        {warnDetails ? t('names.suggest.sendAnyway') : t('names.suggest.send')}
      </button>
      <div role="status" aria-live="polite" className="feed-sent">
        {sent && (
          <SentMessage
            itemId={sent.id}
            flagged={sent.flagged}
            onWall={false}
            texts={{ sending: t('names.suggest.sending'), savedOffline: t('names.suggest.savedOffline'), sent: t('names.suggest.sent') }}
          />
        )}
      </div>
    </form>
  );
}

function MySuggestions({ pollId }: { pollId: string }) {
  const { t } = useTranslation('feed');
  const mine = useLiveQuery(
    async () => (await db.myItems.where('kind').equals('poll-suggestion').toArray()).filter((i) => i.parentId === pollId),
    [pollId],
    [],
  );
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
