// Applies one pull (every collection + the new cursor) in ONE transaction, and push results likewise.
import type { MyItem } from '../../shared/my-items';
import type { OpResult, PullChanges } from '../../shared/protocol';
import { db } from './db';
import type { MyItemRow } from './rows';
import { queueTakeBackOnce } from './take-back';

type Row = { id: string; deleted?: true };
/**
 * Rows written per request. A first pull holds hundreds of rows, and IndexedDB copies every row it is given in the
 * task that gives it: written all at once, that is one task of over half a second on a slow phone, and the screen
 * cannot answer a tap meanwhile. In slices (still one transaction), the phone gets a turn between them.
 */
export const PULL_WRITE_SLICE = 40;
const isTombstone = (r: Row): boolean => r.deleted === true;

export async function applyPull(changes: PullChanges, cursor: string): Promise<void> {
  await db.transaction(
    'rw',
    [
      db.council,
      db.wallPrompts,
      db.wallPosts,
      db.themes,
      db.feedItems,
      db.polls,
      db.surveys,
      db.surveyFindings,
      db.offerItems,
      db.myItems,
      db.meta,
      db.outbox,
    ],
    async () => {
      if (changes.council?.length) {
        await db.council.clear();
        await db.council.bulkPut(changes.council);
      }
      const simple = [
        [db.wallPrompts, changes.wallPrompts],
        [db.wallPosts, changes.wallPosts],
        [db.themes, changes.themes],
        [db.feedItems, changes.feedItems],
        [db.polls, changes.polls],
        [db.surveys, changes.surveys],
        [db.surveyFindings, changes.surveyFindings],
        [db.offerItems, changes.offerItems],
      ] as const;
      for (const [table, rows] of simple) {
        if (!rows) continue;
        const all = rows as Row[];
        const gone = all.filter(isTombstone).map((r) => r.id);
        const keep = all.filter((r) => !isTombstone(r));
        if (gone.length) await table.bulkDelete(gone);
        for (let i = 0; i < keep.length; i += PULL_WRITE_SLICE)
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          await (table as any).bulkPut(keep.slice(i, i + PULL_WRITE_SLICE));
      }
      for (const row of (changes.myItems ?? []) as Array<MyItem | { id: string; deleted: true }>) {
        if ('deleted' in row) continue; // a device never loses its own words
        await mergeMyItem(row);
      }
      await db.meta.put({ key: 'cursor', value: cursor });
    },
  );
}

async function mergeMyItem(server: MyItem): Promise<void> {
  const local = await db.myItems.get(server.id);
  // Taken back on this phone, but the server had not heard (the post was already on its way when it was cancelled):
  // send the take-back now, once.
  if (local?.withdrawn && !server.withdrawn) await queueTakeBackOnce(server.id);
  const withdrawn = Boolean(server.withdrawn || local?.withdrawn);
  const next: MyItemRow = {
    id: server.id,
    kind: server.kind,
    // Words taken back are not kept on this phone either.
    text: withdrawn ? '' : (local?.text ?? ''),
    parentId: local?.parentId ?? '',
    createdAt: local?.createdAt ?? server.updatedAt,
    delivery: 'delivered',
    state: server.state,
    reason: server.reason,
    themeIds: server.themeIds,
    feedItemIds: server.feedItemIds,
    updatedAt: server.updatedAt,
    // Taking it back was the young person's own doing: not news for them.
    seenAt: local?.withdrawn ? server.updatedAt : (local?.seenAt ?? null),
    ...(local?.flaggedOnDevice ? { flaggedOnDevice: true } : {}),
    ...(server.seenByPerson ? { seenByPerson: true } : {}),
    ...(withdrawn ? { withdrawn: true } : {}),
    ...(server.request ? { request: server.request } : local?.request ? { request: local.request } : {}),
  };
  if (
    local &&
    local.state === next.state &&
    local.updatedAt === next.updatedAt &&
    local.delivery === 'delivered' &&
    Boolean(local.seenByPerson) === Boolean(next.seenByPerson) &&
    Boolean(local.withdrawn) === withdrawn &&
    JSON.stringify(local.request) === JSON.stringify(next.request)
  ) {
    return;
  }
  await db.myItems.put(next);
}

/** Delivered ops leave the outbox; rejected ones stay, with their reason, and their item shows it. */
export async function applyPushResults(results: OpResult[]): Promise<void> {
  await db.transaction('rw', [db.outbox, db.myItems], async () => {
    for (const r of results) {
      const row = await db.outbox.where('id').equals(r.id).first();
      if (!row || row.seq === undefined) continue;
      const item = await db.myItems.get(r.id);
      if (r.status === 'rejected') {
        await db.outbox.update(row.seq, { state: 'rejected', code: r.code, message: r.message });
        if (item) await db.myItems.update(r.id, { delivery: 'rejected' });
      } else {
        await db.outbox.delete(row.seq);
        if (item && item.delivery !== 'delivered') await db.myItems.update(r.id, { delivery: 'delivered' });
      }
    }
  });
}
