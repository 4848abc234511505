import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS_SNAPSHOT } from './bank-holidays-snapshot';
import { easterSunday, englandAndWalesHolidays, holidaysWith, ruleHolidays } from './bank-holidays';
import { weekday } from './clock';

const byYear = (dates: readonly string[]) => {
  const years = new Map<number, string[]>();
  for (const d of dates) years.set(Number(d.slice(0, 4)), [...(years.get(Number(d.slice(0, 4))) ?? []), d]);
  return years;
};

/** The years GOV.UK's list differs from the usual rules: royal proclamations, each one named. */
const ONE_OFFS: Record<number, { added: string[]; removed: string[] }> = {
  // VE Day 75: the early May bank holiday moved from Monday 4 May to Friday 8 May.
  2020: { added: ['2020-05-08'], removed: ['2020-05-04'] },
  // The Platinum Jubilee: the spring bank holiday moved to Thursday 2 June, with Friday 3 June added; then the state
  // funeral of Queen Elizabeth II on Monday 19 September.
  2022: { added: ['2022-06-02', '2022-06-03', '2022-09-19'], removed: ['2022-05-30'] },
  // The coronation of King Charles III.
  2023: { added: ['2023-05-08'], removed: [] },
};

describe("the snapshot of GOV.UK's list", () => {
  it('is every year from 2019 to 2028, in order, each date once, all on weekdays', () => {
    expect([...byYear(BANK_HOLIDAYS_SNAPSHOT).keys()]).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect([...BANK_HOLIDAYS_SNAPSHOT].sort()).toEqual(BANK_HOLIDAYS_SNAPSHOT);
    expect(new Set(BANK_HOLIDAYS_SNAPSHOT).size).toBe(BANK_HOLIDAYS_SNAPSHOT.length);
    for (const d of BANK_HOLIDAYS_SNAPSHOT) expect([0, 6], d).not.toContain(weekday(d));
  });

  it('agrees with the rules on every ordinary year, and differs only by the named one-offs', () => {
    for (const [year, listed] of byYear(BANK_HOLIDAYS_SNAPSHOT)) {
      const rule = ruleHolidays(year);
      const added = listed.filter((d) => !rule.includes(d));
      const removed = rule.filter((d) => !listed.includes(d));
      expect({ added, removed }, String(year)).toEqual(ONE_OFFS[year] ?? { added: [], removed: [] });
    }
  });
});

describe('the rules', () => {
  it('find Easter Sunday', () => {
    expect(['2024', '2025', '2026', '2027', '2028', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2038-04-25',
    ]);
  });

  it('move New Year, Christmas and Boxing Day off a weekend to the next weekdays', () => {
    // 2033: New Year on a Saturday → Monday 3 January. 2034: on a Sunday → Monday 2 January.
    expect(ruleHolidays(2033)[0]).toBe('2033-01-03');
    expect(ruleHolidays(2034)[0]).toBe('2034-01-02');
    // 2032: Christmas on a Saturday → Monday 27 and Tuesday 28. 2033: Christmas on a Sunday → Monday 26 and Tuesday 27.
    expect(ruleHolidays(2032).slice(-2)).toEqual(['2032-12-27', '2032-12-28']);
    expect(ruleHolidays(2033).slice(-2)).toEqual(['2033-12-26', '2033-12-27']);
    // 2037: Boxing Day on a Saturday → Monday 28.
    expect(ruleHolidays(2037).slice(-2)).toEqual(['2037-12-25', '2037-12-28']);
  });
});

describe('the calendar', () => {
  const calendar = englandAndWalesHolidays();

  it('answers a year the snapshot covers from the list only', () => {
    expect(calendar.has('2022-09-19')).toBe(true);
    expect(calendar.has('2023-05-08')).toBe(true);
    // The rule's early May Monday of 2020 was not a holiday that year.
    expect(calendar.has('2020-05-04')).toBe(false);
    expect(calendar.has('2022-05-30')).toBe(false);
  });

  it('counts years past the snapshot by rule', () => {
    expect(calendar.has('2029-01-01')).toBe(true);
    expect(calendar.has('2029-03-30')).toBe(true);
    expect(calendar.has('2029-08-27')).toBe(true);
    expect(calendar.has('2029-08-20')).toBe(false);
  });

  it('adds the years and one-offs of an uploaded list, and never takes the snapshot away', () => {
    const uploaded = holidaysWith(['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-06-15', '2029-08-27']);
    expect(uploaded.has('2029-06-15')).toBe(true);
    // A year the upload covers answers from it alone (its Christmas is missing here, so it is not a holiday).
    expect(uploaded.has('2029-12-25')).toBe(false);
    expect(uploaded.has('2022-09-19')).toBe(true);
    expect(holidaysWith([]).has('2022-09-19')).toBe(true);
  });

  it('takes a year the upload covers from the upload alone, so a moved holiday is not counted twice', () => {
    // 2027 as if GOV.UK moved the spring bank holiday from Monday 31 May to Friday 4 June.
    const moved = holidaysWith(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-06-04', '2027-08-30', '2027-12-27', '2027-12-28']);
    expect(moved.has('2027-06-04')).toBe(true);
    expect(moved.has('2027-05-31')).toBe(false);
    expect(englandAndWalesHolidays().has('2027-05-31')).toBe(true);
    // Other years still come from the snapshot.
    expect(moved.has('2026-12-28')).toBe(true);
  });
});
