// What staff send about "How's life?" rounds: the care population results are measured against, and paper responses
// keyed in by hand. (The results themselves are in results.ts.)
import { z } from 'zod';
import { uuidSchema } from '../ids';
import { AGE_BANDS } from './definition';
import { surveySubmitPayloadSchema } from './response';

export const roundIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'a round id');
/** `?round=hows-life`: the results (JSON or CSV) and the care population of one round. */
export const roundQuerySchema = z.strictObject({ round: roundIdSchema });

/** The sexes the council's care records count (responses say girl, boy, another way, or nothing). */
export const POPULATION_SEXES = ['female', 'male'] as const;

export const populationRowSchema = z.strictObject({
  band: z.enum(AGE_BANDS),
  sex: z.enum(POPULATION_SEXES),
  count: z.number().int().min(0).max(100_000),
});

/** PUT /api/v1/staff/surveys/populations: the whole care population of a round (rows not sent are removed). */
export const populationsBodySchema = z
  .strictObject({ round: roundIdSchema, rows: z.array(populationRowSchema).max(AGE_BANDS.length * POPULATION_SEXES.length) })
  .refine((b) => new Set(b.rows.map((r) => `${r.band} ${r.sex}`)).size === b.rows.length, {
    message: 'each age band and sex once',
    path: ['rows'],
  });
export type PopulationsBody = z.infer<typeof populationsBodySchema>;

export const populationsAnswerSchema = z.object({
  round: z.string(),
  rows: z.array(populationRowSchema.extend({ updatedAt: z.string() })),
});
export type PopulationsAnswer = z.infer<typeof populationsAnswerSchema>;

/**
 * POST /api/v1/staff/surveys/paper: a paper response keyed in by staff. `entryId` is made once per filled-in form by
 * the page, so sending it twice (a double click, a retry) stores it once.
 */
export const paperResponseBodySchema = surveySubmitPayloadSchema.omit({ flaggedOnDevice: true }).extend({ entryId: uuidSchema.optional() });
export type PaperResponseBody = z.infer<typeof paperResponseBodySchema>;
