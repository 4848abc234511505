// Adds one stored response to the counts results are read from, inside the response's own transaction, so the counts
// always match the rows (an upsert: concurrent responses add up, never overwrite each other).
import type { SurveyVersion } from '../../../../shared/survey/definition';
import type { ResponseMode, SurveyGender } from '../../../../shared/survey/response';
import { tallyAnswers } from '../../../../shared/survey/tally';
import type { Db } from '../../../db/schema';

export interface CountedResponse {
  councilId: string;
  version: SurveyVersion;
  mode: ResponseMode;
  month: string;
  gender: SurveyGender | null;
  answers: Readonly<Record<string, unknown>>;
}

export async function addToCounts(trx: Db, r: CountedResponse): Promise<void> {
  const key = { council_id: r.councilId, survey_id: r.version.id, version: r.version.version };
  await trx
    .insertInto('survey_response_counts')
    .values({ ...key, round: r.version.round, band: r.version.band, mode: r.mode, month: r.month, sex: r.gender ?? 'not-said', count: 1 })
    .onConflict((oc) =>
      oc
        .columns(['council_id', 'survey_id', 'version', 'mode', 'month', 'sex'])
        .doUpdateSet((eb) => ({ count: eb('survey_response_counts.count', '+', 1) })),
    )
    .execute();
  const tallies = tallyAnswers(r.version, r.answers);
  if (tallies.length === 0) return;
  await trx
    .insertInto('survey_answer_counts')
    .values(tallies.map((t) => ({ ...key, question_id: t.questionId, value: t.value, count: 1 })))
    .onConflict((oc) =>
      oc
        .columns(['council_id', 'survey_id', 'version', 'question_id', 'value'])
        .doUpdateSet((eb) => ({ count: eb('survey_answer_counts.count', '+', 1) })),
    )
    .execute();
}
