// A council's district list as its admin sends it: the whole list in order. Checked first (ids of this council, no
// name twice, nothing removed that is still used), then written, and what changed is told for the audit log.
import type { Transaction } from 'kysely';
import type { CouncilSettingsUpdate } from '../../../../shared/council';
import { deleteDistricts, districtInUse, districtRows, insertDistrict, updateDistrict } from '../../../council/districts';
import type { Database } from '../../../db/schema';
import { badRequest, conflict } from '../../../lib/errors';

type DistrictInput = NonNullable<CouncilSettingsUpdate['districts']>;
export interface DistrictChanges {
  districtsAdded: string[];
  districtsRemoved: string[];
  districtsRenamed: string[];
}

/** Returns what changed, or null when the list is the same as before. */
export async function applyDistricts(trx: Transaction<Database>, councilId: string, wanted: DistrictInput): Promise<DistrictChanges | null> {
  const existing = await districtRows(trx, councilId);
  const byId = new Map(existing.map((d) => [d.id, d]));
  const seenIds = new Set<string>();
  const names = new Set<string>();
  for (const d of wanted) {
    if (d.id !== undefined) {
      if (!byId.has(d.id)) throw badRequest('unknown-district', `There is no district with id ${d.id} in this council.`);
      if (seenIds.has(d.id)) throw badRequest('duplicate-district', 'A district appears twice in the list.');
      seenIds.add(d.id);
    }
    const key = d.name.toLowerCase();
    if (names.has(key)) throw badRequest('duplicate-district', `There are two districts called "${d.name}".`);
    names.add(key);
  }
  const removed = existing.filter((d) => !seenIds.has(d.id));
  for (const d of removed) {
    if (await districtInUse(trx, d.id)) {
      throw conflict('district-in-use', `The district "${d.name}" is still used, so it cannot be removed.`);
    }
  }
  const added: string[] = [];
  const renamed: string[] = [];
  let moved = false;
  for (const [index, d] of wanted.entries()) {
    const old = d.id !== undefined ? byId.get(d.id) : undefined;
    if (!old) {
      await insertDistrict(trx, councilId, d.name, index);
      added.push(d.name);
    } else if (old.name !== d.name || old.sortOrder !== index) {
      if (old.name !== d.name) renamed.push(`${old.name} → ${d.name}`);
      else moved = true;
      await updateDistrict(trx, councilId, old.id, { name: d.name, sortOrder: index });
    }
  }
  await deleteDistricts(
    trx,
    councilId,
    removed.map((d) => d.id),
  );
  if (added.length === 0 && removed.length === 0 && renamed.length === 0 && !moved) return null;
  return { districtsAdded: added, districtsRemoved: removed.map((d) => d.name), districtsRenamed: renamed };
}
