// Demoshire's demo "How's life?" results: a few hundred responses to the default round, the care population the
// response rates are measured against and the IRO tallies, so the results page shows what a council would see.
// Responses go through storeResponse exactly as a phone's, an IRO's sealed or a paper response does (checked,
// redacted, held with only the month, moved in by a batch of its own), so they are rows like any other.
// The 4–7 band is kept small on purpose: its cells are suppressed and its response rate is flagged as under 30%.
import { newId } from '../../../shared/ids';
import { surveyVersionSchema, type AgeBand, type SurveyVersion } from '../../../shared/survey/definition';
import type { ResponseMode, SurveyGender } from '../../../shared/survey/response';
import type { Trx } from '../../db/schema';
import { readJsonColumn } from '../../lib/json-column';
import { firstStaffWithRole as staffWithRole } from '../../auth/staff-names';
import { seededRandom } from '../../../shared/seeded-random';
import { demoAnswers, pick } from './demo-answers';
import { storeResponse } from './service/responses';

export interface DemoBand {
  responses: number;
  /** The care population (as the council's records count it: female, male). */
  population: { female: number; male: number };
  modes: Readonly<Record<ResponseMode, number>>;
  /** How many say how they describe themselves (the rest leave it). */
  saySex: number;
}

export const DEMO_BANDS: Readonly<Record<AgeBand, DemoBand>> = {
  // 8 of 45: shown, but its cells by sex, mode and month are all under 5, and 18% is under the 30% flag.
  '4-7': { responses: 8, population: { female: 21, male: 24 }, modes: { own: 0, iro: 0.6, paper: 0.4 }, saySex: 0.6 },
  '8-11': { responses: 112, population: { female: 78, male: 86 }, modes: { own: 0.5, iro: 0.3, paper: 0.2 }, saySex: 0.85 },
  '11-18': { responses: 196, population: { female: 148, male: 171 }, modes: { own: 0.76, iro: 0.14, paper: 0.1 }, saySex: 0.9 },
  // Care leavers have no IRO reviews: their zero is shown as a zero.
  '16-25': { responses: 74, population: { female: 109, male: 118 }, modes: { own: 0.9, iro: 0, paper: 0.1 }, saySex: 0.9 },
};

/** How many months back a new demo's round opened (its responses are spread over these months and this one). */
export const DEMO_ROUND_MONTHS = 5;
const SEED = 20_260_105;

/** When a new demo's round was published: the first of the month DEMO_ROUND_MONTHS before `now`. */
export function demoRoundOpened(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - DEMO_ROUND_MONTHS, 1, 9));
}

/** The months from `from` (YYYY-MM) to `to`, at most the last DEMO_ROUND_MONTHS + 1 of them. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 240; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to) break;
    out.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out.length === 0 ? [to] : out.slice(-(DEMO_ROUND_MONTHS + 1));
}

/** Whether anything of the round's results is there already: then the demo adds nothing (so never twice). */
async function roundTouched(trx: Trx, councilId: string, round: string): Promise<boolean> {
  const inRound = trx.selectFrom('surveys').select('id').where('council_id', '=', councilId).where('round', '=', round);
  const found = await Promise.all([
    trx.selectFrom('survey_held').select('id').where('council_id', '=', councilId).where('survey_id', 'in', inRound).executeTakeFirst(),
    trx.selectFrom('survey_responses').select('id').where('council_id', '=', councilId).where('round', '=', round).executeTakeFirst(),
    trx.selectFrom('survey_populations').select('band').where('council_id', '=', councilId).where('round', '=', round).executeTakeFirst(),
    trx.selectFrom('survey_tallies').select('id').where('council_id', '=', councilId).where('round', '=', round).executeTakeFirst(),
  ]);
  return found.some(Boolean);
}

/**
 * Adds the demo results of `round` (the default round's versions published to the council) unless the round has any
 * response, population or tally already. Answers how many responses it stored.
 */
export async function seedDemoSurveyResults(trx: Trx, councilId: string, round: string, now: Date): Promise<number> {
  if (await roundTouched(trx, councilId, round)) return 0;
  const admin = await staffWithRole(trx, councilId, 'admin');
  if (!admin) return 0;
  // The care population goes first and claims the round: a second server topping up at the same moment waits for
  // this transaction, inserts nothing and stops, so the demo responses are never stored twice.
  if (!(await seedPopulations(trx, councilId, round, admin, now))) return 0;
  const iro = await staffWithRole(trx, councilId, 'iro');
  const rows = await trx
    .selectFrom('surveys')
    .select(['id', 'version', 'band', 'definition', 'published_at'])
    .where('council_id', '=', councilId)
    .where('round', '=', round)
    .where('status', '=', 'published')
    .orderBy('id')
    .orderBy('version')
    .execute();
  const thisMonth = now.toISOString().slice(0, 7);
  let stored = 0;
  const completedWithIro = new Map<AgeBand, number>();
  for (const [i, band] of (Object.keys(DEMO_BANDS) as AgeBand[]).entries()) {
    // The band's newest published version, as a phone would answer.
    const row = rows.filter((r) => r.band === band).at(-1);
    const version = row ? readJsonColumn<SurveyVersion | null>(row.definition, surveyVersionSchema, null) : null;
    if (!row || !version) continue;
    const plan = DEMO_BANDS[band];
    const rand = seededRandom(SEED + i);
    const months = monthsBetween(row.published_at.slice(0, 7), thisMonth);
    // More responses in the middle of the round than at its start and its end.
    const monthWeights = Object.fromEntries(months.map((m, k) => [m, 1 + 0.7 * Math.sin((Math.PI * (k + 0.5)) / months.length)]));
    const { female, male } = plan.population;
    const sexWeights = { girl: female, boy: male, 'another-way': (female + male) * 0.03 };
    for (let n = 0; n < plan.responses; n++) {
      const mode = pick(rand, plan.modes);
      const gender: SurveyGender | undefined = rand() < plan.saySex ? pick(rand, sexWeights) : undefined;
      const payload = {
        surveyId: row.id,
        version: Number(row.version),
        answers: demoAnswers({ ...version, id: row.id, version: Number(row.version) }, rand),
        month: pick(rand, monthWeights),
        ...(gender ? { gender } : {}),
      };
      const out = await storeResponse(trx, councilId, payload, mode, now);
      if (out.status === 'refused') throw new Error(`A demo survey response was refused: ${out.message}`);
      stored += 1;
      if (mode === 'iro') completedWithIro.set(band, (completedWithIro.get(band) ?? 0) + 1);
    }
  }
  if (iro) await seedTallies(trx, councilId, round, iro, completedWithIro, rows[0]?.published_at ?? now.toISOString(), now);
  return stored;
}

/** The care population per age band and sex, as the admin enters it (savePopulations); false if it was there. */
async function seedPopulations(trx: Trx, councilId: string, round: string, adminId: string, now: Date): Promise<boolean> {
  const inserted = await trx
    .insertInto('survey_populations')
    .values(
      (Object.keys(DEMO_BANDS) as AgeBand[]).flatMap((band) =>
        (['female', 'male'] as const).map((sex) => ({
          council_id: councilId,
          round,
          band,
          sex,
          count: DEMO_BANDS[band].population[sex],
          updated_at: now.toISOString(),
          updated_by: adminId,
        })),
      ),
    )
    .onConflict((oc) => oc.columns(['council_id', 'round', 'band', 'sex']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/**
 * The IRO's tallies, one per review as recordTally stores them: each review offered the survey to one child, who did
 * it there (as many as the band's responses with an IRO), said no, or wanted to do it later on their own phone.
 */
async function seedTallies(
  trx: Trx,
  councilId: string,
  round: string,
  iroId: string,
  completed: ReadonlyMap<AgeBand, number>,
  openedAt: string,
  now: Date,
): Promise<void> {
  const rand = seededRandom(SEED + 100);
  const from = Date.parse(openedAt);
  const span = Math.max(0, now.getTime() - from);
  const tallies = [...completed].flatMap(([band, done]) => {
    const declined = Math.round(done * 0.3) + (band === '4-7' ? 1 : 2);
    const later = Math.round(done * 0.15);
    const outcomes = [
      ...Array<'completed'>(done).fill('completed'),
      ...Array<'declined'>(declined).fill('declined'),
      ...Array<'later'>(later).fill('later'),
    ];
    return outcomes.map((outcome) => {
      const at = new Date(from + Math.floor(rand() * span));
      return {
        id: newId(),
        council_id: councilId,
        round,
        band,
        offered: 1,
        completed: outcome === 'completed' ? 1 : 0,
        declined: outcome === 'declined' ? 1 : 0,
        reviewed_on: at.toISOString().slice(0, 10),
        recorded_by: iroId,
        recorded_at: at.toISOString(),
      };
    });
  });
  // In chunks: PostgreSQL and SQLite both cap the parameters of one statement.
  for (let i = 0; i < tallies.length; i += 50)
    await trx
      .insertInto('survey_tallies')
      .values(tallies.slice(i, i + 50))
      .execute();
}
