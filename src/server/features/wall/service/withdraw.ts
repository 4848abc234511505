// Withdrawing a young person's post from everywhere it was shown or quoted. Three causes, one path:
//  - 'safeguarding': the post moved to the safeguarding queue (from any state). Its words leave the wall, every
//    "you said, we did" quote and the theme pages; only the audited safeguarding queue still shows them.
//  - 'hidden': a moderator hid the post (personal details, not suitable), perhaps after it was published and quoted:
//    the same as 'safeguarding' for where its words are shown.
//  - 'taken-back': the young person pressed "Take this back" (op `item.withdraw`). The same, and the words are erased
//    too — unless the post is in the safeguarding queue, whose record keeps them (the privacy notice says so). Taking
//    back words the safety check has any doubt about is a known pattern after a disclosure: those are kept, and moved
//    to the safeguarding queue (marked as taken back) so a person still reads them.
// The row is locked while it is read (PostgreSQL), so a take-back and a moderator's decision never undo each other.
// Every move of a post to safeguarding must call withdrawPost in the same transaction. Where the words were quoted or
// counted is asked of the words holders (the feed's quotes and themes), never read here.
import type { Trx } from '../../../db/schema';
import { audit } from '../../../lib/audit';
import type { WithdrawInput } from '../../../my-items/types';
import type { Ports } from '../../../ports/ports';
import type { QuotingItem } from '../../../ports/words';
import { isPostgres, myItemChange, recordChanges, type Change } from '../../../sync/change-log';
import { doubtful } from './check';

/** Idempotent: a second call changes nothing more. The caller sets 'safeguarding' itself when that is the cause. */
export async function withdrawPost(trx: Trx, input: WithdrawInput, ports: Ports): Promise<void> {
  const at = input.now.toISOString();
  const post = await trx
    .selectFrom('wall_posts')
    .select(['id', 'op_id', 'device_id', 'status', 'withdrawn_at', 'text'])
    .where('id', '=', input.id)
    .where('council_id', '=', input.councilId)
    .$if(isPostgres(trx), (q) => q.forUpdate())
    .executeTakeFirst();
  if (!post) return;
  const source = { kind: 'post' as const, id: post.id };

  if (input.cause === 'taken-back') {
    if (post.withdrawn_at) return;
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
    for (const holder of ports.wordsHolders) await holder.forget?.(trx, source);
  } else {
    // Moved to safeguarding or hidden: a theme keeps it (the theme page shows it as withdrawn, never its words).
    await trx.updateTable('wall_posts').set({ published_text: null }).where('id', '=', post.id).execute();
  }

  const quoted: QuotingItem[] = [];
  for (const holder of ports.wordsHolders) quoted.push(...((await holder.withdrawQuotes?.(trx, input.councilId, source, at)) ?? []));
  const changes: Change[] = [
    // Every phone: the post leaves the wall (the pull sends a tombstone for a post that is not published).
    { councilId: input.councilId, collection: 'wallPosts', entityId: post.id },
    // Every phone: the published items that quoted it arrive again without the quote. Their updatedAt stays, so no
    // phone marks them "updated" and draws attention to what was withdrawn.
    ...quoted.filter((q) => q.published).map((q) => ({ councilId: input.councilId, collection: 'feedItems' as const, entityId: q.id })),
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
}
