// The feed's part of the one push path (feed.react) and of the one pull path (themes, published feed items).
import { parseText } from '../../lib/json-column';
import type { OpHandlers, PullSources } from '../../sync/types';
import { loadFeedItems } from './service/load';

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
};

export const feedPullSources: PullSources = {
  async themes(db, scope, ids) {
    const rows = await db.selectFrom('themes').select(['id', 'title']).where('council_id', '=', scope.councilId).where('id', 'in', ids).execute();
    return rows.map((r) => ({ id: r.id, title: parseText(r.title) }));
  },
  feedItems: (db, scope, ids) => loadFeedItems(db, scope.councilId, ids),
};
