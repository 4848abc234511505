// Pure rules of the name polls: when results show, vote counts and percentages, the order of polls.
import type { Poll } from '../../../../shared/poll';

/** Results show once this device has voted, or when the poll has closed. */
export function resultsVisible(poll: Pick<Poll, 'open'>, myVote: string | null | undefined): boolean {
  return !poll.open || Boolean(myVote);
}

export interface OptionResult {
  id: string;
  label: string;
  votes: number;
  percent: number;
  mine: boolean;
  adopted: boolean;
}

/**
 * Vote counts and whole-number percentages. A vote still waiting in the outbox is counted here already, so the young
 * person sees their own vote at once, offline.
 */
export function pollResults(poll: Poll, myVote: string | null | undefined, voteNotSentYet: boolean): OptionResult[] {
  const rows = poll.options.map((o) => ({
    id: o.id,
    label: o.label,
    votes: o.votes + (voteNotSentYet && o.id === myVote ? 1 : 0),
    mine: o.id === myVote,
    adopted: o.id === poll.adoptedOptionId,
  }));
  const total = rows.reduce((n, r) => n + r.votes, 0);
  return rows.map((r) => ({ ...r, percent: total === 0 ? 0 : Math.round((r.votes / total) * 100) }));
}

/** Open polls first, then closed ones. */
export function sortPolls(polls: readonly Poll[]): Poll[] {
  return [...polls].sort((a, b) => Number(b.open) - Number(a.open));
}

export const MAX_NAME_LENGTH = 60;
