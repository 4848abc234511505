// What the name poll screens read: the polls, this phone's vote on each, and whether it is still waiting to be sent.
import type { Poll } from '../../../../shared/poll';
import { db } from '../../../storage/db';
import { useLiveQuery } from '../../../storage/live';
import { sortPolls } from '../model/polls-model';
import { voteWaiting } from './polls-data';

/** Open polls first; undefined while loading. */
export function usePolls(): Poll[] | undefined {
  return useLiveQuery(async () => sortPolls(await db.polls.toArray()), []);
}

/** The option this phone chose; null when it has not voted, undefined while loading. */
export function useMyVote(pollId: string): string | null | undefined {
  return useLiveQuery(async () => (await db.myVotes.get(pollId))?.optionId ?? null, [pollId]);
}

export function useVoteWaiting(pollId: string): boolean {
  return useLiveQuery(() => voteWaiting(pollId), [pollId], false);
}
