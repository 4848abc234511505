// The feed's part of the one push path (feed.react) and of the one pull path (themes, published feed items).
import { parseText } from '../../lib/json-column';
import type { OpHandlers, PullSources } from '../../sync/types';
import { loadFeedItems } from './service/load';

export const feedOpHandlers: OpHandlers = {
  async 'feed.react'({ trx, device, op, now }, payload) {
    const item = await trx
      .selectFrom('feed_items')
      .select('id')
      .where('id', '=', payload.itemId)
      .where('council_id', '=', device.councilId)
      .where('state', '=', 'published')
      .executeTakeFirst();
    if (!item) return { status: 'rejected', code: 'not-found', message: 'That news item is not there any more.' };
    // One reaction per phone per item: the one the phone made last, whichever op arrives last. A change on the phone
    // replaces the op still waiting (feed-data.ts), but that op may already be on its way (a page that reloaded
    // mid-push, a request the network held) and arrive after the change: made earlier than the kept reaction, it
    // changes nothing, and is still accepted (it was delivered). The phone stamps a change after the reaction it
    // replaces, so ops made in one millisecond are ordered too; reactions kept before migration 023 have no time.
    // One statement: two pushes of one phone at once (PostgreSQL) are ordered by the row's lock and its times, not by
    // which of them read the row first.
    const madeAt = new Date(op.createdAt).toISOString();
    await trx
      .insertInto('feed_reactions')
      .values({ item_id: payload.itemId, device_id: device.deviceId, reaction: payload.reaction, updated_at: now.toISOString(), made_at: madeAt })
      .onConflict((oc) =>
        oc
          .columns(['item_id', 'device_id'])
          .doUpdateSet((eb) => ({
            reaction: eb.ref('excluded.reaction'),
            updated_at: eb.ref('excluded.updated_at'),
            made_at: eb.ref('excluded.made_at'),
          }))
          .where((eb) => eb.or([eb('feed_reactions.made_at', 'is', null), eb('feed_reactions.made_at', '<=', eb.ref('excluded.made_at'))])),
      )
      .execute();
    return { status: 'accepted' };
  },
};

export const feedPullSources: PullSources = {
  async themes(db, scope, ids) {
    const rows = await db.selectFrom('themes').select(['id', 'title']).where('council_id', '=', scope.councilId).where('id', 'in', ids).execute();
    return rows.map((r) => ({ id: r.id, title: parseText(r.title) }));
  },
  feedItems: (db, scope, ids) => loadFeedItems(db, scope.councilId, ids),
};
