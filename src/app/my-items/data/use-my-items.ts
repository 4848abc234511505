// Read hooks over the young person's own items: screens and the shell read them here, never from the tables.
import type { MyItemKind } from '../../../shared/my-items';
import { db } from '../../storage/db';
import { useLiveQuery } from '../../storage/live';
import type { MyItemRow } from '../../storage/rows';

/** The device's own items of one kind under one prompt or poll, oldest first; [] while loading. */
export function useMyItems(kind: MyItemKind, parentId: string): MyItemRow[] {
  return useLiveQuery(
    async () => (await db.myItems.where('kind').equals(kind).toArray()).filter((i) => i.parentId === parentId),
    [kind, parentId],
    [],
  );
}

/** One of the device's own items; undefined while loading or when it is gone. */
export function useMyItem(id: string): MyItemRow | undefined {
  return useLiveQuery(() => db.myItems.get(id), [id]);
}
