import { describe, expect, it } from 'vitest';
import type { SurveyQuestion, SurveyVersion } from '../../../../shared/survey/definition';
import {
  bandForAge,
  isUnsafeAnswer,
  nextShown,
  previousShown,
  progress,
  pulseToOffer,
  roundForBand,
  withAnswer,
  monthOf,
  doneKey,
} from './survey-model';

const w = (en: string) => ({ en, cy: en, ar: en });
const q = (id: string, extra: Partial<SurveyQuestion> = {}): SurveyQuestion => ({ id, type: 'yes-no', domain: 'wellbeing', text: w(id), ...extra });
const version = (questions: SurveyQuestion[], extra: Partial<SurveyVersion> = {}): SurveyVersion => ({
  id: 'hows-life-8-11',
  round: 'hows-life',
  version: 1,
  band: '8-11',
  title: w('How is life?'),
  intro: w('intro'),
  afterwards: w('afterwards'),
  questions,
  ...extra,
});

// a, then b only when a is "yes", then c only when b is "no", then d.
const v = version([q('a'), q('b', { showIf: { questionId: 'a', anyOf: ['yes'] } }), q('c', { showIf: { questionId: 'b', anyOf: ['no'] } }), q('d')]);

describe('the age band', () => {
  it.each([
    [4, undefined, '4-7'],
    [7, undefined, '4-7'],
    [8, undefined, '8-11'],
    [10, undefined, '8-11'],
    [11, undefined, '11-18'],
    [15, undefined, '11-18'],
    [16, false, '11-18'],
    [17, true, '16-25'],
    [18, undefined, '11-18'],
    [18, true, '16-25'],
    [19, undefined, '16-25'],
    [25, undefined, '16-25'],
  ] as const)('age %i (left care: %s) answers %s', (age, leftCare, band) => {
    expect(bandForAge(age, leftCare)).toBe(band);
  });
});

describe('moving through the questions', () => {
  it('skips questions hidden by the answers so far, forwards and back', () => {
    expect(nextShown(v, {}, 1)).toBe(3);
    expect(nextShown(v, { a: 'yes' }, 1)).toBe(1);
    expect(nextShown(v, { a: 'yes', b: 'yes' }, 2)).toBe(3);
    expect(nextShown(v, { a: 'yes', b: 'no' }, 2)).toBe(2);
    expect(nextShown(v, {}, 4)).toBe(4); // past the last: the "about you" step
    expect(previousShown(v, {}, 3)).toBe(0);
    expect(previousShown(v, { a: 'yes', b: 'no' }, 3)).toBe(2);
    expect(previousShown(v, {}, 4)).toBe(3);
    expect(previousShown(v, {}, 0)).toBe(-1);
  });

  it('counts only shown questions in "Question n of total"', () => {
    expect(progress(v, {}, 0)).toEqual({ n: 1, total: 2 });
    expect(progress(v, {}, 3)).toEqual({ n: 2, total: 2 });
    expect(progress(v, { a: 'yes', b: 'no' }, 2)).toEqual({ n: 3, total: 4 });
    expect(progress(v, { a: 'yes', b: 'no' }, 3)).toEqual({ n: 4, total: 4 });
  });
});

describe('answers', () => {
  it('leaves blank answers out', () => {
    expect(withAnswer({ a: 'yes' }, 'b', '  ')).toEqual({ a: 'yes' });
    expect(withAnswer({ a: 'yes', m: ['x'] }, 'm', [])).toEqual({ a: 'yes' });
    expect(withAnswer({ a: 'yes' }, 'a', undefined)).toEqual({});
    expect(withAnswer({}, 's', 0)).toEqual({ s: 0 });
  });

  it('knows the answers that call for the safety help', () => {
    const safe = q('safe', { type: 'frequency', unsafeIf: ['never', 'hardly-ever'] });
    expect(isUnsafeAnswer(safe, 'never')).toBe(true);
    expect(isUnsafeAnswer(safe, 'sometimes')).toBe(false);
    expect(isUnsafeAnswer(safe, undefined)).toBe(false);
    expect(isUnsafeAnswer(q('x', { type: 'multiple', unsafeIf: ['hurt'] }), ['fun', 'hurt'])).toBe(true);
    expect(isUnsafeAnswer(q('plain'), 'no')).toBe(false);
  });

  it('keeps only the month', () => {
    expect(monthOf(new Date(2026, 0, 31, 23, 59))).toBe('2026-01');
  });
});

describe('choosing a survey', () => {
  const round1 = version([q('a')]);
  const round2 = { ...round1, version: 2 };
  const pulse = version([q('p')], { id: 'check-in', kind: 'pulse', window: { opens: '2026-12-01', closes: '2026-12-14' } });

  it('takes the newest full survey for the band, never a pulse', () => {
    expect(roundForBand([round1, pulse, round2], '8-11')).toBe(round2);
    expect(roundForBand([pulse], '8-11')).toBeUndefined();
    expect(roundForBand([round1], '4-7')).toBeUndefined();
  });

  it('offers a pulse inside its window, once: not after it was answered or put aside', () => {
    expect(pulseToOffer([round1, pulse], '8-11', new Set(), '2026-12-02')).toBe(pulse);
    expect(pulseToOffer([pulse], '8-11', new Set(), '2026-12-15')).toBeUndefined();
    expect(pulseToOffer([pulse], '8-11', new Set([doneKey('check-in', 1)]), '2026-12-02')).toBeUndefined();
    expect(pulseToOffer([pulse], '11-18', new Set(), '2026-12-02')).toBeUndefined();
    expect(pulseToOffer([pulse], undefined, new Set(), '2026-12-02')).toBeUndefined();
    // A corrected version of a pulse already answered (or put aside) is not offered again.
    expect(pulseToOffer([{ ...pulse, version: 2 }], '8-11', new Set([doneKey('check-in', 1)]), '2026-12-02')).toBeUndefined();
  });
});
