import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSmall, solvableHiddenCells, suppressCells, type CountGroup, type CountTable } from './suppress';

/** A round's response table built from random responses: the round, its bands, each band by sex, mode and month. */
function responseTable(responses: readonly { band: number; sex: number; mode: number; month: number }[]): CountTable {
  const counts: number[] = [];
  const cell = (n: number) => counts.push(n) - 1;
  const total = cell(responses.length);
  const groups: CountGroup[] = [];
  const bandCells: number[] = [];
  for (let band = 0; band < 4; band++) {
    const mine = responses.filter((r) => r.band === band);
    const b = cell(mine.length);
    bandCells.push(b);
    const split = (key: 'sex' | 'mode' | 'month', n: number) =>
      groups.push({ total: b, parts: Array.from({ length: n }, (_, i) => cell(mine.filter((r) => r[key] === i).length)) });
    split('sex', 4);
    split('mode', 3);
    split('month', 4);
  }
  groups.push({ total, parts: bandCells, preferTotal: true });
  return { counts, groups };
}

/** A question's table: answered, each answer, and the positive answers' sum and the rest (as results builds it). */
function questionTable(answers: readonly number[], choices: number, positive: readonly number[]): CountTable {
  const counts = [answers.length];
  const cells = Array.from({ length: choices }, (_, i) => counts.push(answers.filter((a) => a === i).length) - 1);
  const pos = counts.push(answers.filter((a) => positive.includes(a)).length) - 1;
  const posCells = cells.filter((_, i) => positive.includes(i));
  const rest = cells.filter((_, i) => !positive.includes(i));
  return {
    counts,
    groups: [
      { total: 0, parts: cells },
      { total: pos, parts: posCells },
      { total: 0, parts: [pos, ...rest] },
    ],
  };
}

/** The properties every suppressed table must have. */
function expectSafe(table: CountTable): void {
  const hidden = suppressCells(table);
  table.counts.forEach((count, i) => {
    if (isSmall(count)) expect(hidden[i], `cell ${i} (${count}) is small`).toBe(true);
    if (!hidden[i]) expect(count === 0 || count >= 5).toBe(true);
  });
  for (const g of table.groups) {
    const hiddenParts = g.parts.filter((p) => hidden[p]).length;
    if (!hidden[g.total]) {
      expect(hiddenParts === 0 || hiddenParts >= 2, `group with total ${g.total}`).toBe(true);
      const sum = g.parts.reduce((n, p) => n + (hidden[p] ? (table.counts[p] as number) : 0), 0);
      expect(isSmall(sum), `hidden parts of group ${g.total} add up to ${sum}`).toBe(false);
    } else if (g.parts.length > 0) expect(hiddenParts).toBeGreaterThan(0);
  }
  // Solved as equations, no hidden count can be worked out (a hidden 0 may: zeros are shown anyway).
  expect(solvableHiddenCells(table, hidden).filter((cell) => (table.counts[cell] as number) > 0)).toEqual([]);
}

const response = fc.record({ band: fc.nat(3), sex: fc.nat(3), mode: fc.nat(2), month: fc.nat(3) });

describe('suppressCells', () => {
  it('hides every count from 1 to 4 and shows 0 and 5 and over', () => {
    const hidden = suppressCells({ counts: [0, 1, 4, 5, 60], groups: [] });
    expect(hidden).toEqual([false, true, true, false, false]);
  });

  it('hides the next smallest cell when one part of a shown total is hidden', () => {
    // 20 = 3 + 7 + 10: 3 alone would be 20 − 7 − 10.
    const hidden = suppressCells({ counts: [20, 3, 7, 10], groups: [{ total: 0, parts: [1, 2, 3] }] });
    expect(hidden).toEqual([false, true, true, false]);
  });

  it('hides one more cell when the hidden parts of a shown total add up to a small number', () => {
    // 12 = 10 + 1 + 1: the two hidden cells add up to 2, so each is 1.
    const table: CountTable = { counts: [12, 10, 1, 1], groups: [{ total: 0, parts: [1, 2, 3] }] };
    expect(suppressCells(table)).toEqual([false, true, true, true]);
    expectSafe(table);
  });

  it('hides the total when its only part is hidden', () => {
    expect(
      suppressCells({
        counts: [12, 12, 3],
        groups: [
          { total: 0, parts: [2] },
          { total: 1, parts: [2] },
        ],
      }),
    ).toEqual([true, true, true]);
  });

  it('hides a part when a hidden total could be added up from its parts', () => {
    // The band (3 + … ) is hidden in the round; its rows by sex would add up to it.
    const table: CountTable = {
      counts: [30, 3, 27, 0, 3, 5, 22],
      groups: [
        { total: 0, parts: [1, 2] },
        { total: 1, parts: [3, 4] },
        { total: 2, parts: [5, 6] },
      ],
    };
    const hidden = suppressCells(table);
    expect(hidden[1]).toBe(true);
    expect(hidden[2]).toBe(true);
    expect(hidden[4]).toBe(true);
    expectSafe(table);
  });

  it('finds by solving a cell that each group alone keeps hidden', () => {
    // a + b = 10 (shown) and a − b … : with b shown through a second group, a comes out.
    const table: CountTable = {
      counts: [10, 3, 7, 7],
      groups: [
        { total: 0, parts: [1, 2] },
        { total: 3, parts: [2] },
      ],
    };
    expect(solvableHiddenCells(table, [false, true, true, false])).toEqual(expect.arrayContaining([1, 2]));
    expect(solvableHiddenCells({ counts: [10, 3, 7], groups: [{ total: 0, parts: [1, 2] }] }, [false, true, true])).toEqual([]);
  });

  it('never leaves a small count shown or one that can be worked out, in random rounds', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 120 }), (responses) => expectSafe(responseTable(responses))),
      { numRuns: 400 },
    );
  });

  it('never leaves a small answer count shown or one that can be worked out, in random questions', () => {
    const question = fc.integer({ min: 2, max: 11 }).chain((choices) =>
      fc.record({
        choices: fc.constant(choices),
        answers: fc.array(fc.nat(choices - 1), { maxLength: 80 }),
        positive: fc.uniqueArray(fc.nat(choices - 1), { minLength: 1, maxLength: choices - 1 }),
      }),
    );
    fc.assert(
      fc.property(question, ({ answers, choices, positive }) => expectSafe(questionTable(answers, choices, positive))),
      { numRuns: 600 },
    );
  });
});
