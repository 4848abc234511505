// What an IRO's device and the server say to each other about surveys done at reviews: a sealed response, a tally of
// surveys offered, completed and declined, and the published versions the device keeps for working offline.
import { z } from 'zod';
import { uuidSchema } from '../ids';
import { AGE_BANDS, surveyVersionSchema } from './definition';
import { sealedEnvelopeSchema } from './sealed';

/** POST /api/v1/staff/surveys/sealed. `entryId` is the device's random id for this queued item (repeats are stored once). */
export const sealedSubmitSchema = z.strictObject({ entryId: uuidSchema, sealed: sealedEnvelopeSchema });
export const sealedStoredSchema = z.object({ stored: z.literal(true), repeat: z.literal(true).optional() });

const day = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day as YYYY-MM-DD');
const count = z.number().int().min(0).max(1000);

/** POST /api/v1/staff/surveys/tallies: one review's surveys for one age band. */
export const tallySchema = z
  .strictObject({
    entryId: uuidSchema,
    round: z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'a round id'),
    band: z.enum(AGE_BANDS),
    offered: count,
    completed: count,
    declined: count,
    reviewedOn: day,
  })
  .refine((t) => t.completed + t.declined <= t.offered, {
    message: 'completed and declined together cannot be more than offered',
    path: ['offered'],
  });
export type Tally = z.infer<typeof tallySchema>;

export const tallyViewSchema = z.object({
  id: z.string(),
  round: z.string(),
  band: z.enum(AGE_BANDS),
  offered: z.number(),
  completed: z.number(),
  declined: z.number(),
  reviewedOn: z.string(),
  recordedAt: z.string(),
});
export type TallyView = z.infer<typeof tallyViewSchema>;
export const tallyListSchema = z.object({ tallies: z.array(tallyViewSchema) });
export const tallyStoredSchema = z.object({ stored: z.literal(true), repeat: z.literal(true).optional() });

/** GET /api/v1/staff/surveys/published: the newest published version of each of the council's round surveys. */
export const publishedSurveysSchema = z.object({ surveys: z.array(surveyVersionSchema) });
