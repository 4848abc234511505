// The "How's life?" results as the staff results page draws them: one JSON answer per round
// (GET /api/v1/staff/surveys/results?round=…), shared by the server that computes it and the page that draws it.
//
// Small numbers are never shown: a count under SUPPRESS_UNDER is `null` ("fewer than 5"), and so is any share or
// figure worked out from such a count, and any further cell that would let a suppressed one be worked out from a
// total (secondary suppression). The same rule holds for the CSV export, which is made from this answer.
import { z } from 'zod';
import { AGE_BANDS, SURVEY_DOMAINS, QUESTION_TYPES } from './definition';
import { RESPONSE_MODES, SURVEY_GENDERS } from './response';

/** No figure based on fewer than this many responses is shown anywhere. */
export const SUPPRESS_UNDER = 5;
/** An age band whose response rate is under this is flagged. */
export const LOW_RESPONSE_RATE = 0.3;

/** A count, or null when it is suppressed (under SUPPRESS_UNDER, or would reveal one that is). */
const count = z.number().int().nonnegative().nullable();
/** A share 0–1, or null when suppressed or there is nothing to divide by. */
const share = z.number().min(0).max(1).nullable();
const words = z.object({ en: z.string(), cy: z.string(), ar: z.string() });

export const answerCellSchema = z.object({
  /** The answer as stored ('always', '4', a choice id, '7' for a scale). */
  value: z.string(),
  /** Its words (null for a scale point, whose value is its words). */
  label: words.nullable(),
  count,
  /** count / the question's `answered` (for `multiple`, / the people who answered the question). */
  share,
});

export const questionResultSchema = z.object({
  id: z.string(),
  type: z.enum(QUESTION_TYPES),
  domain: z.enum(SURVEY_DOMAINS),
  core: z.boolean(),
  negative: z.boolean(),
  text: words,
  /** Responses that were shown the question (a question hidden by an earlier answer is not counted). */
  asked: count,
  answered: count,
  /** Every possible answer, in the question's order, including those nobody gave (text questions: none). */
  answers: z.array(answerCellSchema),
  /** For a 0–10 scale: the mean, when `answered` is not suppressed. */
  mean: z.number().nullable().optional(),
  /** The share giving a good answer (faces 4–5, always, agree, yes, 7–10; the other way round for `negative`). */
  positiveShare: share,
  /** The same question in the version this one `keeps` it from (unchanged questions only), for trends. */
  previous: z.object({ version: z.number().int(), answered: count, answers: z.array(answerCellSchema), positiveShare: share }).nullable(),
});
export type QuestionResult = z.infer<typeof questionResultSchema>;

const populationRate = {
  responses: count,
  /** From the care population the admin entered; null when none was entered. */
  population: z.number().int().nonnegative().nullable(),
  /** responses / population; null when either is missing or suppressed. */
  rate: share,
};

export const bandResultSchema = z.object({
  band: z.enum(AGE_BANDS),
  surveyId: z.string(),
  /** The version these per-question results are for (the newest with responses, or the newest published). */
  version: z.number().int(),
  ...populationRate,
  /** Under LOW_RESPONSE_RATE (only when the rate is known). */
  lowRate: z.boolean(),
  /** girl/boy against the female/male care population; another-way and not-said as counts only. */
  bySex: z.array(z.object({ sex: z.enum([...SURVEY_GENDERS, 'not-said']), ...populationRate })),
  byMode: z.array(z.object({ mode: z.enum(RESPONSE_MODES), responses: count })),
  byMonth: z.array(z.object({ month: z.string(), responses: count })),
  questions: z.array(questionResultSchema),
  /**
   * Free-text answers, redacted, only for roles that may read them (participation, admin) and only when the band
   * has at least SUPPRESS_UNDER responses; `flagged` when the safety check doubted it.
   */
  freeText: z
    .array(
      z.object({ questionId: z.string(), text: z.string(), /** '' where that month's count is hidden. */ month: z.string(), flagged: z.boolean() }),
    )
    .optional(),
});
export type BandResult = z.infer<typeof bandResultSchema>;

const highlight = z.object({ band: z.enum(AGE_BANDS), questionId: z.string(), text: words, positiveShare: z.number().min(0).max(1) });

export const surveyResultsSchema = z.object({
  round: z.string(),
  generatedAt: z.string(),
  suppressUnder: z.literal(SUPPRESS_UNDER),
  total: z.object(populationRate),
  bands: z.array(bandResultSchema),
  /** The questions with the highest positive shares (not suppressed), and the lowest. */
  brightSpots: z.array(highlight),
  areasToImprove: z.array(highlight),
  /** IROs' tallies of surveys offered at reviews, by age band (never linked to any answer); a band's three are null when any is 1–4. */
  tallies: z.array(z.object({ band: z.enum(AGE_BANDS), offered: count, completed: count, declined: count })),
});
export type SurveyResults = z.infer<typeof surveyResultsSchema>;
