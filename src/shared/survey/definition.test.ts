// The survey contract: answers checked per question type, every question skippable, one rule for hidden answers, and
// definitions that contradict themselves named before they can be published.
import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  clearHiddenAnswers,
  isOpenOn,
  isShown,
  PULSE_MAX_QUESTIONS,
  roundProblems,
  surveyVersionSchema,
  versionProblems,
  type SurveyQuestion,
  type SurveyVersion,
} from './definition';

const w = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });

const questions: SurveyQuestion[] = [
  { id: 'happy', type: 'faces', domain: 'wellbeing', text: w('How happy were you yesterday?'), core: true },
  { id: 'pet', type: 'yes-no', domain: 'relationships', text: w('Do you have a pet?'), core: true },
  { id: 'see-pet', type: 'frequency', domain: 'relationships', text: w('Can you see your pet?'), showIf: { questionId: 'pet', anyOf: ['yes'] } },
  {
    id: 'pet-kind',
    type: 'multiple',
    domain: 'relationships',
    text: w('What kind?'),
    choices: [
      { id: 'dog', text: w('Dog') },
      { id: 'cat', text: w('Cat') },
    ],
    showIf: { questionId: 'see-pet', anyOf: ['always', 'sometimes'] },
  },
  { id: 'life', type: 'scale', domain: 'wellbeing', text: w('How is life?'), scaleEnds: { min: w('Not at all'), max: w('Completely') } },
  { id: 'say', type: 'text', domain: 'rights', text: w('Anything else?'), hint: w("Please don't write names.") },
];

const version = (overrides: Partial<SurveyVersion> = {}): SurveyVersion => ({
  id: 'hows-life-8-11',
  round: 'hows-life',
  version: 1,
  band: '8-11',
  title: w("How's life?"),
  intro: w('Nobody will know it was you.'),
  afterwards: w('Thank you.'),
  questions,
  ...overrides,
});

describe('survey definitions', () => {
  it('parses a sound version and finds no problems in it', () => {
    expect(surveyVersionSchema.parse(version())).toEqual(version());
    expect(versionProblems(version())).toEqual([]);
  });

  it('refuses a version with a language missing or an id that is not a plain key', () => {
    const missingWelsh = { ...version(), title: { en: 'Hi', ar: 'مرحبا' } };
    expect(surveyVersionSchema.safeParse(missingWelsh).success).toBe(false);
    expect(surveyVersionSchema.safeParse(version({ id: 'Hows Life' })).success).toBe(false);
  });

  it('accepts each type’s own answers, every question skipped, and nothing else', () => {
    const answers = answersSchema(version());
    expect(answers.safeParse({}).success).toBe(true);
    expect(
      answers.safeParse({ happy: '5', pet: 'yes', 'see-pet': 'sometimes', 'pet-kind': ['dog', 'cat'], life: 7, say: 'More trips' }).success,
    ).toBe(true);
    for (const bad of [
      { happy: '6' },
      { pet: 'maybe' },
      { 'see-pet': 'often' },
      { 'pet-kind': ['horse'] },
      { 'pet-kind': ['dog', 'dog'] },
      { 'pet-kind': [] },
      { life: 11 },
      { life: 6.5 },
      { say: '' },
      { say: 'x'.repeat(501) },
      { unknown: 'yes' },
    ]) {
      expect(answers.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('builds a version’s answer schema once, and a version with other questions or choices gets its own', () => {
    // The same questions read again from the database (a new object): the same schema.
    expect(answersSchema(structuredClone(version()))).toBe(answersSchema(version()));
    // A choice added, or a question's type changed: a different schema that takes the new answer.
    const [, , , petKind] = questions;
    const withFish = questions.map((q) => (q === petKind ? { ...q, choices: [...q.choices!, { id: 'fish', text: w('Fish') }] } : q));
    expect(answersSchema(version()).safeParse({ 'pet-kind': ['fish'] }).success).toBe(false);
    expect(answersSchema(version({ questions: withFish })).safeParse({ 'pet-kind': ['fish'] }).success).toBe(true);
    const lifeAsText = questions.map((q) => (q.id === 'life' ? { ...q, type: 'text' as const, scaleEnds: undefined } : q));
    expect(answersSchema(version({ questions: lifeAsText })).safeParse({ life: 'Good' }).success).toBe(true);
    expect(answersSchema(version()).safeParse({ life: 'Good' }).success).toBe(false);
  });

  it('shows a follow-up only after the answer it depends on, and clears answers hidden at submission in order', () => {
    const [, , seePet, petKind] = questions;
    expect(isShown(seePet!, { pet: 'yes' })).toBe(true);
    expect(isShown(seePet!, { pet: 'no' })).toBe(false);
    expect(isShown(petKind!, { 'see-pet': 'never' })).toBe(false);
    // The young person said yes, answered the follow-ups, then went back and said no: both follow-ups go.
    expect(clearHiddenAnswers(version(), { happy: '4', pet: 'no', 'see-pet': 'always', 'pet-kind': ['cat'], life: 3 })).toEqual({
      happy: '4',
      pet: 'no',
      life: 3,
    });
    expect(clearHiddenAnswers(version(), { pet: 'yes', 'see-pet': 'always', 'pet-kind': ['cat'] })).toEqual({
      pet: 'yes',
      'see-pet': 'always',
      'pet-kind': ['cat'],
    });
  });

  it('names a definition that contradicts itself', () => {
    const broken: SurveyQuestion[] = [
      { id: 'a', type: 'single', domain: 'rights', text: w('A') },
      {
        id: 'b',
        type: 'yes-no',
        domain: 'rights',
        text: w('B'),
        choices: [
          { id: 'x', text: w('X') },
          { id: 'y', text: w('Y') },
        ],
      },
      { id: 'c', type: 'scale', domain: 'rights', text: w('C') },
      { id: 'd', type: 'yes-no', domain: 'rights', text: w('D'), showIf: { questionId: 'e', anyOf: ['yes'] } },
      { id: 'e', type: 'yes-no', domain: 'rights', text: w('E'), showIf: { questionId: 'b', anyOf: ['perhaps'] } },
      { id: 'a', type: 'yes-no', domain: 'rights', text: w('A again') },
    ];
    const problems = versionProblems(version({ questions: broken, version: 2, keeps: { version: 2, questionIds: ['z'] } }));
    expect(problems).toEqual([
      'a: a single question needs choices',
      'b: only single and multiple questions have choices',
      'c: a scale needs the words for its two ends',
      'd: shown after e, which is not an earlier question',
      'e: b can never be answered perhaps',
      'a: asked twice',
      'keeps version 2, which is not earlier',
      'keeps z, which this version does not ask',
    ]);
  });

  it('holds core questions to the same question in every age band of a round', () => {
    const younger = version({ id: 'hows-life-4-7', band: '4-7', questions: questions.filter((q) => q.core) });
    expect(roundProblems([younger, version()])).toEqual([]);
    const changed = version({
      questions: questions.map((q) => (q.id === 'pet' ? { ...q, domain: 'rights' as const } : q)),
    });
    expect(roundProblems([younger, changed])).toEqual(['core pet: differs between 4-7 and 8-11']);
  });
});

describe('pulse check-ins', () => {
  const ask = (n: number): SurveyQuestion[] =>
    Array.from({ length: n }, (_, i) => ({ id: `q${i + 1}`, type: 'yes-no' as const, domain: 'wellbeing' as const, text: w(`Question ${i + 1}?`) }));
  const pulse = (overrides: Partial<SurveyVersion> = {}) =>
    version({
      id: 'pulse-march',
      round: 'pulse-march',
      kind: 'pulse',
      questions: ask(3),
      window: { opens: '2026-03-02', closes: '2026-03-16' },
      ...overrides,
    });

  it('asks at most PULSE_MAX_QUESTIONS (5) questions', () => {
    expect(PULSE_MAX_QUESTIONS).toBe(5);
    expect(versionProblems(pulse({ questions: ask(5) }))).toEqual([]);
    expect(versionProblems(pulse({ questions: ask(6) }))).toEqual(['a pulse check-in asks at most 5 questions']);
    // A full round has no such limit.
    expect(versionProblems(version({ questions: ask(6) }))).toEqual([]);
  });

  it('needs a window that closes on or after it opens, and only a pulse has one', () => {
    expect(versionProblems(pulse({ window: undefined }))).toEqual(['a pulse check-in needs its window (opens, closes)']);
    expect(versionProblems(pulse({ window: { opens: '2026-03-10', closes: '2026-03-09' } }))).toEqual(['the window closes before it opens']);
    expect(versionProblems(pulse({ window: { opens: '2026-03-10', closes: '2026-03-10' } }))).toEqual([]);
    expect(versionProblems(version({ window: { opens: '2026-03-02', closes: '2026-03-16' } }))).toEqual(['only a pulse check-in has a window']);
    expect(versionProblems(version({ kind: 'round' }))).toEqual([]);
    expect(surveyVersionSchema.safeParse(pulse({ window: { opens: '2026-3-2', closes: '2026-03-16' } })).success).toBe(false);
    expect(surveyVersionSchema.safeParse({ ...pulse(), kind: 'weekly' }).success).toBe(false);
  });

  it('is open only inside its window, both ends included; a round is always open', () => {
    const p = pulse();
    expect(isOpenOn(p, '2026-03-01')).toBe(false);
    expect(isOpenOn(p, '2026-03-02')).toBe(true);
    expect(isOpenOn(p, '2026-03-09')).toBe(true);
    expect(isOpenOn(p, '2026-03-16')).toBe(true);
    expect(isOpenOn(p, '2026-03-17')).toBe(false);
    expect(isOpenOn(version(), '1999-01-01')).toBe(true);
  });
});
