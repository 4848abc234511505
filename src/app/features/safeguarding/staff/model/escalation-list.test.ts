import { describe, expect, it } from 'vitest';
import { move, notListed, responseHours } from './escalation-list';

const a = { id: 'a', name: 'Ana' };
const b = { id: 'b', name: 'Ben' };
const c = { id: 'c', name: 'Cai' };

describe('the escalation list', () => {
  it('moves a person up or down one place, and never off the ends', () => {
    expect(move([a, b, c], 2, -1)).toEqual([a, c, b]);
    expect(move([a, b, c], 0, 1)).toEqual([b, a, c]);
    expect(move([a, b, c], 0, -1)).toEqual([a, b, c]);
    expect(move([a, b, c], 2, 1)).toEqual([a, b, c]);
  });
  it('offers only people not on the list yet', () => {
    expect(notListed([a, b, c], [b])).toEqual([a, c]);
  });
  it('takes a whole number of hours from 1 to 72', () => {
    expect(responseHours('4')).toBe(4);
    expect(responseHours(' 72 ')).toBe(72);
    for (const bad of ['0', '73', '2.5', '', 'four', '-1']) expect(responseHours(bad)).toBeNull();
  });
});
