// Typed access to the device's small settings and sync state. The database loads on first use (storage/load-db.ts),
// so the first screen does not wait for Dexie.
import { withDb } from './load-db';
import type { DeviceMeta, MetaKey } from './rows';

export function getMeta<T>(key: MetaKey): Promise<T | undefined> {
  return withDb(async (db) => (await db.meta.get(key))?.value as T | undefined);
}
export function setMeta(key: MetaKey, value: unknown): Promise<void> {
  return withDb(async (db) => {
    await db.meta.put({ key, value });
  });
}
export const getDevice = () => getMeta<DeviceMeta>('device');
