// The council's public sealing key and published surveys on the IRO's device: fetched while online, kept in IndexedDB
// so a review without a signal still works. Neither is secret (the key is the public half).
import type { StaffMe } from '../../../../../shared/staff';
import type { IroKitRow } from '../../../../storage/iro-rows';
import { keepIroKit, readIroKit } from '../../../../storage/iro-store';
import { useLiveQuery } from '../../../../storage/live';
import { fetchPublished, fetchSealingKey } from '../api';

/** Fetches both afresh and keeps them; a failure (offline) leaves what was kept. */
export async function refreshKit(me: StaffMe): Promise<IroKitRow> {
  const [key, surveys] = await Promise.all([fetchSealingKey(), fetchPublished()]);
  const row: IroKitRow = { councilId: me.council.id, key, surveys, savedAt: new Date().toISOString() };
  await keepIroKit(row);
  return row;
}

/** The kit kept for this council: undefined while reading, null when there is none yet. */
export function useKit(councilId: string): IroKitRow | null | undefined {
  return useLiveQuery(async () => (await readIroKit(councilId)) ?? null, [councilId]);
}
