// Copying and adapting a survey, or writing a pulse check-in, as plain functions: the draft staff edit, the changes
// they make (words, questions added, removed and moved), and the checks the server makes again before it publishes.
import type { PulseCreate, SurveyEdit } from '../../../../../shared/survey/authoring';
import {
  surveyVersionSchema,
  versionProblems,
  type AgeBand,
  type QuestionType,
  type SurveyQuestion,
  type SurveyVersion,
  type SurveyWords,
} from '../../../../../shared/survey/definition';
import { keptQuestions } from '../../../../../shared/survey/keeps';

export interface SurveyDraft {
  title: SurveyWords;
  intro: SurveyWords;
  afterwards: SurveyWords;
  questions: SurveyQuestion[];
  /** A pulse's open days (YYYY-MM-DD); absent for a full survey. */
  window?: { opens: string; closes: string };
}

export const blankWords = (): SurveyWords => ({ en: '', cy: '', ar: '' });

/** The editable parts of a published version, copied so editing never touches the original. */
export function copyForEdit(version: SurveyVersion): SurveyDraft {
  const copy = structuredClone(version);
  return {
    title: copy.title,
    intro: copy.intro,
    afterwards: copy.afterwards,
    questions: copy.questions,
    ...(copy.window ? { window: copy.window } : {}),
  };
}

/** A new pulse check-in: its words to write, one question to start with, open for two weeks from `today`. */
export function blankPulse(today: string): SurveyDraft {
  const closes = new Date(`${today}T00:00:00Z`);
  closes.setUTCDate(closes.getUTCDate() + 13);
  return {
    title: blankWords(),
    intro: blankWords(),
    afterwards: blankWords(),
    questions: [newQuestion('faces', [])],
    window: { opens: today, closes: closes.toISOString().slice(0, 10) },
  };
}

/** A question id not yet used in the draft: "new-1", "new-2", … */
function freshId(taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`new-${n}`)) return `new-${n}`;
}

/** A new question of `type`, with empty words (and two empty choices, or the ends of a scale, where it needs them). */
export function newQuestion(type: QuestionType, taken: readonly string[]): SurveyQuestion {
  const q: SurveyQuestion = { id: freshId(taken), type, domain: 'wellbeing', text: blankWords() };
  if (type === 'single' || type === 'multiple') {
    q.choices = [
      { id: 'choice-1', text: blankWords() },
      { id: 'choice-2', text: blankWords() },
    ];
  }
  if (type === 'scale') q.scaleEnds = { min: blankWords(), max: blankWords() };
  return q;
}

export function addQuestion(draft: SurveyDraft, type: QuestionType): SurveyDraft {
  return {
    ...draft,
    questions: [
      ...draft.questions,
      newQuestion(
        type,
        draft.questions.map((q) => q.id),
      ),
    ],
  };
}

export function replaceQuestion(draft: SurveyDraft, index: number, question: SurveyQuestion): SurveyDraft {
  return { ...draft, questions: draft.questions.map((q, i) => (i === index ? question : q)) };
}

export function removeQuestion(draft: SurveyDraft, index: number): SurveyDraft {
  return { ...draft, questions: draft.questions.filter((_, i) => i !== index) };
}

/** Moves a question up (-1) or down (+1); at either end nothing moves. */
export function moveQuestion(draft: SurveyDraft, index: number, by: -1 | 1): SurveyDraft {
  const to = index + by;
  if (index < 0 || to < 0 || index >= draft.questions.length || to >= draft.questions.length) return draft;
  const questions = [...draft.questions];
  const [moved] = questions.splice(index, 1);
  questions.splice(to, 0, moved!);
  return { ...draft, questions };
}

/** The next choice of a single or multiple question, with a fresh id. */
export function addChoice(question: SurveyQuestion): SurveyQuestion {
  const choices = question.choices ?? [];
  const ids = choices.map((c) => c.id);
  let n = choices.length + 1;
  while (ids.includes(`choice-${n}`)) n++;
  return { ...question, choices: [...choices, { id: `choice-${n}`, text: blankWords() }] };
}

/** Trims every word, and drops read-aloud words and hints left empty in every language (they are optional). */
function tidy(question: SurveyQuestion): SurveyQuestion {
  const trim = (w: SurveyWords): SurveyWords => ({ en: w.en.trim(), cy: w.cy.trim(), ar: w.ar.trim() });
  const written = (w: SurveyWords | undefined) => (w && (w.en.trim() || w.cy.trim() || w.ar.trim()) ? trim(w) : undefined);
  const { readAloud, hint, ...rest } = question;
  const spoken = written(readAloud);
  const shownHint = written(hint);
  return {
    ...rest,
    text: trim(rest.text),
    ...(spoken ? { readAloud: spoken } : {}),
    ...(shownHint ? { hint: shownHint } : {}),
    ...(rest.choices ? { choices: rest.choices.map((c) => ({ ...c, text: trim(c.text) })) } : {}),
    ...(rest.scaleEnds ? { scaleEnds: { min: trim(rest.scaleEnds.min), max: trim(rest.scaleEnds.max) } } : {}),
  };
}

/** The body for POST /api/v1/staff/surveys/:id/versions. */
export function editBody(draft: SurveyDraft): SurveyEdit {
  const trim = (w: SurveyWords): SurveyWords => ({ en: w.en.trim(), cy: w.cy.trim(), ar: w.ar.trim() });
  return {
    title: trim(draft.title),
    intro: trim(draft.intro),
    afterwards: trim(draft.afterwards),
    questions: draft.questions.map(tidy),
    ...(draft.window ? { window: draft.window } : {}),
  };
}

/** The body for POST /api/v1/staff/surveys/pulses. */
export function pulseBody(draft: SurveyDraft, band: AgeBand): PulseCreate {
  const { window, ...edit } = editBody(draft);
  return { ...edit, band, window: window ?? { opens: '', closes: '' } };
}

/** The version as it would be published: what the checks and the preview look at. */
export function candidate(draft: SurveyDraft, base: Pick<SurveyVersion, 'id' | 'round' | 'version' | 'band' | 'kind'>): SurveyVersion {
  return { ...editBody(draft), id: base.id, round: base.round, version: base.version, band: base.band, ...(base.kind ? { kind: base.kind } : {}) };
}

const LANGUAGE_NAMES = { en: 'English', cy: 'Welsh', ar: 'Arabic' } as const;

/** One contract problem in words staff can act on: "Question 3 (new-1): its words need Welsh". */
function describeIssue(path: readonly PropertyKey[], message: string, questions: readonly SurveyQuestion[]): string {
  const [head, index, ...rest] = path;
  const lang = path.at(-1);
  const missing = typeof lang === 'string' && lang in LANGUAGE_NAMES ? `needs ${LANGUAGE_NAMES[lang as keyof typeof LANGUAGE_NAMES]}` : message;
  if (head === 'questions' && typeof index === 'number') {
    const where = `Question ${index + 1} (${questions[index]?.id ?? '?'})`;
    const part = rest.filter((p) => typeof p === 'string' && !(p in LANGUAGE_NAMES)).join(' ');
    return `${where}: ${part ? `${part} ` : ''}${missing}`;
  }
  return `${path.filter((p) => typeof p === 'string' && !(p in LANGUAGE_NAMES)).join(' ') || 'The survey'}: ${missing}`;
}

/** Everything stopping this version from being published, each as a sentence; empty when it may be published. */
export function draftProblems(version: SurveyVersion): string[] {
  const parsed = surveyVersionSchema.safeParse(version);
  const contract = parsed.success ? [] : parsed.error.issues.map((i) => describeIssue(i.path, i.message, version.questions));
  const sound = parsed.success ? versionProblems(parsed.data) : [];
  return [...new Set([...contract, ...sound])];
}

/**
 * The problems with each question's condition (showIf), by question id, as the contract finds them: a rule on a
 * question that is not earlier (moved below it, or removed), on an answer that question can never have, or naming no
 * answer. Worked out even while other words are still missing, so a bad rule shows at once beside the rule.
 */
export function ruleProblems(version: SurveyVersion): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const add = (id: string, problem: string) => found.set(id, [...(found.get(id) ?? []), problem]);
  for (const p of versionProblems(version)) {
    const q = version.questions.find((x) => x.showIf && p.startsWith(`${x.id}: `) && p.includes(x.showIf.questionId));
    if (q) add(q.id, p.slice(q.id.length + 2));
  }
  const parsed = surveyVersionSchema.safeParse(version);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [head, index, field] = issue.path;
    const q = head === 'questions' && typeof index === 'number' ? version.questions[index] : undefined;
    if (q && field === 'showIf') add(q.id, issue.path.includes('anyOf') ? 'choose at least one answer' : issue.message);
  }
  return found;
}

/** For each question of the draft: kept unchanged from `previous` (trends compare it), changed, or new. */
export function questionStates(previous: SurveyVersion, draft: SurveyDraft): Map<string, 'kept' | 'changed' | 'new'> {
  const kept = new Set(keptQuestions(previous, editBody(draft)));
  const before = new Set(previous.questions.map((q) => q.id));
  return new Map(draft.questions.map((q) => [q.id, kept.has(q.id) ? 'kept' : before.has(q.id) ? 'changed' : 'new']));
}
