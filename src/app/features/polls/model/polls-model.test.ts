import { describe, expect, it } from 'vitest';
import type { Poll } from '../../../../shared/poll';
import { optionLabel, pollResults, resultsVisible, sortPolls } from './polls-model';

describe('poll results', () => {
  const poll: Poll = {
    id: 'p',
    term: 'contact',
    question: { en: 'What should we call contact?' },
    open: true,
    options: [
      { id: 'a', label: 'Family Time', votes: 3 },
      { id: 'b', label: 'Catch up', votes: 1 },
    ],
    adoptedOptionId: null,
  };
  it('are hidden until this device votes, or the poll closes', () => {
    expect(resultsVisible(poll, null)).toBe(false);
    expect(resultsVisible(poll, 'a')).toBe(true);
    expect(resultsVisible({ open: false }, null)).toBe(true);
  });
  it('count a vote still waiting to be sent, and mark mine and the adopted one', () => {
    const rows = pollResults({ ...poll, adoptedOptionId: 'a' }, 'b', true, 'en');
    expect(rows).toEqual([
      { id: 'a', label: 'Family Time', lang: undefined, votes: 3, percent: 60, mine: false, adopted: true },
      { id: 'b', label: 'Catch up', lang: undefined, votes: 2, percent: 40, mine: true, adopted: false },
    ]);
    expect(pollResults(poll, 'b', false, 'en')[1]?.votes).toBe(1);
  });
  it('show 0% when nobody voted', () => {
    expect(pollResults({ ...poll, options: [{ id: 'a', label: 'x', votes: 0 }] }, null, false, 'en')[0]?.percent).toBe(0);
  });
  it('word each option in the phone’s language, falling back to the label marked as English', () => {
    const worded: Poll = { ...poll, options: [{ id: 'a', label: 'Family Time', votes: 3, translations: { cy: 'Amser Teulu' } }, poll.options[1]!] };
    expect(pollResults(worded, null, false, 'cy').map((r) => [r.label, r.lang])).toEqual([
      ['Amser Teulu', undefined],
      ['Catch up', 'en'],
    ]);
  });
  it('list open polls first', () => {
    expect(sortPolls([{ ...poll, id: 'c', open: false }, poll]).map((p) => p.id)).toEqual(['p', 'c']);
  });
});

describe('an option’s label', () => {
  const option = { label: 'Family Time', translations: { cy: 'Amser Teulu', ar: 'وقت العائلة' } };
  it('is staff’s words in the phone’s language', () => {
    expect(optionLabel(option, 'cy')).toEqual({ text: 'Amser Teulu', lang: undefined });
    expect(optionLabel(option, 'ar-SA')).toEqual({ text: 'وقت العائلة', lang: undefined });
  });
  it('is the label as written on an English phone, or where the language has no words (marked as English)', () => {
    expect(optionLabel(option, 'en')).toEqual({ text: 'Family Time', lang: undefined });
    expect(optionLabel({ label: 'Family Time', translations: { cy: 'Amser Teulu' } }, 'ar')).toEqual({ text: 'Family Time', lang: 'en' });
    // An older server (or a poll nobody translated) sends no translations at all.
    expect(optionLabel({ label: 'Family Time' }, 'cy')).toEqual({ text: 'Family Time', lang: 'en' });
  });
});
