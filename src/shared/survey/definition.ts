// "How's life?" survey definitions: the shared contract between the server (which stores and publishes them) and the
// phone (which shows one question per screen and checks the answers before they are queued).
//
// A survey is a set of versions; each version is for one age band and is immutable once published. Versions of the
// same round share "core" questions (same id, same type, same answers), so results can be put side by side across age
// bands. A later version may declare which questions of an earlier one it keeps unchanged (`keeps`), so trends compare
// only like with like. Every question can be skipped. A question may be shown only when an earlier answer allows it
// (`showIf`); the rule for hidden answers is stated once, here: an answer to a question that is hidden when the young
// person submits is cleared (`clearHiddenAnswers`), so a changed mind never leaves an answer to a question they did not
// see.
import { z } from 'zod';
import { LANGUAGES, MAX_YOUNG_PERSON_TEXT } from '../text';
import {
  AGE_BANDS,
  AGREE_ANSWERS,
  FACE_ANSWERS,
  FREQUENCY_ANSWERS,
  PULSE_MAX_QUESTIONS,
  QUESTION_TYPES,
  SCALE_MAX,
  SCALE_MIN,
  SURVEY_DOMAINS,
  YES_NO_ANSWERS,
  type AgeBand,
} from './rules';

// The constants and rules the phone's survey runner needs are in ./rules (no zod, so drawing a question does not load
// the schemas); they are part of this contract and re-exported here.
export * from './rules';

/** A question's or answer's words: in every language Heard offers (definitions are never half translated). */
const words = z.object({
  en: z.string().trim().min(1).max(300),
  cy: z.string().trim().min(1).max(300),
  ar: z.string().trim().min(1).max(300),
});
export type SurveyWords = z.infer<typeof words>;

const idSchema = z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'lower-case letters, digits and dashes, starting with a letter');

const choiceSchema = z.object({ id: idSchema, text: words });

export const questionSchema = z.object({
  id: idSchema,
  type: z.enum(QUESTION_TYPES),
  domain: z.enum(SURVEY_DOMAINS),
  text: words,
  /** What read-aloud says, when it should differ from the text (e.g. a face's word said in a sentence). */
  readAloud: words.optional(),
  /** Shared by every version of the round, with the same type and answers. */
  core: z.boolean().optional(),
  /** For `single` and `multiple`: 2–12 choices. */
  choices: z.array(choiceSchema).min(2).max(12).optional(),
  /** For `scale`: what the two ends mean ("not at all", "completely"). */
  scaleEnds: z.object({ min: words, max: words }).optional(),
  /** For `text`: a reminder shown under the box ("Don't write names"). Free text is always optional. */
  hint: words.optional(),
  /**
   * A question where the most often answer is the worse one ("Are you picked on?", "How anxious did you feel?"):
   * results read its answers the other way round for "bright spots" and "areas to improve".
   */
  negative: z.boolean().optional(),
  /** Answers that suggest the young person may not be safe: the phone shows the "I don't feel safe" help at once. */
  unsafeIf: z.array(z.string().min(1).max(48)).min(1).optional(),
  /** Shown only when an earlier question's answer is one of `anyOf`. */
  showIf: z.object({ questionId: idSchema, anyOf: z.array(z.string().min(1).max(48)).min(1) }).optional(),
});
export type SurveyQuestion = z.infer<typeof questionSchema>;

export const surveyVersionSchema = z.object({
  /** This age band's survey: "hows-life-8-11". A response names it and the version it answered. */
  id: idSchema,
  /** The round its age bands belong to ("hows-life"): core questions are shared across it. */
  round: idSchema,
  /** 1, 2, …: a published version never changes; a change is a new version. */
  version: z.number().int().min(1).max(1000),
  band: z.enum(AGE_BANDS),
  title: words,
  /** Said before the first question: that it is anonymous, who sees the answers, that they can stop any time. */
  intro: words,
  /** Said after submitting: what the council will do with the answers. */
  afterwards: words,
  questions: z.array(questionSchema).min(1).max(60),
  /** Questions of an earlier version of this survey that this one asks unchanged (trends compare only these). */
  keeps: z.object({ version: z.number().int().min(1), questionIds: z.array(idSchema) }).optional(),
  /**
   * 'round' (the default): a full survey for an age band, open until a newer version replaces it. 'pulse': a short
   * check-in (at most PULSE_MAX_QUESTIONS questions) open only inside its `window`, offered once per window, never again
   * once answered or put aside.
   */
  kind: z.enum(['round', 'pulse']).optional(),
  /** When a pulse check-in is open: dates (YYYY-MM-DD, the council's local days), `closes` on or after `opens`. */
  window: z.object({ opens: z.iso.date(), closes: z.iso.date() }).optional(),
});
export type SurveyVersion = z.infer<typeof surveyVersionSchema>;

/** What each question type accepts as an answer (choices come from the question). */
function answerSchema(q: SurveyQuestion): z.ZodType {
  const choiceIds = (q.choices ?? []).map((c) => c.id);
  switch (q.type) {
    case 'faces':
      return z.enum(FACE_ANSWERS);
    case 'frequency':
      return z.enum(FREQUENCY_ANSWERS);
    case 'agree':
      return z.enum(AGREE_ANSWERS);
    case 'yes-no':
      return z.enum(YES_NO_ANSWERS);
    case 'scale':
      return z.number().int().min(SCALE_MIN).max(SCALE_MAX);
    case 'single':
      return z.string().refine((v) => choiceIds.includes(v), 'not one of the choices');
    case 'multiple':
      return z
        .array(z.string().refine((v) => choiceIds.includes(v), 'not one of the choices'))
        .min(1)
        .max(choiceIds.length)
        .refine((v) => new Set(v).size === v.length, 'a choice twice');
    case 'text':
      return z.string().trim().min(1).max(MAX_YOUNG_PERSON_TEXT);
  }
}

/**
 * Built answer schemas by what they depend on (each question's id, type and choice ids). Building one and parsing with
 * it the first time costs tens of milliseconds for a long version, and every response to a version needs the same one.
 */
const builtAnswerSchemas = new Map<string, z.ZodType<Record<string, unknown>>>();
const BUILT_ANSWER_SCHEMAS_KEPT = 64;

/** The answers a phone may send for `version`: every question optional (skippable), nothing else. */
export function answersSchema(version: SurveyVersion): z.ZodType<Record<string, unknown>> {
  const key = JSON.stringify(version.questions.map((q) => [q.id, q.type, (q.choices ?? []).map((c) => c.id)]));
  const built = builtAnswerSchemas.get(key);
  if (built) return built;
  const schema = z.strictObject(Object.fromEntries(version.questions.map((q) => [q.id, answerSchema(q).optional()])));
  // The oldest goes first: a server with many councils' versions keeps the ones in use.
  if (builtAnswerSchemas.size >= BUILT_ANSWER_SCHEMAS_KEPT) builtAnswerSchemas.delete(builtAnswerSchemas.keys().next().value as string);
  builtAnswerSchemas.set(key, schema);
  return schema;
}

/** Problems with one version on its own, each as a sentence; empty when it is sound. */
export function versionProblems(version: SurveyVersion): string[] {
  const problems: string[] = [];
  const seen = new Map<string, SurveyQuestion>();
  for (const q of version.questions) {
    if (seen.has(q.id)) problems.push(`${q.id}: asked twice`);
    const needsChoices = q.type === 'single' || q.type === 'multiple';
    if (needsChoices && !q.choices) problems.push(`${q.id}: a ${q.type} question needs choices`);
    if (!needsChoices && q.choices) problems.push(`${q.id}: only single and multiple questions have choices`);
    if (q.choices && new Set(q.choices.map((c) => c.id)).size !== q.choices.length) problems.push(`${q.id}: a choice id twice`);
    if (q.type === 'scale' && !q.scaleEnds) problems.push(`${q.id}: a scale needs the words for its two ends`);
    if (q.type !== 'scale' && q.scaleEnds) problems.push(`${q.id}: only a scale has ends`);
    if (q.showIf) {
      const on = seen.get(q.showIf.questionId);
      if (!on) problems.push(`${q.id}: shown after ${q.showIf.questionId}, which is not an earlier question`);
      else {
        const possible = possibleAnswers(on);
        const unknown = possible ? q.showIf.anyOf.filter((a) => !possible.includes(a)) : [];
        if (unknown.length > 0) problems.push(`${q.id}: ${q.showIf.questionId} can never be answered ${unknown.join(', ')}`);
      }
    }
    seen.set(q.id, q);
  }
  if (version.kind === 'pulse') {
    if (version.questions.length > PULSE_MAX_QUESTIONS) problems.push(`a pulse check-in asks at most ${PULSE_MAX_QUESTIONS} questions`);
    if (!version.window) problems.push('a pulse check-in needs its window (opens, closes)');
    else if (version.window.closes < version.window.opens) problems.push('the window closes before it opens');
  } else if (version.window) problems.push('only a pulse check-in has a window');
  if (version.keeps && version.keeps.version >= version.version) problems.push(`keeps version ${version.keeps.version}, which is not earlier`);
  for (const id of version.keeps?.questionIds ?? []) if (!seen.has(id)) problems.push(`keeps ${id}, which this version does not ask`);
  return problems;
}

/** The answers a question can have, as text (null for free text and scales, whose answers are not listed). */
function possibleAnswers(q: SurveyQuestion): readonly string[] | null {
  switch (q.type) {
    case 'faces':
      return FACE_ANSWERS;
    case 'frequency':
      return FREQUENCY_ANSWERS;
    case 'agree':
      return AGREE_ANSWERS;
    case 'yes-no':
      return YES_NO_ANSWERS;
    case 'single':
    case 'multiple':
      return (q.choices ?? []).map((c) => c.id);
    case 'scale':
      return Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => String(SCALE_MIN + i));
    case 'text':
      return null;
  }
}

/** Problems across the versions of one round: core questions must be the same question wherever they are asked. */
export function roundProblems(versions: readonly SurveyVersion[]): string[] {
  const problems = versions.flatMap((v) => versionProblems(v).map((p) => `${v.band} v${v.version}: ${p}`));
  const core = new Map<string, { band: AgeBand; question: SurveyQuestion }>();
  for (const v of versions) {
    for (const q of v.questions.filter((x) => x.core)) {
      const first = core.get(q.id);
      if (!first) core.set(q.id, { band: v.band, question: q });
      else if (!sameQuestion(first.question, q)) problems.push(`core ${q.id}: differs between ${first.band} and ${v.band}`);
    }
  }
  return problems;
}

/** Same type, domain and answers (the words may be put more simply for younger children). */
function sameQuestion(a: SurveyQuestion, b: SurveyQuestion): boolean {
  const choices = (q: SurveyQuestion) => (q.choices ?? []).map((c) => c.id).join(',');
  return a.type === b.type && a.domain === b.domain && choices(a) === choices(b);
}

/** The languages every definition's words are in. */
export const SURVEY_LANGUAGES = LANGUAGES;
