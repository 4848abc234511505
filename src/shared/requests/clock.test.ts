// Working days as the regulations count them, across Christmas, New Year, Easter and the August bank holiday of
// several years. Day 0 is the day a request arrives (whatever day that is); day 1 is the next working day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandAndWalesHolidays } from './bank-holidays';
import { DEFAULT_TIMESCALES, addDays, addWorkingDays, isWorkingDay, londonDate, timescaleProblems, workingDaysBetween } from './clock';

const holidays = englandAndWalesHolidays();
const due = (receivedOn: string, days: number) => addWorkingDays(receivedOn, days, holidays);
const { england, wales } = DEFAULT_TIMESCALES;

describe('a working day', () => {
  it('is not a weekend, Christmas, Boxing Day, Good Friday or a bank holiday, substitute days included', () => {
    expect(isWorkingDay('2026-12-24', holidays)).toBe(true);
    // 2026: Christmas on a Friday, Boxing Day on a Saturday, so Monday 28 December is its substitute.
    for (const day of ['2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28']) expect(isWorkingDay(day, holidays), day).toBe(false);
    expect(isWorkingDay('2026-12-29', holidays)).toBe(true);
    // Good Friday 2027 is 26 March; Christmas 2027 is a Saturday, so Monday 27 and Tuesday 28 are holidays.
    expect(isWorkingDay('2027-03-26', holidays)).toBe(false);
    expect(isWorkingDay('2027-12-27', holidays)).toBe(false);
    expect(isWorkingDay('2027-12-28', holidays)).toBe(false);
    expect(isWorkingDay('2027-12-29', holidays)).toBe(true);
    // New Year 2022 was a Saturday: Monday 3 January instead.
    expect(isWorkingDay('2022-01-03', holidays)).toBe(false);
    expect(isWorkingDay('2022-01-04', holidays)).toBe(true);
  });

  it('is counted in London: 23:30 on a summer evening is already the next day there', () => {
    expect(londonDate(new Date('2026-08-27T23:30:00Z'))).toBe('2026-08-28');
    expect(londonDate(new Date('2026-12-24T23:30:00Z'))).toBe('2026-12-24');
  });
});

describe('England, stage 1: an answer within 10 working days', () => {
  it('over Christmas and New Year 2025', () => {
    // Received Friday 19 December: 22, 23, 24 Dec, 29, 30, 31 Dec, 2, 5, 6, 7 Jan.
    expect(due('2025-12-19', england.stage1)).toBe('2026-01-07');
  });

  it('over Christmas 2026, when Boxing Day falls on a Saturday (Monday 28 December instead)', () => {
    // Received Wednesday 23 December: 24, 29, 30, 31 Dec, 4, 5, 6, 7, 8, 11 Jan.
    expect(due('2026-12-23', england.stage1)).toBe('2027-01-11');
  });

  it('over Christmas 2027 (a Saturday: 27 and 28 December) and New Year 2028 (a Saturday: 3 January)', () => {
    // Received Friday 24 December: 29, 30, 31 Dec, 4, 5, 6, 7, 10, 11, 12 Jan.
    expect(due('2027-12-24', england.stage1)).toBe('2028-01-12');
  });

  it('over Easter 2024 and Easter 2026', () => {
    // Received Thursday 28 March 2024: Good Friday 29, Easter Monday 1 April; 2–5, 8–12, 15 April.
    expect(due('2024-03-28', england.stage1)).toBe('2024-04-15');
    // Received Thursday 2 April 2026: Good Friday 3, Easter Monday 6; 7–10, 13–17, 20 April.
    expect(due('2026-04-02', england.stage1)).toBe('2026-04-20');
  });

  it('for a complaint made on the Friday before the August bank holiday Monday (2024, 2025, 2026)', () => {
    expect(due('2024-08-23', england.stage1)).toBe('2024-09-09');
    expect(due('2025-08-22', england.stage1)).toBe('2025-09-08');
    expect(due('2026-08-28', england.stage1)).toBe('2026-09-14');
  });

  it('counts from day 0 whatever day it is: a Saturday, a Sunday or the bank holiday give the Friday’s due date', () => {
    for (const received of ['2024-08-23', '2024-08-24', '2024-08-25', '2024-08-26']) expect(due(received, 10), received).toBe('2024-09-09');
    // Received on Saturday 4 January 2025: day 1 is Monday 6 January.
    expect(due('2025-01-04', 1)).toBe('2025-01-06');
    expect(due('2025-01-04', england.stage1)).toBe('2025-01-17');
    // Received on Christmas Day 2026: day 1 is Tuesday 29 December.
    expect(due('2026-12-25', 1)).toBe('2026-12-29');
  });
});

describe('Wales', () => {
  it('acknowledges within 2 working days', () => {
    expect(wales.acknowledge).toBe(2);
    // Friday 31 December 2021 → Tuesday 4 and Wednesday 5 January 2022 (Monday 3 is New Year's substitute day).
    expect(due('2021-12-31', wales.acknowledge)).toBe('2022-01-05');
    // Thursday 17 April 2025 → over Good Friday and Easter Monday: Tuesday 22, Wednesday 23.
    expect(due('2025-04-17', wales.acknowledge)).toBe('2025-04-23');
    // The Friday before the August bank holiday 2025.
    expect(due('2025-08-22', wales.acknowledge)).toBe('2025-08-27');
  });

  it('holds the stage 1 discussion within 10 working days and answers stage 2 within 25', () => {
    expect(due('2025-08-22', wales.stage1)).toBe('2025-09-08');
    // Stage 2 asked for on Thursday 17 April 2025: over Easter, the early May and the spring bank holidays.
    expect(due('2025-04-17', wales.stage2)).toBe('2025-05-28');
  });
});

describe('England, stage 2: 25 working days', () => {
  it('over Christmas and New Year', () => {
    // Monday 1 December 2025: 17 days to 24 Dec, 29–31 Dec (20), 2 Jan (21), 5–8 Jan (25).
    expect(due('2025-12-01', england.stage2)).toBe('2026-01-08');
  });
});

describe('counting in both directions', () => {
  const day = fc.integer({ min: 0, max: 365 * 22 }).map((n) => addDays('2019-01-01', n));

  it('adding n working days and counting them back gives n', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 300 }), (start, n) => workingDaysBetween(start, addWorkingDays(start, n, holidays), holidays) === n),
    );
  });

  it('counting the working days to a working day and adding them gives that day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (start, gap) => {
        const end = addDays(start, gap);
        fc.pre(isWorkingDay(end, holidays));
        return addWorkingDays(start, workingDaysBetween(start, end, holidays), holidays) === end;
      }),
    );
  });
});

describe("a council's own timescales", () => {
  it("are the regulations' by default", () => {
    expect(timescaleProblems('england', england)).toEqual([]);
    expect(timescaleProblems('wales', wales)).toEqual([]);
  });

  it('may be shorter for the council and longer for the young person, never the other way', () => {
    expect(timescaleProblems('england', { ...england, stage1: 5, stage2Window: 30 })).toEqual([]);
    expect(timescaleProblems('england', { ...england, stage1: 11, stage1Max: 21, stage3Report: 6 })).toEqual(['stage1', 'stage1Max', 'stage3Report']);
    expect(timescaleProblems('england', { ...england, stage2Window: 19, stage3Window: null })).toEqual(['stage2Window', 'stage3Window']);
    expect(timescaleProblems('england', { ...england, stage1: 10, stage1Max: 8 })).toEqual(['stage1']);
    expect(timescaleProblems('wales', { ...wales, acknowledge: 3 })).toEqual(['acknowledge']);
    // Wales has no panel stage.
    expect(timescaleProblems('wales', { ...wales, stage3Panel: 30 })).toEqual(['stage3Panel']);
    expect(timescaleProblems('wales', england)).toContain('stage2Max');
  });
});
