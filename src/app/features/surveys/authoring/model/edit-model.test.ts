import { describe, expect, it } from 'vitest';
import { surveyEditSchema, pulseCreateSchema } from '../../../../../shared/survey/authoring';
import type { SurveyVersion } from '../../../../../shared/survey/definition';
import {
  addChoice,
  addQuestion,
  blankPulse,
  candidate,
  copyForEdit,
  draftProblems,
  editBody,
  moveQuestion,
  pulseBody,
  questionStates,
  removeQuestion,
  replaceQuestion,
} from './edit-model';

const w = (en: string) => ({ en, cy: `${en} (cy)`, ar: `${en} (ar)` });
const published: SurveyVersion = {
  id: 'hows-life-11-18',
  round: 'hows-life',
  version: 1,
  band: '11-18',
  title: w("How's life?"),
  intro: w('Hello'),
  afterwards: w('Thanks'),
  questions: [
    { id: 'happy', type: 'faces', domain: 'wellbeing', text: w('Happy?') },
    { id: 'safe', type: 'yes-no', domain: 'rights', text: w('Safe at home?') },
    { id: 'trust', type: 'agree', domain: 'relationships', text: w('An adult you trust?') },
  ],
};
const base = { ...published, version: 2 };

describe('copy and adapt', () => {
  it('copies without touching the published version, and sends what the server takes', () => {
    const draft = copyForEdit(published);
    draft.questions[0]!.text.en = 'Changed';
    expect(published.questions[0]!.text.en).toBe('Happy?');
    expect(surveyEditSchema.safeParse(editBody(copyForEdit(published))).success).toBe(true);
  });

  it('rewords, adds, removes and moves questions, and says which are kept unchanged for trends', () => {
    let draft = copyForEdit(published);
    draft = replaceQuestion(draft, 0, {
      ...draft.questions[0]!,
      text: { ...draft.questions[0]!.text, en: 'How happy are you?', cy: 'Pa mor hapus wyt ti?' },
    });
    draft = removeQuestion(draft, 1);
    draft = addQuestion(draft, 'single');
    draft = moveQuestion(draft, 2, -1);
    expect(draft.questions.map((q) => q.id)).toEqual(['happy', 'new-1', 'trust']);
    expect(moveQuestion(draft, 0, -1)).toBe(draft);
    expect(moveQuestion(draft, 2, 1)).toBe(draft);
    expect([...questionStates(published, draft)]).toEqual([
      ['happy', 'changed'],
      ['new-1', 'new'],
      ['trust', 'kept'],
    ]);
    expect(addQuestion(draft, 'text').questions.at(-1)!.id).toBe('new-2');
  });

  it('names every problem in plain words: missing translations, a new choice left empty, a condition on a removed question', () => {
    let draft = copyForEdit(published);
    draft = addQuestion(draft, 'multiple');
    const q = draft.questions[3]!;
    draft = replaceQuestion(draft, 3, { ...addChoice(q), text: { en: 'Which clubs?', cy: '', ar: 'أي نوادٍ؟' } });
    const problems = draftProblems(candidate(draft, base));
    expect(problems).toContain('Question 4 (new-1): text needs Welsh');
    expect(problems).toContain('Question 4 (new-1): choices text needs English');
    expect(draft.questions[3]!.choices!.map((c) => c.id)).toEqual(['choice-1', 'choice-2', 'choice-3']);

    let conditional = copyForEdit(published);
    conditional = replaceQuestion(conditional, 2, { ...conditional.questions[2]!, showIf: { questionId: 'safe', anyOf: ['no'] } });
    expect(draftProblems(candidate(conditional, base))).toEqual([]);
    conditional = removeQuestion(conditional, 1);
    expect(draftProblems(candidate(conditional, base))).toEqual(['trust: shown after safe, which is not an earlier question']);
  });

  it('leaves out read-aloud words left empty, and keeps them when written', () => {
    let draft = copyForEdit(published);
    draft = replaceQuestion(draft, 0, { ...draft.questions[0]!, readAloud: { en: ' ', cy: '', ar: '' } });
    expect(editBody(draft).questions[0]!.readAloud).toBeUndefined();
    draft = replaceQuestion(draft, 0, { ...draft.questions[0]!, readAloud: w('Say how happy you are') });
    expect(editBody(draft).questions[0]!.readAloud).toEqual(w('Say how happy you are'));
  });
});

describe('a new pulse check-in', () => {
  it('starts open for two weeks with one question, and is refused over five questions or with a window that closes first', () => {
    let draft = blankPulse('2026-03-30');
    expect(draft.window).toEqual({ opens: '2026-03-30', closes: '2026-04-12' });
    draft = { ...draft, title: w('Quick check'), intro: w('Hi'), afterwards: w('Thanks') };
    draft = replaceQuestion(draft, 0, { ...draft.questions[0]!, text: w('How was this week?') });
    const pulse = { id: 'pulse-new', round: 'pulse-new', version: 1, band: '8-11' as const, kind: 'pulse' as const };
    expect(draftProblems(candidate(draft, pulse))).toEqual([]);
    expect(pulseCreateSchema.safeParse(pulseBody(draft, '8-11')).success).toBe(true);

    let long = draft;
    for (let i = 0; i < 5; i++) long = addQuestion(long, 'yes-no');
    long = { ...long, questions: long.questions.map((q) => ({ ...q, text: w('Yes?') })) };
    expect(draftProblems(candidate(long, pulse))).toEqual(['a pulse check-in asks at most 5 questions']);
    expect(draftProblems(candidate({ ...draft, window: { opens: '2026-04-02', closes: '2026-04-01' } }, pulse))).toEqual([
      'the window closes before it opens',
    ]);
  });
});
