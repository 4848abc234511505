// A finished "How's life?" survey as it travels (the `survey.submit` op) and the rules the server applies to it.
//
// A response is anonymous: it names the survey, the version it answered, the month it was finished and (if the young
// person chose to say) whether they are a girl, a boy or describe themselves another way — nothing about the phone.
// The server stores it with no device id, no IP and no op id (see src/server/features/surveys/service/responses.ts).
import { z } from 'zod';
import { redactPersonalDetails } from '../safety/personal-details';
import { answersSchema, clearHiddenAnswers, type SurveyVersion } from './definition';
import { SURVEY_GENDERS } from './rules';

export { SURVEY_GENDERS, type SurveyGender } from './rules';

/** How a response reached the council: on the young person's own phone, on an IRO's device at a review, on paper. */
export const RESPONSE_MODES = ['own', 'iro', 'paper'] as const;
export type ResponseMode = (typeof RESPONSE_MODES)[number];

/** A month, 'YYYY-MM': the only time a response keeps. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

/** The payload of `survey.submit` (and the inside of a sealed or paper response, with its mode). */
export const surveySubmitPayloadSchema = z.strictObject({
  surveyId: z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'a survey id'),
  version: z.number().int().min(1).max(1000),
  /** Question id → answer; checked against the version (answersSchema), hidden answers cleared. */
  answers: z.record(z.string().max(48), z.unknown()).refine((a) => Object.keys(a).length <= 60, 'too many answers'),
  /** The month the survey was finished on the phone. The server keeps it no later than the month it arrives. */
  month: monthSchema,
  gender: z.enum(SURVEY_GENDERS).optional(),
  /** The phone's own safety check doubted a free-text answer (the server checks again; a phone can only add doubt). */
  flaggedOnDevice: z.boolean().optional(),
});
export type SurveySubmitPayload = z.infer<typeof surveySubmitPayloadSchema>;

export type CheckedAnswers = { ok: true; answers: Record<string, unknown> } | { ok: false; message: string };

/**
 * The answers as they are kept: each checked against its question (an unknown question or a wrong answer refuses the
 * whole response, with the question named), answers to questions that end up hidden cleared, and names, phone numbers,
 * emails and addresses in free text replaced before any person can read them.
 */
export function checkAnswers(version: SurveyVersion, answers: Readonly<Record<string, unknown>>): CheckedAnswers {
  const parsed = answersSchema(version).safeParse(answers);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.map(String).join('.') || (issue && 'keys' in issue ? String(issue.keys) : '');
    return { ok: false, message: `${where ? `${where}: ` : ''}${issue?.message ?? 'not an answer this survey takes'}` };
  }
  const kept = clearHiddenAnswers(version, parsed.data);
  for (const q of version.questions) {
    const value = kept[q.id];
    if (q.type === 'text' && typeof value === 'string') kept[q.id] = redactPersonalDetails(value);
  }
  return { ok: true, answers: kept };
}

/** The free-text answers of a set of answers (for the safety check). */
export function textAnswers(version: SurveyVersion, answers: Readonly<Record<string, unknown>>): string[] {
  return version.questions.flatMap((q) => (q.type === 'text' && typeof answers[q.id] === 'string' ? [answers[q.id] as string] : []));
}
