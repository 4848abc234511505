// Pure rules of the name polls: an option in the phone's language, when results show, vote counts and percentages,
// the order of polls.
import type { Poll, PollOption } from '../../../../shared/poll';
import { pickText } from '../../../../shared/pick-text';

export interface OptionLabel {
  text: string;
  /** Set when the label fell back to the words as first written (English), so they are read and spoken as such. */
  lang: 'en' | undefined;
}

/** An option in the phone's language: staff's Welsh or Arabic words when there are some, else the label. */
export function optionLabel(option: Pick<PollOption, 'label' | 'translations'>, lng: string): OptionLabel {
  const picked = pickText({ en: option.label, ...option.translations }, lng);
  return { text: picked.text, lang: picked.translated ? undefined : 'en' };
}

/** Results show once this device has voted, or when the poll has closed. */
export function resultsVisible(poll: Pick<Poll, 'open'>, myVote: string | null | undefined): boolean {
  return !poll.open || Boolean(myVote);
}

export interface OptionResult {
  id: string;
  label: string;
  lang: OptionLabel['lang'];
  votes: number;
  percent: number;
  mine: boolean;
  adopted: boolean;
}

/**
 * Vote counts and whole-number percentages. A vote still waiting in the outbox is counted here already, so the young
 * person sees their own vote at once, offline.
 */
export function pollResults(poll: Poll, myVote: string | null | undefined, voteNotSentYet: boolean, lng: string): OptionResult[] {
  const rows = poll.options.map((o) => ({
    id: o.id,
    ...labelOf(o, lng),
    votes: o.votes + (voteNotSentYet && o.id === myVote ? 1 : 0),
    mine: o.id === myVote,
    adopted: o.id === poll.adoptedOptionId,
  }));
  const total = rows.reduce((n, r) => n + r.votes, 0);
  return rows.map((r) => ({ ...r, percent: total === 0 ? 0 : Math.round((r.votes / total) * 100) }));
}

const labelOf = (o: PollOption, lng: string) => {
  const { text, lang } = optionLabel(o, lng);
  return { label: text, lang };
};

/** Open polls first, then closed ones. */
export function sortPolls(polls: readonly Poll[]): Poll[] {
  return [...polls].sort((a, b) => Number(b.open) - Number(a.open));
}

export const MAX_NAME_LENGTH = 60;
