// Writes a young person's action and its outbox op in one Dexie transaction, then tells the sync engine.
import type { Table } from 'dexie';
import type { OpPayload, OpType } from '../../shared/protocol';
import { db } from './db';
import { QUEUED_EVENT } from './events';
import type { OutboxRow } from './rows';

export { QUEUED_EVENT };

/**
 * Queues an op, made now unless `extra.createdAt` says when. Call only inside `writeWithOp` (the transaction must
 * include db.outbox).
 */
export async function queueOp<T extends OpType>(
  id: string,
  type: T,
  payload: OpPayload<T>,
  extra: Partial<Pick<OutboxRow, 'anonymous' | 'createdAt'>> = {},
): Promise<void> {
  await db.outbox.add({
    id,
    type,
    payload,
    createdAt: new Date().toISOString(),
    state: 'queued',
    attempts: 0,
    ...extra,
  });
}

/**
 * Runs `write` in one read-write transaction over the outbox and `tables`; the entity row and its op commit together
 * or not at all. Never fetch inside `write`.
 */
export async function writeWithOp<R>(tables: Table[], write: () => Promise<R>): Promise<R> {
  const result = await db.transaction('rw', [db.outbox, ...tables], write);
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(QUEUED_EVENT));
  return result;
}
