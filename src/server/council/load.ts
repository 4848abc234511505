// Council and district loaders and checks. Features ask here; they never query councils, districts or safety_terms.
import type { Kysely, Transaction } from 'kysely';
import type { CouncilPublic, District } from '../../shared/council';
import type { SafetyTerm } from '../../shared/safety-terms';
import type { Database } from '../db/schema';
import { parseCouncilSettings, serializeCouncilSettings, type StoredCouncilSettings } from './settings';

export type Db = Kysely<Database> | Transaction<Database>;

export interface CouncilRecord {
  id: string;
  name: string;
  joinCode: string;
  settings: StoredCouncilSettings;
  districts: District[];
}

/** The council's districts in the order its admin set. */
export async function listDistricts(db: Db, councilId: string): Promise<District[]> {
  return db.selectFrom('districts').select(['id', 'name']).where('council_id', '=', councilId).orderBy('sort_order').orderBy('name').execute();
}

/** True when districtId is one of this council's districts (another council's district is never "found"). */
export async function isCouncilDistrict(db: Db, councilId: string, districtId: string): Promise<boolean> {
  const row = await db.selectFrom('districts').select('id').where('id', '=', districtId).where('council_id', '=', councilId).executeTakeFirst();
  return Boolean(row);
}

export async function loadCouncilRecord(db: Db, councilId: string): Promise<CouncilRecord | undefined> {
  // Read together (one statement through db/batched-reads.ts).
  const [council, districts] = await Promise.all([
    db.selectFrom('councils').select(['id', 'name', 'join_code', 'settings']).where('id', '=', councilId).executeTakeFirst(),
    listDistricts(db, councilId),
  ]);
  if (!council) return undefined;
  return { id: council.id, name: council.name, joinCode: council.join_code, settings: parseCouncilSettings(council.settings), districts };
}

/** What a device is told about its council: name, districts, out-of-hours number, words, languages, safety words. */
export async function loadCouncilPublic(db: Db, councilId: string): Promise<CouncilPublic | undefined> {
  const [council, safetyTerms] = await Promise.all([loadCouncilRecord(db, councilId), councilSafetyTerms(db, councilId)]);
  if (!council) return undefined;
  // The timescales stay on the server: the phone is sent each stage's due dates.
  const { rest: _rest, requestTimescales: _timescales, ...settings } = council.settings;
  return { id: council.id, name: council.name, districts: council.districts, ...settings, safetyTerms };
}

/** Reads the council's settings, lets `change` return new ones, and stores them. Returns the stored settings. */
export async function updateCouncilSettingsJson(
  trx: Transaction<Database>,
  councilId: string,
  change: (settings: StoredCouncilSettings) => StoredCouncilSettings,
): Promise<StoredCouncilSettings | undefined> {
  const row = await trx.selectFrom('councils').select('settings').where('id', '=', councilId).executeTakeFirst();
  if (!row) return undefined;
  const next = change(parseCouncilSettings(row.settings));
  await trx
    .updateTable('councils')
    .set({ settings: serializeCouncilSettings(next) })
    .where('id', '=', councilId)
    .execute();
  return next;
}

/** The council's own safety words, for the server's checks and for its phones (with the council). */
export async function councilSafetyTerms(db: Db, councilId: string): Promise<SafetyTerm[]> {
  return db
    .selectFrom('safety_terms')
    .select(['term', 'category', 'language'])
    .where('council_id', '=', councilId)
    .orderBy('language')
    .orderBy('term')
    .execute();
}
