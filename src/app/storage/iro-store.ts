// Reads and writes of the IRO's device rows (see iro-rows.ts). Only sealed responses, tallies and the council's public
// key and surveys are written here; a child's answers in the clear never reach IndexedDB.
import { db } from './db';
import type { IroKitRow, IroTallyRow, SealedQueueRow, SendState } from './iro-rows';

export const keepIroKit = (row: IroKitRow) => db.iroKit.put(row);
export const readIroKit = (councilId: string) => db.iroKit.get(councilId);

export const queueSealed = (row: SealedQueueRow) => db.sealedQueue.add(row);
export const queueTally = (row: IroTallyRow) => db.iroTallies.add(row);

export const allSealed = () => db.sealedQueue.toArray();
export const allTallies = () => db.iroTallies.toArray();

/** Delivered: nothing of it is kept on the device. */
export const forgetSealed = (entryId: string) => db.sealedQueue.delete(entryId);
export const forgetTally = (entryId: string) => db.iroTallies.delete(entryId);

export const markSealed = (entryId: string, state: SendState) => db.sealedQueue.update(entryId, { ...state });
export const markTally = (entryId: string, state: SendState) => db.iroTallies.update(entryId, { ...state });
