// Bank holidays in England and Wales. The official list (a snapshot of GOV.UK's, refreshable by an admin) comes first;
// for years past it, the rules of the Banking and Financial Dealings Act 1971 and the usual royal proclamations.
import { BANK_HOLIDAYS_SNAPSHOT } from './bank-holidays-snapshot';
import { addDays, weekday, type HolidayCalendar, type IsoDate } from './clock';

/** Easter Sunday (Gregorian; anonymous algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The first (nth = 1) or last (nth = -1) Monday of a month. */
function monday(year: number, month: number, nth: 1 | -1): IsoDate {
  if (nth === 1) {
    let d = `${year}-${pad(month)}-01`;
    while (weekday(d) !== 1) d = addDays(d, 1);
    return d;
  }
  let d = addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`, -1);
  while (weekday(d) !== 1) d = addDays(d, -1);
  return d;
}

/** The usual bank holidays of a year by rule, with substitute days for New Year, Christmas and Boxing Day. */
export function ruleHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const out: IsoDate[] = [addDays(easter, -2), addDays(easter, 1), monday(year, 5, 1), monday(year, 5, -1), monday(year, 8, -1)];
  const newYear = `${year}-01-01`;
  const ny = weekday(newYear);
  out.push(ny === 6 ? addDays(newYear, 2) : ny === 0 ? addDays(newYear, 1) : newYear);
  const xmas = `${year}-12-25`;
  const xw = weekday(xmas);
  // Christmas on a Saturday: Mon 27 and Tue 28; on a Sunday: Boxing Day Mon 26 and Tue 27; Boxing Day on a Saturday: Mon 28.
  if (xw === 6) out.push(`${year}-12-27`, `${year}-12-28`);
  else if (xw === 0) out.push(`${year}-12-26`, `${year}-12-27`);
  else if (xw === 5) out.push(xmas, `${year}-12-28`);
  else out.push(xmas, `${year}-12-26`);
  return out.sort();
}

/**
 * The calendar: `official` (GOV.UK's list, every date it has; by default the snapshot shipped with Heard) answers for
 * the years it covers — a year it covers answers from the list only, so one-off holidays count and nothing is guessed;
 * other years by rule.
 */
export function englandAndWalesHolidays(official: readonly IsoDate[] = BANK_HOLIDAYS_SNAPSHOT): HolidayCalendar {
  const listed = new Set(official);
  const coveredYears = new Set(official.map((d) => d.slice(0, 4)));
  const byRule = new Map<string, Set<IsoDate>>();
  return {
    has(day) {
      const year = day.slice(0, 4);
      if (coveredYears.has(year)) return listed.has(day);
      let set = byRule.get(year);
      if (!set) byRule.set(year, (set = new Set(ruleHolidays(Number(year)))));
      return set.has(day);
    },
  };
}

/**
 * The snapshot with a newer list an admin uploaded (the server's stored list): a year the upload covers answers from
 * the upload alone — so a holiday GOV.UK moved (as in 2020 and 2022) is not counted twice — and the snapshot answers
 * for the years it does not cover. (The upload route refuses a list that drops a past date the snapshot has.)
 */
export function holidaysWith(uploaded: readonly IsoDate[]): HolidayCalendar {
  if (uploaded.length === 0) return englandAndWalesHolidays(BANK_HOLIDAYS_SNAPSHOT);
  const years = new Set(uploaded.map((d) => d.slice(0, 4)));
  return englandAndWalesHolidays([...BANK_HOLIDAYS_SNAPSHOT.filter((d) => !years.has(d.slice(0, 4))), ...uploaded]);
}
