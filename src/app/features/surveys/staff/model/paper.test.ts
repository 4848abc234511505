// A paper return's form: blanks left out, numbers for a scale, the month checked, and the payload the server takes.
import { describe, expect, it } from 'vitest';
import { emptyPaperForm, monthOf, paperAnswers, paperPayload, paperProblems, type PaperQuestion } from './paper';

const questions: PaperQuestion[] = [
  { id: 'trust-adult', type: 'yes-no' },
  { id: 'happy', type: 'scale' },
  { id: 'hobbies', type: 'multiple' },
  { id: 'else', type: 'text' },
];

describe('paper returns', () => {
  it('keeps only what was answered, as the survey takes it', () => {
    expect(paperAnswers(questions, { 'trust-adult': 'yes', happy: '0', hobbies: [], else: '  ' })).toEqual({ 'trust-adult': 'yes', happy: 0 });
    expect(paperAnswers(questions, { happy: '', hobbies: ['sport', 'music'], else: ' Nice carer ' })).toEqual({
      hobbies: ['sport', 'music'],
      else: 'Nice carer',
    });
    // An answer to a question that is not in the survey is never sent.
    expect(paperAnswers(questions, { other: 'yes' })).toEqual({});
  });
  it('needs a survey, a month no later than this one and at least one answer', () => {
    expect(paperProblems(emptyPaperForm(), questions, '2026-11')).toEqual(['band-required', 'month-required']);
    const form = { ...emptyPaperForm('8-11'), month: '2026-12' };
    expect(paperProblems(form, questions, '2026-11')).toEqual(['month-future', 'no-answers']);
    expect(paperProblems({ ...form, month: '2026-13', answers: { happy: '5' } }, questions, '2026-11')).toEqual(['month-required']);
    expect(paperProblems({ ...form, month: '2026-11', answers: { else: 'x'.repeat(501) } }, questions, '2026-11')).toEqual(['text-too-long']);
    expect(paperProblems({ ...form, month: '2026-10', answers: { happy: '5' } }, questions, '2026-11')).toEqual([]);
  });
  it('builds the payload with its entry id, and a gender only when one was given', () => {
    const survey = { surveyId: 'hows-life-8-11', version: 2, questions };
    const form = { ...emptyPaperForm('8-11'), month: '2026-11', answers: { happy: '7' } };
    expect(paperPayload(form, survey, 'e1')).toEqual({
      entryId: 'e1',
      surveyId: 'hows-life-8-11',
      version: 2,
      answers: { happy: 7 },
      month: '2026-11',
    });
    expect(paperPayload({ ...form, gender: 'girl' }, survey, 'e1')).toMatchObject({ gender: 'girl' });
  });
  it('reads the month of a date', () => {
    expect(monthOf(new Date(2026, 0, 31))).toBe('2026-01');
    expect(monthOf(new Date(2026, 11, 1))).toBe('2026-12');
  });
});
