// Withdrawing a young person's words from everywhere they were shown or quoted. Two causes, one path:
//  - 'safeguarding': the item moved to the safeguarding queue (from any state). Its words leave the wall, every
//    "you said, we did" quote and the theme pages; only the audited safeguarding queue still shows them.
//  - 'hidden': a moderator hid the post (personal details, not suitable), perhaps after it was published and quoted:
//    the same as 'safeguarding' for where its words are shown.
//  - 'taken-back': the young person pressed "Take this back" (op `item.withdraw`). The same, and the words are erased
//    too — unless the item is in the safeguarding queue, whose record keeps them (the privacy notice says so). Taking
//    back words the safety check has any doubt about is a known pattern after a disclosure: those are kept, and moved
//    to the safeguarding queue (marked as taken back) so a person still reads them.
// The row is locked while it is read (PostgreSQL), so a take-back and a moderator's decision never undo each other.
// Every move of a post or name idea to safeguarding must call withdrawWords in the same transaction.
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { audit } from '../../lib/audit';
import { isPostgres, myItemChange, recordChanges, type Change } from '../../sync/change-log';
import { councilSafetyTerms } from '../../council/load';
import { checkPost, hasDoubt } from './moderation';
import type { OpHandlers } from '../../sync/types';

type Trx = Transaction<Database>;
export type WithdrawCause = 'safeguarding' | 'hidden' | 'taken-back';

export interface WithdrawInput {
  councilId: string;
  kind: 'wall-post' | 'poll-suggestion';
  /** The row id (wall_posts.id or poll_options.id), not the op id. */
  id: string;
  cause: WithdrawCause;
  /** Who moved it (null when the young person took it back). */
  staffId: string | null;
  now: Date;
}

export interface WithdrawResult {
  /** Feed items (draft or published) whose quote of these words was withdrawn just now. */
  feedItemIds: string[];
}

/**
 * Withdraws the words of one post or name idea. Idempotent: a second call changes nothing more. The caller moves the
 * item's status to 'safeguarding' itself when that is the cause; this never publishes or un-publishes anything else.
 */
export async function withdrawWords(trx: Trx, input: WithdrawInput): Promise<WithdrawResult> {
  return input.kind === 'wall-post' ? withdrawPost(trx, input) : withdrawIdea(trx, input);
}

async function withdrawPost(trx: Trx, input: WithdrawInput): Promise<WithdrawResult> {
  const at = input.now.toISOString();
  const post = await trx
    .selectFrom('wall_posts')
    .select(['id', 'op_id', 'device_id', 'status', 'withdrawn_at', 'text'])
    .where('id', '=', input.id)
    .where('council_id', '=', input.councilId)
    .$if(isPostgres(trx), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!post) return { feedItemIds: [] };

  if (input.cause === 'taken-back') {
    if (post.withdrawn_at) return { feedItemIds: [] };
    // A safeguarding record keeps the words for the staff who act on it; so do words the check has any doubt about,
    // which move to the safeguarding queue. Everything else forgets them.
    const keep = post.status === 'safeguarding' || (await doubtful(trx, input.councilId, post.text));
    await trx
      .updateTable('wall_posts')
      .set(
        keep
          ? { withdrawn_at: at, published_text: null, status: 'safeguarding' }
          : { withdrawn_at: at, status: 'withdrawn', text: '', published_text: null },
      )
      .where('id', '=', post.id)
      .execute();
    // Taken back: it no longer counts in any theme (nor in the figures printed for the Corporate Parenting Board).
    await trx.deleteFrom('theme_posts').where('post_id', '=', post.id).execute();
  } else {
    // Moved to safeguarding or hidden: the theme keeps it (the theme page shows it as withdrawn, never its words).
    await trx.updateTable('wall_posts').set({ published_text: null }).where('id', '=', post.id).execute();
  }

  const quoted = await trx
    .selectFrom('feed_item_sources as s')
    .innerJoin('feed_items as f', 'f.id', 's.feed_item_id')
    .select(['f.id', 'f.state'])
    .where('s.kind', '=', 'post')
    .where('s.source_id', '=', post.id)
    .where('s.withdrawn_at', 'is', null)
    .where('f.council_id', '=', input.councilId)
    .execute();
  if (quoted.length > 0) {
    await trx
      .updateTable('feed_item_sources')
      .set({ quote: null, withdrawn_at: at })
      .where('kind', '=', 'post')
      .where('source_id', '=', post.id)
      .where('withdrawn_at', 'is', null)
      .execute();
  }
  const changes: Change[] = [
    // Every phone: the post leaves the wall (the pull sends a tombstone for a post that is not published).
    { councilId: input.councilId, collection: 'wallPosts', entityId: post.id },
    // Every phone: the published items that quoted it arrive again without the quote. Their updatedAt stays, so no
    // phone marks them "updated" and draws attention to what was withdrawn.
    ...quoted.filter((q) => q.state === 'published').map((q) => ({ councilId: input.councilId, collection: 'feedItems' as const, entityId: q.id })),
    // The phone that sent it: its journey.
    ...myItemChange(input.councilId, post),
  ];
  await recordChanges(trx, changes);
  const feedItemIds = quoted.map((q) => q.id);
  await audit(
    trx,
    {
      councilId: input.councilId,
      staffId: input.staffId,
      action: 'wall.post.withdraw',
      entity: 'wall_post',
      entityId: post.id,
      // The move itself (and where it came from) is audited by whoever moved it; this records what was withdrawn.
      detail: { cause: input.cause, quotesWithdrawn: feedItemIds.length, feedItemIds },
    },
    input.now,
  );
  return { feedItemIds };
}

async function withdrawIdea(trx: Trx, input: WithdrawInput): Promise<WithdrawResult> {
  const at = input.now.toISOString();
  const idea = await trx
    .selectFrom('poll_options as o')
    .innerJoin('polls as p', 'p.id', 'o.poll_id')
    .select(['o.id', 'o.op_id', 'o.device_id', 'o.status', 'o.withdrawn_at', 'o.poll_id', 'o.label', 'p.adopted_option_id'])
    .where('o.id', '=', input.id)
    .where('p.council_id', '=', input.councilId)
    .$if(isPostgres(trx), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!idea) return { feedItemIds: [] };
  if (input.cause === 'taken-back') {
    if (idea.withdrawn_at) return { feedItemIds: [] };
    // A name the council already adopted is the council's word now (its vocabulary and the feed item that says so):
    // the idea is marked taken back on the phone, but the word stays.
    const adopted = idea.adopted_option_id === idea.id;
    const keep = idea.status === 'safeguarding' || (!adopted && (await doubtful(trx, input.councilId, idea.label)));
    await trx
      .updateTable('poll_options')
      .set(adopted ? { withdrawn_at: at } : keep ? { withdrawn_at: at, status: 'safeguarding' } : { withdrawn_at: at, status: 'withdrawn', label: '' })
      .where('id', '=', idea.id)
      .execute();
  }
  // Name ideas are never quoted; the poll (every phone) and the sender's journey change.
  await recordChanges(trx, [{ councilId: input.councilId, collection: 'polls', entityId: idea.poll_id }, ...myItemChange(input.councilId, idea)]);
  await audit(
    trx,
    {
      councilId: input.councilId,
      staffId: input.staffId,
      action: 'poll.option.withdraw',
      entity: 'poll_option',
      entityId: idea.id,
      detail: { cause: input.cause, from: idea.status },
    },
    input.now,
  );
  return { feedItemIds: [] };
}

/** "Take this back": the phone's own post or name idea, by the id of the op that made it. */
export const withdrawOpHandlers: OpHandlers = {
  async 'item.withdraw'({ trx, device, now }, payload) {
    const post = await trx
      .selectFrom('wall_posts')
      .select('id')
      .where('council_id', '=', device.councilId)
      .where('device_id', '=', device.deviceId)
      .where('op_id', '=', payload.itemId)
      .executeTakeFirst();
    const idea = post
      ? undefined
      : await trx
          .selectFrom('poll_options')
          .select('id')
          .where('device_id', '=', device.deviceId)
          .where('op_id', '=', payload.itemId)
          .executeTakeFirst();
    // Another phone's item answers exactly as one that does not exist: nothing about it is revealed.
    if (!post && !idea) return { status: 'rejected', code: 'not-found', message: 'That is not something this phone sent.' };
    await withdrawWords(trx, {
      councilId: device.councilId,
      kind: post ? 'wall-post' : 'poll-suggestion',
      id: (post ?? idea)!.id,
      cause: 'taken-back',
      staffId: null,
      now,
    });
    return { status: 'accepted' };
  },
};

/** The check (today's words and the council's own) has any doubt: words taken back are then kept for a person. */
async function doubtful(trx: Trx, councilId: string, text: string): Promise<boolean> {
  return hasDoubt(checkPost(text, { extraTerms: await councilSafetyTerms(trx, councilId) }));
}
