// Typed access to the device's small settings and sync state.
import { db } from './db';
import type { DeviceMeta, MetaKey } from './rows';

export async function getMeta<T>(key: MetaKey): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}
export async function setMeta(key: MetaKey, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
export const getDevice = () => getMeta<DeviceMeta>('device');
