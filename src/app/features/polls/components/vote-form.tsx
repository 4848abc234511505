// Choosing one name, once per phone; the vote waits on the phone until it can be sent.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll } from '../../../../shared/poll';
import { PollsSymbol } from '../../../ui/icons';
import { Choice, ChoiceLabel } from '../../../ui/read-aloud';
import { vote } from '../data/polls-data';
import { optionLabel } from '../model/polls-model';
import { NotKept, useKeep } from '../../../ui/kit/kept';

export function VoteForm({ poll }: { poll: Poll }) {
  const { t, i18n } = useTranslation('feed');
  const [choice, setChoice] = useState<string | null>(null);
  const [error, setError] = useState(false);
  const voted = useKeep();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!choice) {
      setError(true);
      return;
    }
    // Kept, the vote turns the form into the results (the poll's row changes); when the phone could not keep it, the
    // form stays with the choice made and says so. Not kept without failing: this phone voted already or the poll
    // closed (the poll's row changes and the results show), or the chosen name went while the form was open (it is
    // gone from the list: choose again).
    voted.keep(
      () => vote(poll.id, choice),
      (kept) => {
        if (kept) return;
        setChoice(null);
        setError(true);
      },
    );
  };
  if (poll.options.length === 0) return <p>{t('names.noOptions')}</p>;
  const errorId = `poll-${poll.id}-error`;
  return (
    <form className="poll-vote" onSubmit={submit}>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>{t('names.choose')}</legend>
        {poll.options.map((o) => {
          const label = optionLabel(o, i18n.language);
          return (
            <Choice key={o.id} text={label.text} lang={label.lang} className="poll-choice">
              <label className="poll-option">
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
                <span dir="auto" lang={label.lang}>
                  {label.text}
                </span>
              </label>
            </Choice>
          );
        })}
      </fieldset>
      {error && (
        <p id={errorId} className="error" role="alert">
          {t('names.pickOne')}
        </p>
      )}
      <NotKept shown={voted.failed()} className="error" />
      <p className="small">{t('names.once')}</p>
      <button type="submit" className="button">
        <ChoiceLabel symbol={PollsSymbol}>{t('names.vote')}</ChoiceLabel>
      </button>
    </form>
  );
}
