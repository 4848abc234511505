// The one reader and writer of councils.settings (a JSON column). Each field is validated on its own: a missing or
// damaged field falls back to a safe default rather than failing a sync or a staff page, and fields this version does
// not know are kept when the settings are written back.
import { z } from 'zod';
import { councilPublicSchema, safeguardingHoursSchema, type CouncilPublic, type SafeguardingHours } from '../../shared/council';
import { languageSchema } from '../../shared/text';
import { readJsonColumn } from '../lib/json-column';

export interface CouncilSettings {
  outOfHoursPhone: string;
  vocabulary: CouncilPublic['vocabulary'];
  languages: CouncilPublic['languages'];
  safeguardingHours: SafeguardingHours | null;
}

/** Settings as stored: the known fields, validated, plus any others (kept untouched on write). */
export type StoredCouncilSettings = CouncilSettings & { readonly rest: Readonly<Record<string, unknown>> };

const fields = councilPublicSchema.shape;

/** The stored JSON as an object; anything else (or text that is not JSON) reads as no settings, so defaults apply. */
const storedObjectSchema = z.record(z.string(), z.unknown());
const parseObject = (json: string): Record<string, unknown> => readJsonColumn(json, storedObjectSchema, {});

export function parseCouncilSettings(json: string): StoredCouncilSettings {
  const { outOfHoursPhone, vocabulary, languages, safeguardingHours, ...rest } = parseObject(json);
  // Unknown languages are dropped one by one, so one bad entry does not take English or Welsh away with it.
  const offered = Array.isArray(languages) ? languages.filter((l) => languageSchema.safeParse(l).success) : [];
  return {
    outOfHoursPhone: fields.outOfHoursPhone.safeParse(outOfHoursPhone).data ?? '',
    vocabulary: fields.vocabulary.safeParse(vocabulary).data ?? {},
    languages: offered.length > 0 ? (offered as CouncilSettings['languages']) : ['en'],
    safeguardingHours: safeguardingHoursSchema.safeParse(safeguardingHours).data ?? null,
    rest,
  };
}

/** The JSON to store: the known fields as given, with the fields this version does not know kept. */
export function serializeCouncilSettings(settings: StoredCouncilSettings): string {
  const { rest, ...known } = settings;
  return JSON.stringify({ ...rest, ...known });
}
