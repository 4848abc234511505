// What a device is told about its council: name, districts, out-of-hours number, words and languages.
import type { Kysely, Transaction } from 'kysely';
import { councilPublicSchema, safeguardingHoursSchema, type CouncilPublic, type SafeguardingHours } from '../../../shared/council';
import type { SafetyTerm } from '../../../shared/safety-terms';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface CouncilSettings {
  outOfHoursPhone: string;
  vocabulary: CouncilPublic['vocabulary'];
  languages: CouncilPublic['languages'];
  safeguardingHours: SafeguardingHours | null;
}

/** Reads councils.settings; a missing or damaged field falls back to a safe default rather than failing a sync. */
export function parseCouncilSettings(json: string): CouncilSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // keep the defaults
  }
  const fields = councilPublicSchema.pick({ outOfHoursPhone: true, vocabulary: true, languages: true });
  return {
    outOfHoursPhone: fields.shape.outOfHoursPhone.safeParse(raw.outOfHoursPhone).data ?? '',
    vocabulary: fields.shape.vocabulary.safeParse(raw.vocabulary).data ?? {},
    languages: fields.shape.languages.safeParse(raw.languages).data ?? ['en'],
    safeguardingHours: safeguardingHoursSchema.safeParse(raw.safeguardingHours).data ?? null,
  };
}

export async function loadCouncilPublic(db: Db, councilId: string): Promise<CouncilPublic | undefined> {
  const council = await db
    .selectFrom('councils')
    .select(['id', 'name', 'settings'])
    .where('id', '=', councilId)
    .executeTakeFirst();
  if (!council) return undefined;
  const districts = await db
    .selectFrom('districts')
    .select(['id', 'name'])
    .where('council_id', '=', councilId)
    .orderBy('sort_order')
    .orderBy('name')
    .execute();
  const safetyTerms = await councilSafetyTerms(db, councilId);
  return { id: council.id, name: council.name, districts, ...parseCouncilSettings(council.settings), safetyTerms };
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
