// Loads a round's counts for one council and builds its results. Everything read is a count kept beside the responses
// (see counts.ts), except the free texts, which are read only for the staff who may see them and only from the rows
// that hold one.
import { surveyVersionSchema, type SurveyVersion } from '../../../../shared/survey/definition';
import type { SurveyResults } from '../../../../shared/survey/results';
import type { Db } from '../../../db/schema';
import { readJsonColumn } from '../../../lib/json-column';
import { notFound } from '../../../lib/errors';
import { buildResults, type FreeTextRow } from './results-build';
import type { AnswerCounts } from './results-questions';

/** The newest free texts kept per survey in the answer (the page lists them; more would be a reading job, not results). */
export const FREE_TEXT_LIMIT = 500;

async function roundVersions(db: Db, councilId: string, round: string): Promise<SurveyVersion[]> {
  const inRound = db.selectFrom('surveys').select('id').where('council_id', '=', councilId).where('round', '=', round);
  const rows = await db
    .selectFrom('surveys')
    .select(['id', 'version', 'definition'])
    .where('council_id', '=', councilId)
    .where('id', 'in', inRound)
    .execute();
  return rows.flatMap((row) => {
    const definition = readJsonColumn<SurveyVersion | null>(row.definition, surveyVersionSchema, null);
    return definition ? [{ ...definition, id: row.id, version: Number(row.version) }] : [];
  });
}

async function answerCounts(db: Db, councilId: string, surveyIds: readonly string[]): Promise<Map<string, AnswerCounts>> {
  const out = new Map<string, Map<string, Map<string, number>>>();
  if (surveyIds.length === 0) return out;
  const rows = await db
    .selectFrom('survey_answer_counts')
    .select(['survey_id', 'version', 'question_id', 'value', 'count'])
    .where('council_id', '=', councilId)
    .where('survey_id', 'in', surveyIds)
    .execute();
  for (const r of rows) {
    const key = `${r.survey_id} ${Number(r.version)}`;
    const version = out.get(key) ?? new Map<string, Map<string, number>>();
    out.set(key, version);
    const question = version.get(r.question_id) ?? new Map<string, number>();
    version.set(r.question_id, question);
    question.set(r.value, Number(r.count));
  }
  return out;
}

async function freeTexts(db: Db, councilId: string, round: string, versions: readonly SurveyVersion[]): Promise<FreeTextRow[]> {
  const out: FreeTextRow[] = [];
  for (const id of new Set(versions.map((v) => v.id))) {
    const rows = await db
      .selectFrom('survey_responses')
      .select(['version', 'month', 'answers', 'flagged'])
      .where('council_id', '=', councilId)
      .where('survey_id', '=', id)
      .where('round', '=', round)
      .where('has_text', '=', 1)
      .orderBy('month', 'desc')
      .limit(FREE_TEXT_LIMIT)
      .execute();
    for (const row of rows) {
      const version = versions.find((v) => v.id === id && v.version === Number(row.version));
      const answers = JSON.parse(row.answers) as Record<string, unknown>;
      for (const q of version?.questions ?? []) {
        const text = answers[q.id];
        if (q.type === 'text' && typeof text === 'string')
          out.push({ surveyId: id, questionId: q.id, text, month: row.month, flagged: row.flagged === 1 });
      }
    }
  }
  return out;
}

export async function loadResults(db: Db, councilId: string, round: string, now: Date, withFreeText: boolean): Promise<SurveyResults> {
  const versions = await roundVersions(db, councilId, round);
  if (!versions.some((v) => v.round === round)) throw notFound('That survey round');
  const ids = [...new Set(versions.map((v) => v.id))];
  const [responseRows, counts, populations, tallies] = await Promise.all([
    db
      .selectFrom('survey_response_counts')
      .select(['survey_id', 'band', 'mode', 'month', 'sex', 'count'])
      .where('council_id', '=', councilId)
      .where('round', '=', round)
      .execute(),
    answerCounts(db, councilId, ids),
    db.selectFrom('survey_populations').select(['band', 'sex', 'count']).where('council_id', '=', councilId).where('round', '=', round).execute(),
    db
      .selectFrom('survey_tallies')
      .select(['band', 'offered', 'completed', 'declined'])
      .where('council_id', '=', councilId)
      .where('round', '=', round)
      .execute(),
  ]);
  return buildResults({
    round,
    generatedAt: now.toISOString(),
    versions,
    responseCounts: responseRows.map((r) => ({
      surveyId: r.survey_id,
      band: r.band,
      mode: r.mode,
      month: r.month,
      sex: r.sex,
      count: Number(r.count),
    })),
    answerCounts: counts,
    populations: populations.map((p) => ({ band: p.band, sex: p.sex, count: Number(p.count) })),
    tallies: tallies.map((t) => ({ band: t.band, offered: Number(t.offered), completed: Number(t.completed), declined: Number(t.declined) })),
    ...(withFreeText
      ? {
          freeText: await freeTexts(
            db,
            councilId,
            round,
            versions.filter((v) => v.round === round),
          ),
        }
      : {}),
  });
}
