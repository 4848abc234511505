// One language poll for staff: its question, the options with their votes (name ideas waiting for a person are
// marked) and their Welsh and Arabic words, open or close it, and adopt the winner.
import { Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffPollView } from '../../../../shared/feed-staff';
import { StaffApiError } from '../../../api/request';
import { Link } from '../../../ui/router';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { ScrollTable } from '../../../ui/staff/scroll-table';
import { AdoptForm } from './adopt-form';
import { decideOption, setPollOpen } from './api';
import { OptionWordsForm } from './option-words-form';

type OnError = (e: unknown) => void;

export function PollCard({ poll, onError, onChanged }: { poll: StaffPollView; onError: OnError; onChanged: (message: string) => void }) {
  const { t } = useTranslation('staff');
  const [problem, setProblem] = useState<string | null>(null);
  const [adopting, setAdopting] = useState(false);
  const [ask, confirmDialog] = useConfirm();
  // The option whose Welsh and Arabic words are being edited; when the form closes, focus goes back to its button.
  const [wordsFor, setWordsFor] = useState<string | null>(null);
  const wordsClosed = useRef<string | null>(null);
  useEffect(() => {
    if (wordsFor !== null || !wordsClosed.current) return;
    document.getElementById(`words-toggle-${wordsClosed.current}`)?.focus();
    wordsClosed.current = null;
  }, [wordsFor]);
  const closeWords = () => {
    wordsClosed.current = wordsFor;
    setWordsFor(null);
  };
  const titleId = `poll-${poll.id}-title`;
  const adopted = poll.options.find((o) => o.id === poll.adoptedOptionId);
  const totalVotes = poll.options.reduce((n, o) => n + o.votes, 0);

  const act = async (run: () => Promise<unknown>, message: string) => {
    setProblem(null);
    try {
      await run();
      onChanged(message);
    } catch (err) {
      onError(err);
      setProblem(errorText(err));
    }
  };
  const setOpen = (open: boolean) => void act(() => setPollOpen(poll.id, open), open ? t('polls.opened') : t('polls.closedNotice'));
  const decide = (optionId: string, action: 'approve' | 'hide') =>
    void act(
      async () => {
        try {
          await decideOption(poll.id, optionId, { action });
        } catch (err) {
          // The safety check has doubts about this idea: a person reads it again and confirms before it goes to phones.
          if (!(err instanceof StaffApiError && err.code === 'confirm-doubt')) throw err;
          const yes = await ask({
            title: t('confirm.pollDoubt.title'),
            what: t('polls.confirmDoubt'),
            confirm: t('confirm.pollDoubt.confirm'),
            irreversible: false,
          });
          if (!yes) return;
          await decideOption(poll.id, optionId, { action, confirmDoubt: true });
        }
      },
      action === 'approve' ? t('polls.approved') : t('polls.hidden'),
    );

  return (
    <li className="staff-card" aria-labelledby={titleId}>
      <h2 id={titleId} className="staff-card-title">
        {poll.question.en}
      </h2>
      <p className="staff-meta">
        {t('polls.termIs', { term: poll.term })} · {poll.open ? t('polls.open') : t('polls.closed')} · {t('polls.totalVotes', { n: totalVotes })}
      </p>
      {adopted && (
        <p className="staff-note">
          {t('polls.adoptedAs', { label: adopted.label })}{' '}
          {poll.feedItemId && <Link href={`/staff/feed/${poll.feedItemId}`}>{t('polls.feedLink')}</Link>}
        </p>
      )}
      <ScrollTable label={t('polls.optionsCaption', { question: poll.question.en })}>
        <table className="staff-table">
          <caption className="visually-hidden">{t('polls.optionsCaption', { question: poll.question.en })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('polls.option')}</th>
              <th scope="col">{t('polls.votes')}</th>
              <th scope="col">{t('polls.optionState')}</th>
              <th scope="col">{t('polls.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {poll.options.map((o) => (
              <Fragment key={o.id}>
                <tr className={o.status === 'pending' ? 'staff-row-pending' : undefined}>
                  <th scope="row" dir="auto">
                    {o.label}
                    {o.suggested && <span className="staff-meta"> · {t('polls.suggested')}</span>}
                    {o.translations.cy && (
                      <span className="staff-meta">
                        {' '}
                        · {t('polls.words.cy')}: <span lang="cy">{o.translations.cy}</span>
                      </span>
                    )}
                    {o.translations.ar && (
                      <span className="staff-meta">
                        {' '}
                        · {t('polls.words.ar')}:{' '}
                        <span lang="ar" dir="rtl">
                          {o.translations.ar}
                        </span>
                      </span>
                    )}
                  </th>
                  <td>{o.votes}</td>
                  <td>{t(`polls.optionStatus.${o.status}`)}</td>
                  <td>
                    {(o.status === 'pending' || o.status === 'hidden') && (
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => decide(o.id, 'approve')}
                        aria-label={t('polls.approveLabel', { label: o.label })}
                      >
                        {t('polls.approve')}
                      </button>
                    )}
                    {(o.status === 'pending' || o.status === 'published') && o.id !== poll.adoptedOptionId && (
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => decide(o.id, 'hide')}
                        aria-label={t('polls.hideLabel', { label: o.label })}
                      >
                        {t('polls.hide')}
                      </button>
                    )}
                    <button
                      type="button"
                      id={`words-toggle-${o.id}`}
                      className="button button-secondary"
                      aria-expanded={wordsFor === o.id}
                      aria-controls={wordsFor === o.id ? `words-${o.id}` : undefined}
                      onClick={() => (wordsFor === o.id ? closeWords() : setWordsFor(o.id))}
                      aria-label={t(o.translations.cy || o.translations.ar ? 'polls.words.changeLabel' : 'polls.words.addLabel', { label: o.label })}
                    >
                      {o.translations.cy || o.translations.ar ? t('polls.words.change') : t('polls.words.add')}
                    </button>
                  </td>
                </tr>
                {wordsFor === o.id && (
                  <tr>
                    <td colSpan={4}>
                      <OptionWordsForm
                        pollId={poll.id}
                        option={o}
                        onError={onError}
                        onCancel={closeWords}
                        onSaved={(message) => {
                          closeWords();
                          onChanged(message);
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {poll.options.some((o) => o.status === 'pending') && <p className="staff-flag">{t('polls.pendingNote')}</p>}
      {poll.keptPrivate > 0 && (
        <p className="staff-flag">
          {t('polls.keptPrivate', { n: poll.keptPrivate })} <Link href="/staff/safeguarding">{t('polls.keptPrivateLink')}</Link>
        </p>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <div className="staff-actions">
        <button type="button" className="button button-secondary" onClick={() => setOpen(!poll.open)}>
          {poll.open ? t('polls.closeIt') : t('polls.openIt')}
        </button>
        {!adopted && !adopting && (
          <button type="button" className="button" onClick={() => setAdopting(true)}>
            {t('polls.adopt.start')}
          </button>
        )}
      </div>
      {!adopted && adopting && (
        <AdoptForm
          poll={poll}
          onError={onError}
          onCancel={() => setAdopting(false)}
          onAdopted={(label) => {
            setAdopting(false);
            onChanged(t('polls.adoptedAs', { label }));
          }}
        />
      )}
      {confirmDialog}
    </li>
  );
}
