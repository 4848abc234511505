// What "you said, we did" offers the other domains: links from themes and answers to a phone's own posts (its
// journey), letting go of withdrawn words (quotes and theme counts), publishing an answer, and citing a theme.
import type { CitationSource } from '../../ports/citations';
import type { FeedAnswers } from '../../ports/feed-answers';
import type { WordsHolder } from '../../ports/words';
import type { ItemLinks, MyItemLinkSource } from '../../my-items/types';
import { createItem } from './service/items';

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** For each post: the themes it is in, and the published feed items that cite it or one of its themes. */
export const postLinks: MyItemLinkSource = {
  kind: 'wall-post',
  async links(db, postIds) {
    const out = new Map<string, ItemLinks>();
    for (const id of postIds) out.set(id, { themeIds: [], feedItemIds: [], at: null });
    if (postIds.length === 0) return out;
    // The posts' themes and what cites a post or one of those themes, read at once (one statement on PostgreSQL in a
    // pull, db/batched-reads.ts).
    const themesOf = db
      .selectFrom('theme_posts')
      .select('theme_id')
      .where('post_id', 'in', [...postIds]);
    const [themed, cites] = await Promise.all([
      db
        .selectFrom('theme_posts')
        .select(['post_id', 'theme_id', 'added_at'])
        .where('post_id', 'in', [...postIds])
        .execute(),
      db
        .selectFrom('feed_item_sources as s')
        .innerJoin('feed_items as f', 'f.id', 's.feed_item_id')
        .select(['s.kind', 's.source_id', 'f.id', 'f.updated_at'])
        .where('f.state', '=', 'published')
        .where((eb) =>
          eb.or([
            eb.and([eb('s.kind', '=', 'post'), eb('s.source_id', 'in', [...postIds])]),
            eb.and([eb('s.kind', '=', 'theme'), eb('s.source_id', 'in', themesOf)]),
          ]),
        )
        .execute(),
    ]);
    for (const t of themed) {
      const link = out.get(t.post_id)!;
      link.themeIds.push(t.theme_id);
      link.at = later(link.at, t.added_at);
    }
    for (const c of cites) {
      const posts = c.kind === 'post' ? [c.source_id] : themed.filter((t) => t.theme_id === c.source_id).map((t) => t.post_id);
      for (const p of posts) {
        const link = out.get(p);
        if (!link) continue;
        if (!link.feedItemIds.includes(c.id)) link.feedItemIds.push(c.id);
        link.at = later(link.at, c.updated_at);
      }
    }
    return out;
  },
};

export const feedWords: WordsHolder = {
  async forget(trx, source) {
    if (source.kind === 'post') await trx.deleteFrom('theme_posts').where('post_id', '=', source.id).execute();
  },
  async withdrawQuotes(trx, councilId, source, at) {
    const quoted = await trx
      .selectFrom('feed_item_sources as s')
      .innerJoin('feed_items as f', 'f.id', 's.feed_item_id')
      .select(['f.id', 'f.state'])
      .where('s.kind', '=', source.kind)
      .where('s.source_id', '=', source.id)
      .where('s.withdrawn_at', 'is', null)
      .where('f.council_id', '=', councilId)
      .execute();
    if (quoted.length > 0) {
      await trx
        .updateTable('feed_item_sources')
        .set({ quote: null, withdrawn_at: at })
        .where('kind', '=', source.kind)
        .where('source_id', '=', source.id)
        .where('withdrawn_at', 'is', null)
        .execute();
    }
    return quoted.map((q) => ({ id: q.id, published: q.state === 'published' }));
  },
};

export const feedAnswers: FeedAnswers = {
  publish: (trx, input, ports) => createItem(trx, ports, input, input.item, input.at, 'published'),
};

export const themeCitations: CitationSource = {
  kind: 'theme',
  async citable(db, councilId, id) {
    return Boolean(await db.selectFrom('themes').select('id').where('id', '=', id).where('council_id', '=', councilId).executeTakeFirst());
  },
};
