import { describe, expect, it } from 'vitest';
import type { Poll } from '../../../../shared/poll';
import { pollResults, resultsVisible, sortPolls } from './polls-model';

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
    const rows = pollResults({ ...poll, adoptedOptionId: 'a' }, 'b', true);
    expect(rows).toEqual([
      { id: 'a', label: 'Family Time', votes: 3, percent: 60, mine: false, adopted: true },
      { id: 'b', label: 'Catch up', votes: 2, percent: 40, mine: true, adopted: false },
    ]);
    expect(pollResults(poll, 'b', false)[1]?.votes).toBe(1);
  });
  it('show 0% when nobody voted', () => {
    expect(pollResults({ ...poll, options: [{ id: 'a', label: 'x', votes: 0 }] }, null, false)[0]?.percent).toBe(0);
  });
  it('list open polls first', () => {
    expect(sortPolls([{ ...poll, id: 'c', open: false }, poll]).map((p) => p.id)).toEqual(['p', 'c']);
  });
});
