// The one reader and writer of councils.settings (a JSON column). Each field is validated on its own: a missing or
// damaged field falls back to a safe default rather than failing a sync or a staff page, and fields this version does
// not know are kept when the settings are written back.
import { z } from 'zod';
import { councilPublicSchema, safeguardingHoursSchema, type CouncilPublic, type SafeguardingHours } from '../../shared/council';
import { timescaleProblems, timescalesSchema, type Timescales } from '../../shared/requests/clock';
import { NATIONS, type Nation } from '../../shared/requests/request';
import { languageSchema } from '../../shared/text';
import { readJsonColumn } from '../lib/json-column';

export interface CouncilSettings {
  outOfHoursPhone: string;
  vocabulary: CouncilPublic['vocabulary'];
  languages: CouncilPublic['languages'];
  safeguardingHours: SafeguardingHours | null;
  /** Whose complaint rules apply: England's unless the council says Wales. */
  nation: Nation;
  /** The council's own timescales, checked against its nation's rules; null means the regulations' own. */
  requestTimescales: Timescales | null;
}

/** Settings as stored: the known fields, validated, plus any others (kept untouched on write). */
export type StoredCouncilSettings = CouncilSettings & { readonly rest: Readonly<Record<string, unknown>> };

const fields = councilPublicSchema.shape;

/** The stored JSON as an object; anything else (or text that is not JSON) reads as no settings, so defaults apply. */
const storedObjectSchema = z.record(z.string(), z.unknown());
const parseObject = (json: string): Record<string, unknown> => readJsonColumn(json, storedObjectSchema, {});

export function parseCouncilSettings(json: string): StoredCouncilSettings {
  const { outOfHoursPhone, vocabulary, languages, safeguardingHours, nation, requestTimescales, ...rest } = parseObject(json);
  // Unknown languages are dropped one by one, so one bad entry does not take English or Welsh away with it.
  const offered = Array.isArray(languages) ? languages.filter((l) => languageSchema.safeParse(l).success) : [];
  return {
    outOfHoursPhone: fields.outOfHoursPhone.safeParse(outOfHoursPhone).data ?? '',
    vocabulary: fields.vocabulary.safeParse(vocabulary).data ?? {},
    languages: offered.length > 0 ? (offered as CouncilSettings['languages']) : ['en'],
    safeguardingHours: safeguardingHoursSchema.safeParse(safeguardingHours).data ?? null,
    ...clockSettings(nation, requestTimescales),
    rest,
  };
}

/** The nation and its timescales; timescales that break the nation's rules (or are damaged) read as the rules' own. */
function clockSettings(nation: unknown, timescales: unknown): Pick<CouncilSettings, 'nation' | 'requestTimescales'> {
  const known = NATIONS.find((n) => n === nation) ?? 'england';
  const own = timescalesSchema.safeParse(timescales).data;
  return { nation: known, requestTimescales: own && timescaleProblems(known, own).length === 0 ? own : null };
}

/** The JSON to store: the known fields as given, with the fields this version does not know kept. */
export function serializeCouncilSettings(settings: StoredCouncilSettings): string {
  const { rest, ...known } = settings;
  return JSON.stringify({ ...rest, ...known });
}
