// The one way a young person's own words become a my-item: the row (kept on this phone, with its journey) and the op
// that sends them, in one outbox transaction, under one id so the phone can follow it.
import type { MyItemKind } from '../../../shared/my-items';
import { newId } from '../../../shared/ids';
import type { OpPayload, OpType } from '../../../shared/protocol';
import { db } from '../../storage/db';
import { queueOp, writeWithOp } from '../../storage/outbox';

export interface NewMyItem {
  kind: MyItemKind;
  /** For wall posts: the prompt; for name ideas: the poll. */
  parentId: string;
  text: string;
  /** This phone's check thought the words may be about harm: help was shown, and they are kept private. */
  flaggedOnDevice: boolean;
}

/**
 * Adds the item and queues its op together; `also` runs in the same transaction over `tables` (e.g. clearing the
 * draft the words came from; it is given the new id). Returns the item's id, which is also the op's id.
 */
export async function addMyItem<T extends OpType>(
  item: NewMyItem,
  op: { type: T; payload: OpPayload<T> },
  also?: { tables: Parameters<typeof writeWithOp>[0]; write: (id: string) => Promise<unknown> },
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  await writeWithOp([db.myItems, ...(also?.tables ?? [])], async () => {
    await db.myItems.add({
      id,
      kind: item.kind,
      text: item.text,
      parentId: item.parentId,
      createdAt: now,
      delivery: 'not-sent',
      state: null,
      reason: null,
      themeIds: [],
      feedItemIds: [],
      updatedAt: now,
      seenAt: now,
      ...(item.flaggedOnDevice ? { flaggedOnDevice: true } : {}),
    });
    await queueOp(id, op.type, op.payload);
    await also?.write(id);
  });
  return id;
}
