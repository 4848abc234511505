// The feed's part of the one push path (feed.react, poll.vote, poll.suggest) and of the one pull path (themes,
// published feed items, polls, and each phone's own items with their whole journey).
import type { Kysely } from 'kysely';
import { newId } from '../../../shared/ids';
import type { MyItem } from '../../../shared/my-items';
import type { Poll } from '../../../shared/poll';
import { assessText } from '../../../shared/safety/assess-text';
import { councilSafetyTerms } from '../../council/load';
import type { LocalizedText } from '../../../shared/text';
import type { Database } from '../../db/schema';
import { recordChanges } from '../../sync/change-log';
import type { OpHandlers, PullSources } from '../../sync/types';
import { toMyItem } from '../wall/map';
import { withHonesty } from './honest-journey';
import { loadFeedItems, postLinks } from './load';

export const feedOpHandlers: OpHandlers = {
  async 'feed.react'({ trx, device, now }, payload) {
    const item = await trx
      .selectFrom('feed_items')
      .select('id')
      .where('id', '=', payload.itemId)
      .where('council_id', '=', device.councilId)
      .where('state', '=', 'published')
      .executeTakeFirst();
    if (!item) return { status: 'rejected', code: 'not-found', message: 'That news item is not there any more.' };
    const existing = await trx
      .selectFrom('feed_reactions')
      .select('reaction')
      .where('item_id', '=', payload.itemId)
      .where('device_id', '=', device.deviceId)
      .executeTakeFirst();
    // One reaction per phone per item; a later one replaces it. A concurrent first insert loses on the primary key
    // and the push engine runs the op again, which then takes the update path.
    if (existing) {
      await trx
        .updateTable('feed_reactions')
        .set({ reaction: payload.reaction, updated_at: now.toISOString() })
        .where('item_id', '=', payload.itemId)
        .where('device_id', '=', device.deviceId)
        .execute();
    } else {
      await trx
        .insertInto('feed_reactions')
        .values({ item_id: payload.itemId, device_id: device.deviceId, reaction: payload.reaction, updated_at: now.toISOString() })
        .execute();
    }
    return { status: 'accepted' };
  },

  async 'poll.vote'({ trx, device, now }, payload) {
    const poll = await trx
      .selectFrom('polls')
      .select(['id', 'open'])
      .where('id', '=', payload.pollId)
      .where('council_id', '=', device.councilId)
      .executeTakeFirst();
    if (!poll) return { status: 'rejected', code: 'not-found', message: 'That poll is not there any more.' };
    if (poll.open !== 1) return { status: 'rejected', code: 'closed', message: 'This poll closed before your vote arrived.' };
    const option = await trx
      .selectFrom('poll_options')
      .select('id')
      .where('id', '=', payload.optionId)
      .where('poll_id', '=', payload.pollId)
      .where('status', '=', 'published')
      .executeTakeFirst();
    if (!option) return { status: 'rejected', code: 'not-found', message: 'That choice is not in the poll any more.' };
    const already = await trx
      .selectFrom('poll_votes')
      .select('option_id')
      .where('poll_id', '=', payload.pollId)
      .where('device_id', '=', device.deviceId)
      .executeTakeFirst();
    if (already) return { status: 'rejected', code: 'already-done', message: 'You already voted. Each phone votes once.' };
    // The primary key (poll, device) stops a concurrent second vote; the engine re-runs it and it answers above.
    await trx
      .insertInto('poll_votes')
      .values({ poll_id: payload.pollId, device_id: device.deviceId, option_id: payload.optionId, created_at: now.toISOString() })
      .execute();
    await trx
      .updateTable('poll_options')
      .set((eb) => ({ votes: eb('votes', '+', 1) }))
      .where('id', '=', payload.optionId)
      .execute();
    await recordChanges(trx, [{ councilId: device.councilId, collection: 'polls', entityId: payload.pollId }]);
    return { status: 'accepted' };
  },

  async 'poll.suggest'({ trx, device, op, now, takeQuota }, payload) {
    const poll = await trx
      .selectFrom('polls')
      .select(['id', 'open'])
      .where('id', '=', payload.pollId)
      .where('council_id', '=', device.councilId)
      .executeTakeFirst();
    if (!poll) return { status: 'rejected', code: 'not-found', message: 'That poll is not there any more.' };
    if (poll.open !== 1) return { status: 'rejected', code: 'closed', message: 'This poll closed before your idea arrived.' };
    const flags = assessText(payload.label, { extraTerms: await councilSafetyTerms(trx, device.councilId) });
    // As for wall posts: the phone's flag can only make the idea more private, and a possible disclosure is counted
    // but never refused by a quota.
    const disclosure = flags.disclosure || payload.flaggedOnDevice === true;
    const refused = await takeQuota({ exempt: disclosure });
    if (refused) return refused;
    const max = await trx
      .selectFrom('poll_options')
      .select((eb) => eb.fn.max('sort_order').as('m'))
      .where('poll_id', '=', payload.pollId)
      .executeTakeFirst();
    // The row gets its own id (a device-chosen op id must never clash with another row); the phone's item keeps the op id.
    const id = newId();
    await trx
      .insertInto('poll_options')
      .values({
        id,
        op_id: op.id,
        poll_id: payload.pollId,
        label: payload.label,
        status: disclosure ? 'safeguarding' : 'pending',
        device_id: device.deviceId,
        flags: JSON.stringify({ ...flags, disclosure, ...(payload.flaggedOnDevice ? { flaggedOnDevice: true } : {}) }),
        votes: 0,
        sort_order: Number(max?.m ?? 0) + 1,
        created_at: now.toISOString(),
        decided_at: null,
      })
      .execute();
    await recordChanges(trx, [{ councilId: device.councilId, collection: 'myItems', entityId: op.id, deviceId: device.deviceId }]);
    return { status: 'accepted', ref: id };
  },
};

export async function loadPolls(db: Kysely<Database>, councilId: string, ids: string[]): Promise<Poll[]> {
  if (ids.length === 0) return [];
  const polls = await db.selectFrom('polls').selectAll().where('council_id', '=', councilId).where('id', 'in', ids).execute();
  if (polls.length === 0) return [];
  const options = await db
    .selectFrom('poll_options')
    .select(['id', 'poll_id', 'label', 'votes'])
    .where('poll_id', 'in', polls.map((p) => p.id))
    .where('status', '=', 'published')
    .orderBy('sort_order')
    .execute();
  return polls.map((p) => ({
    id: p.id,
    term: p.term,
    question: JSON.parse(p.question) as LocalizedText,
    open: p.open === 1,
    adoptedOptionId: p.adopted_option_id,
    options: options.filter((o) => o.poll_id === p.id).map((o) => ({ id: o.id, label: o.label, votes: Number(o.votes) })),
  }));
}

/** This phone's own posts and poll suggestions, each with where it has got to. `ids` are the op ids that made them. */
async function loadMyItems(db: Kysely<Database>, councilId: string, deviceId: string, ids: string[]): Promise<MyItem[]> {
  const posts = await db
    .selectFrom('wall_posts')
    .selectAll()
    .where('council_id', '=', councilId)
    .where('device_id', '=', deviceId)
    .where('op_id', 'in', ids)
    .execute();
  const links = await postLinks(db, posts.map((p) => p.id));
  const items: MyItem[] = posts.map((p) => {
    const base = toMyItem(p);
    const link = links.get(p.id)!;
    if (base.state === 'kept-private') return base;
    const updatedAt = link.at && link.at > base.updatedAt ? link.at : base.updatedAt;
    const state = link.feedItemIds.length > 0 ? 'answered' : link.themeIds.length > 0 ? 'themed' : base.state;
    return { ...base, state, themeIds: link.themeIds, feedItemIds: link.feedItemIds, updatedAt };
  });

  const suggestions = await db
    .selectFrom('poll_options as o')
    .innerJoin('polls as p', 'p.id', 'o.poll_id')
    .select(['o.id', 'o.op_id', 'o.status', 'o.withdrawn_at', 'o.created_at', 'o.decided_at', 'p.open', 'p.adopted_option_id', 'p.feed_item_id', 'p.updated_at as poll_updated_at'])
    .where('p.council_id', '=', councilId)
    .where('o.device_id', '=', deviceId)
    .where('o.op_id', 'in', ids)
    .execute();
  for (const s of suggestions) {
    const adopted = s.adopted_option_id === s.id && s.feed_item_id !== null;
    const base = { id: s.op_id ?? s.id, kind: 'poll-suggestion' as const, themeIds: [], updatedAt: s.decided_at ?? s.created_at };
    if (s.status === 'safeguarding') items.push({ ...base, state: 'kept-private', reason: 'safeguarding', feedItemIds: [] });
    else if (s.status === 'hidden') items.push({ ...base, state: 'kept-private', reason: 'not-suitable', feedItemIds: [] });
    else if (adopted) items.push({ ...base, state: 'answered', reason: null, feedItemIds: [s.feed_item_id!], updatedAt: s.poll_updated_at });
    else {
      // A closed poll that did not choose this idea is news for the phone that suggested it.
      const updatedAt = s.open === 0 && s.poll_updated_at > base.updatedAt ? s.poll_updated_at : base.updatedAt;
      items.push({ ...base, state: s.status === 'published' ? 'published' : 'delivered', reason: null, feedItemIds: [], updatedAt });
    }
  }
  return withHonesty(db, councilId, items, [
    ...posts.map((p) => ({ kind: 'wall-post' as const, rowId: p.id, itemId: p.op_id ?? p.id, status: p.status, withdrawnAt: p.withdrawn_at })),
    ...suggestions.map((s) => ({ kind: 'poll-suggestion' as const, rowId: s.id, itemId: s.op_id ?? s.id, status: s.status, withdrawnAt: s.withdrawn_at })),
  ]);
}

export const feedPullSources: PullSources = {
  async themes(db, scope, ids) {
    const rows = await db.selectFrom('themes').select(['id', 'title']).where('council_id', '=', scope.councilId).where('id', 'in', ids).execute();
    return rows.map((r) => ({ id: r.id, title: JSON.parse(r.title) as LocalizedText }));
  },
  feedItems: (db, scope, ids) => loadFeedItems(db, scope.councilId, ids),
  polls: (db, scope, ids) => loadPolls(db, scope.councilId, ids),
  myItems: (db, scope, ids) => loadMyItems(db, scope.councilId, scope.deviceId, ids),
};
