// The `myItems` pull source: the phone's own items of every kind, each from its domain's source, taken up by themes
// and answers where it was, and told honestly.
import type { MyItem } from '../../shared/my-items';
import type { Db } from '../db/schema';
import type { Ports } from '../ports/ports';
import type { PullSource } from '../sync/types';
import { withHonesty } from './honest-journey';
import type { ItemLinks, MyItemLinkSource, MyItemScope, OwnItem } from './types';

const later = (a: string, b: string | null) => (b !== null && b > a ? b : a);

function linked(item: MyItem, link: ItemLinks | undefined): MyItem {
  // Words kept private are never part of a theme or an answer the phone is told about.
  if (!link || item.state === 'kept-private') return item;
  const state = link.feedItemIds.length > 0 ? 'answered' : link.themeIds.length > 0 ? 'themed' : item.state;
  return { ...item, state, themeIds: link.themeIds, feedItemIds: link.feedItemIds, updatedAt: later(item.updatedAt, link.at) };
}

async function withLinks(db: Db, own: readonly OwnItem[], sources: readonly MyItemLinkSource[]): Promise<MyItem[]> {
  const items = own.map((o) => o.item);
  // Every kind's links at once (one statement on PostgreSQL in a pull, db/batched-reads.ts).
  const found = await Promise.all(
    sources.map((source) =>
      source.links(
        db,
        own.filter((o) => o.item.kind === source.kind).map((o) => o.rowId),
      ),
    ),
  );
  sources.forEach((source, s) => {
    const links = found[s]!;
    own.forEach((o, i) => {
      if (o.item.kind === source.kind) items[i] = linked(items[i]!, links.get(o.rowId));
    });
  });
  return items;
}

/** This phone's own items, by the op ids that made them. */
export async function loadMyItems(db: Db, scope: MyItemScope, opIds: readonly string[], ports: Ports): Promise<MyItem[]> {
  // Every kind's items at once, in the kinds' order.
  const own: OwnItem[] = (await Promise.all(ports.myItems.map((source) => source.load(db, scope, opIds)))).flat();
  const items = await withLinks(db, own, ports.myItemLinks);
  return withHonesty(db, scope.councilId, items, own, ports.seenByPerson);
}

export function myItemsPullSource(ports: Ports): PullSource {
  return (db, scope, ids) => loadMyItems(db, scope, ids, ports);
}
