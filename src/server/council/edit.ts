// Writing a council's name and settings: the settings go through the one serializer (settings.ts).
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { serializeCouncilSettings, type StoredCouncilSettings } from './settings';

export async function saveCouncil(
  trx: Transaction<Database>,
  councilId: string,
  change: { name?: string | undefined; settings: StoredCouncilSettings },
): Promise<void> {
  await trx
    .updateTable('councils')
    .set({ ...(change.name !== undefined ? { name: change.name } : {}), settings: serializeCouncilSettings(change.settings) })
    .where('id', '=', councilId)
    .execute();
}
