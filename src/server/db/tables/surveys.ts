// Tables added by the surveys migrations (011, 012, 013, 014).
import type { Generated } from 'kysely';
import type { AgeBand } from '../../../shared/survey/definition';
import type { ResponseMode, SurveyGender } from '../../../shared/survey/response';

/** One published version of one age band's survey, for one council. Never updated once written. */
export interface SurveysTable {
  council_id: string;
  id: string;
  version: number;
  round: string;
  band: AgeBand;
  /** JSON of the whole version (surveyVersionSchema). */
  definition: string;
  status: 'published';
  published_at: string;
}

/** One anonymous response: no device, no IP, no op id, only the month (migration 012). */
export interface SurveyResponsesTable {
  /** The server's own random id (never the op id). */
  id: string;
  council_id: string;
  survey_id: string;
  version: number;
  round: string;
  band: AgeBand;
  mode: ResponseMode;
  /** 'YYYY-MM'. */
  month: string;
  gender: SurveyGender | null;
  /** JSON: question id → answer (checked, hidden answers cleared, free text redacted). */
  answers: string;
  /** 1 when a free-text answer may be about harm. */
  flagged: number;
  /** 1 when it holds a free-text answer (migration 013). */
  has_text: Generated<number>;
}
/** How many children the council looks after, per round, age band and sex: what response rates are measured against. */
export interface SurveyPopulationsTable {
  council_id: string;
  round: string;
  band: AgeBand;
  sex: 'female' | 'male';
  count: number;
  updated_at: string;
  updated_by: string;
}
/** An IRO's tally of a review: surveys offered, completed and declined, by age band. Never linked to an answer. */
export interface SurveyTalliesTable {
  id: string;
  council_id: string;
  round: string;
  band: AgeBand;
  offered: number;
  completed: number;
  declined: number;
  reviewed_on: string;
  recorded_by: string;
  recorded_at: string;
}

/** A council's survey sealing key pair (migration 014): the private half never leaves the server. */
export interface SurveyKeysTable {
  id: string;
  council_id: string;
  /** JWK (ECDH P-256). */
  public_key: string;
  /** JWK (ECDH P-256). */
  private_key: string;
  created_at: string;
}
/** Sealed entries already received, so a repeat is stored once: the council and the month only (migration 014). */
export interface SurveySealedEntriesTable {
  council_id: string;
  entry_id: string;
  month: string;
}
/** Responses per version, mode, month and sex (migration 013): what results count responses from. */
export interface SurveyResponseCountsTable {
  council_id: string;
  survey_id: string;
  version: number;
  round: string;
  band: AgeBand;
  mode: ResponseMode;
  month: string;
  sex: SurveyGender | 'not-said';
  count: number;
}
/** Per version and question: responses shown it ('#asked'), that answered it ('#answered'), and each answer's count. */
export interface SurveyAnswerCountsTable {
  council_id: string;
  survey_id: string;
  version: number;
  question_id: string;
  value: string;
  count: number;
}
/** A paper response's entry id (made by the staff's form) and month: so a double click stores it once. No link to it. */
export interface SurveyPaperEntriesTable {
  council_id: string;
  entry_id: string;
  month: string;
}

export interface SurveyTables {
  surveys: SurveysTable;
  survey_responses: SurveyResponsesTable;
  survey_held: SurveyHeldTable;
  survey_populations: SurveyPopulationsTable;
  survey_tallies: SurveyTalliesTable;
  survey_keys: SurveyKeysTable;
  survey_sealed_entries: SurveySealedEntriesTable;
  survey_response_counts: SurveyResponseCountsTable;
  survey_answer_counts: SurveyAnswerCountsTable;
  survey_paper_entries: SurveyPaperEntriesTable;
}

/**
 * A response held until a batch moves it to survey_responses and the counts (migration 020), so nothing a results query
 * reads was written beside the push or hand-in that brought it.
 */
export interface SurveyHeldTable {
  id: string;
  council_id: string;
  survey_id: string;
  version: number;
  mode: ResponseMode;
  month: string;
  gender: SurveyGender | null;
  answers: string;
  flagged: number;
  /** '2026-03-02T10'. */
  held_hour: string;
}
