// What staff send and get when they copy and adapt a survey, publish a pulse check-in or publish a finding to young
// people. The server fills in what staff never choose (ids, version numbers, which questions a version keeps).
import { z } from 'zod';
import { uuidSchema } from '../ids';
import { AGE_BANDS, surveyVersionSchema } from './definition';

/** A new version of an existing survey: its words and questions as edited. Id, round, band, kind and version stay. */
export const surveyEditSchema = surveyVersionSchema.pick({ title: true, intro: true, afterwards: true, questions: true, window: true });
export type SurveyEdit = z.infer<typeof surveyEditSchema>;

/** A pulse check-in for one age band: its own survey id (`pulse-…`) and round, open only inside its window. */
export const pulseCreateSchema = surveyVersionSchema
  .pick({ title: true, intro: true, afterwards: true, questions: true })
  .extend({ band: z.enum(AGE_BANDS), window: z.object({ opens: z.iso.date(), closes: z.iso.date() }) });
export type PulseCreate = z.infer<typeof pulseCreateSchema>;

export const surveyIdParamsSchema = z.object({ id: z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'a survey id') });

/** One survey id as staff see it: its versions and the newest one whole (what "Copy and adapt" starts from). */
export const staffSurveySummarySchema = z.object({
  id: z.string(),
  band: z.enum(AGE_BANDS),
  round: z.string(),
  kind: z.enum(['round', 'pulse']),
  versions: z.array(z.object({ version: z.number(), publishedAt: z.string() })),
  newest: surveyVersionSchema,
});
export type StaffSurveySummary = z.infer<typeof staffSurveySummarySchema>;
export const staffSurveyListSchema = z.object({ surveys: z.array(staffSurveySummarySchema) });

const findingWords = z.object({
  en: z.string().trim().min(1).max(600),
  cy: z.string().trim().min(1).max(600),
  ar: z.string().trim().min(1).max(600),
});

/** A finding as published to young people (and pulled by phones): what they told us, what the council will do. */
export const surveyFindingSchema = z.object({
  id: z.string(),
  round: z.string(),
  told: findingWords,
  willDo: findingWords,
  questionIds: z.array(z.string()),
  publishedAt: z.string(),
});
export type SurveyFinding = z.infer<typeof surveyFindingSchema>;

export const findingCreateSchema = z.object({
  round: z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'a round id'),
  told: findingWords,
  willDo: findingWords,
  questionIds: z.array(z.string().min(1).max(48)).max(20).default([]),
});
export type FindingCreate = z.input<typeof findingCreateSchema>;
export const staffFindingListSchema = z.object({ findings: z.array(surveyFindingSchema) });

export const findingIdParamsSchema = z.object({ id: uuidSchema });
/** Withdrawing a finding: why, in the staff member's words (kept for the list of withdrawn findings and the audit). */
export const findingWithdrawSchema = z.object({ reason: z.string().trim().min(1).max(500) });
export type FindingWithdraw = z.infer<typeof findingWithdrawSchema>;
/** The answer to withdrawing a finding (the same again when it was already withdrawn). */
export const findingWithdrawnSchema = z.object({ id: z.string(), withdrawnAt: z.string() });
export type FindingWithdrawn = z.infer<typeof findingWithdrawnSchema>;

/** A finding withdrawn after it was published, for staff: its words, and who withdrew it, when and why. */
export const withdrawnFindingSchema = surveyFindingSchema.extend({
  withdrawnAt: z.string(),
  /** The staff member's name (null when their account is gone). */
  withdrawnBy: z.string().nullable(),
  /** Null for a finding withdrawn before reasons were kept. */
  reason: z.string().nullable(),
});
export type WithdrawnFinding = z.infer<typeof withdrawnFindingSchema>;
export const withdrawnFindingListSchema = z.object({ findings: z.array(withdrawnFindingSchema) });
