// The name polls' writes on the device: a vote (once per phone, offline) and a name idea (the phone's own item).
import { newId } from '../../../../shared/ids';
import { addMyItem } from '../../../my-items/data/add-my-item';
import { db } from '../../../storage/db';
import { queueOp, writeWithOp } from '../../../storage/outbox';

/** One vote per device per poll, offline. Returns false when this device has already voted. */
export async function vote(pollId: string, optionId: string): Promise<boolean> {
  return writeWithOp([db.myVotes, db.polls], async () => {
    if (await db.myVotes.get(pollId)) return false;
    const poll = await db.polls.get(pollId);
    if (!poll || !poll.open || !poll.options.some((o) => o.id === optionId)) return false;
    const id = newId();
    await db.myVotes.add({ pollId, optionId, at: new Date().toISOString() });
    await queueOp(id, 'poll.vote', { pollId, optionId });
    return true;
  });
}

/** True while this device's vote on the poll is still waiting to be sent. */
export async function voteWaiting(pollId: string): Promise<boolean> {
  const n = await db.outbox
    .where('state')
    .equals('queued')
    .filter((r) => r.type === 'poll.vote' && (r.payload as { pollId?: string }).pollId === pollId)
    .count();
  return n > 0;
}

/**
 * Suggests a new name. A person checks it before it joins the poll; it shows on "What happened to what I said" as the
 * device's own item (parentId = the poll). Returns its id (also the op id).
 */
export async function suggestName(pollId: string, label: string, opts: { flaggedOnDevice: boolean }): Promise<string> {
  const words = label.trim();
  return addMyItem(
    { kind: 'poll-suggestion', parentId: pollId, text: words, flaggedOnDevice: opts.flaggedOnDevice },
    // The server is told, so an idea this phone promised to keep private stays private whatever the server's check says.
    { type: 'poll.suggest', payload: { pollId, label: words, ...(opts.flaggedOnDevice ? { flaggedOnDevice: true } : {}) } },
  );
}
