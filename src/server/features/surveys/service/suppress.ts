// Small-number suppression for survey results, as a pure function over a table of counts and the sums that tie them.
//
// The rule, stated once:
// - Primary: a count from 1 to SUPPRESS_UNDER − 1 is suppressed. A true 0 is shown: "nobody" is not a figure about a
//   child, and hiding zeros would hide the cells around them too. (A 0 can still be suppressed as a secondary cell.)
// - Secondary: a group says `total = sum of parts` (a band's responses and its rows by sex, mode or month; the round's
//   responses and its bands; a question's answered and its answers). Wherever a total is shown, the suppressed parts
//   are none or at least two, so no suppressed part is the total minus the shown ones: when exactly one part is
//   suppressed, the smallest shown part is suppressed too (or the total, when no part is left). Where a total is
//   suppressed, its parts are not all shown (or their sum would give it back): the smallest is suppressed. Repeated until
//   nothing changes, so a cell suppressed in one group is counted in every group it belongs to (nested groups too).
//   And where a total is shown, what its hidden parts add up to (the total minus the shown parts) is never 1–4 either:
//   two hidden cells adding up to 2 would be 1 and 1, since zeros are shown.
// - Last, the whole table is solved as equations (every group one equation, every shown cell a known): any suppressed
//   cell that comes out uniquely is covered by suppressing one more cell beside it, and the check runs again.
import { SUPPRESS_UNDER } from '../../../../shared/survey/results';

export interface CountGroup {
  /** Index of the total's cell. */
  total: number;
  /** Indexes of the cells that add up to it. */
  parts: readonly number[];
  /** When one part is hidden, hide the total rather than a second part (the round's total, not a band's figure). */
  preferTotal?: boolean;
}

export interface CountTable {
  counts: readonly number[];
  groups: readonly CountGroup[];
}

/** Whether a count is suppressed on its own (the primary rule). */
export function isSmall(count: number): boolean {
  return count > 0 && count < SUPPRESS_UNDER;
}

/** Which cells are suppressed (true), primary and secondary. */
export function suppressCells(table: CountTable): boolean[] {
  const hidden = table.counts.map(isSmall);
  for (;;) {
    applyGroupRule(table, hidden);
    // A hidden 0 that can be worked out gives nothing away (zeros are shown); any count it would lead to is found too.
    const solved = solvableHiddenCells(table, hidden).filter((cell) => (table.counts[cell] as number) > 0);
    if (solved.length === 0) return hidden;
    // Cover each cell the equations give away by hiding the smallest shown cell of a group it is in (or, failing
    // that, of the whole table; with nothing shown there is nothing to solve from).
    for (const cell of solved) {
      const beside = table.groups.filter((g) => g.total === cell || g.parts.includes(cell)).flatMap((g) => [g.total, ...g.parts]);
      const next =
        smallestShown(beside, table.counts, hidden) ??
        smallestShown(
          table.counts.map((_, i) => i),
          table.counts,
          hidden,
        );
      if (next === undefined) return hidden;
      hidden[next] = true;
    }
  }
}

function applyGroupRule(table: CountTable, hidden: boolean[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const g of table.groups) {
      const hiddenParts = g.parts.filter((p) => hidden[p]).length;
      if (!hidden[g.total] && hiddenParts === 1) {
        hidden[g.preferTotal ? g.total : (smallestShown(g.parts, table.counts, hidden) ?? g.total)] = true;
        changed = true;
      } else if (!hidden[g.total] && hiddenParts >= 2 && isSmall(hiddenSum(g, table.counts, hidden))) {
        // The hidden parts add up to the total minus the shown ones: 12 − 10 = 2 over two hidden cells is 1 and 1.
        // Hide one more (or the total) until what they add up to is not a small number either.
        hidden[g.preferTotal ? g.total : (smallestShown(g.parts, table.counts, hidden) ?? g.total)] = true;
        changed = true;
      } else if (hidden[g.total] && hiddenParts === 0 && g.parts.length > 0) {
        hidden[smallestShown(g.parts, table.counts, hidden) as number] = true;
        changed = true;
      }
    }
  }
}

/** What a group's hidden parts add up to (anyone can work it out: the shown total minus the shown parts). */
function hiddenSum(g: CountGroup, counts: readonly number[], hidden: readonly boolean[]): number {
  return g.parts.reduce((sum, p) => sum + (hidden[p] ? (counts[p] as number) : 0), 0);
}

/** The smallest shown cell that is not 0 (a hidden 0 hides little: zeros are shown, and often plain from the rest). */
function smallestShown(cells: readonly number[], counts: readonly number[], hidden: readonly boolean[]): number | undefined {
  let best: number | undefined;
  for (const c of cells) {
    if (hidden[c]) continue;
    const better =
      best === undefined || ((counts[c] as number) > 0 && ((counts[best] as number) === 0 || (counts[c] as number) < (counts[best] as number)));
    if (better) best = c;
  }
  return best;
}

/**
 * The suppressed cells whose value the shown cells and the groups' sums fix: each group is one linear equation in the
 * suppressed cells; a cell is fixed when its unit vector lies in the row space (the reduced row echelon form has a row
 * that is exactly that cell).
 */
export function solvableHiddenCells(table: CountTable, hidden: readonly boolean[]): number[] {
  const unknowns = hidden.flatMap((h, i) => (h ? [i] : []));
  if (unknowns.length === 0) return [];
  const column = new Map(unknowns.map((cell, i) => [cell, i]));
  const rows: number[][] = [];
  for (const g of table.groups) {
    const row = new Array<number>(unknowns.length).fill(0);
    const add = (cell: number, sign: number) => {
      const i = column.get(cell);
      if (i !== undefined) row[i] = (row[i] as number) + sign;
    };
    add(g.total, 1);
    for (const p of g.parts) add(p, -1);
    if (row.some((v) => v !== 0)) rows.push(row);
  }
  const reduced = rowEchelon(rows, unknowns.length);
  const out: number[] = [];
  for (const row of reduced) {
    const nonZero = row.flatMap((v, i) => (Math.abs(v) > 1e-9 ? [i] : []));
    if (nonZero.length === 1) out.push(unknowns[nonZero[0] as number] as number);
  }
  return out;
}

function rowEchelon(input: number[][], width: number): number[][] {
  const m = input.map((r) => [...r]);
  let lead = 0;
  for (let col = 0; col < width && lead < m.length; col++) {
    let pivot = lead;
    while (pivot < m.length && Math.abs((m[pivot] as number[])[col] as number) < 1e-9) pivot++;
    if (pivot === m.length) continue;
    [m[lead], m[pivot]] = [m[pivot] as number[], m[lead] as number[]];
    const top = m[lead] as number[];
    const div = top[col] as number;
    for (let j = 0; j < width; j++) top[j] = (top[j] as number) / div;
    for (let i = 0; i < m.length; i++) {
      if (i === lead) continue;
      const row = m[i] as number[];
      const factor = row[col] as number;
      if (Math.abs(factor) < 1e-9) continue;
      for (let j = 0; j < width; j++) row[j] = (row[j] as number) - factor * (top[j] as number);
    }
    lead++;
  }
  return m.slice(0, lead);
}
