// The statutory clock: working days as the regulations define them, and each nation's stages. One engine, pure (no
// Date.now, no I/O), small enough for the phone, so the phone and the server show the same due dates.
//
// Counting rule (shown in the product): day 0 is the day the council received the request, whatever day it is; day 1
// is the first working day after it. "Within 10 working days" means by the end of day 10.
import { z } from 'zod';
import type { Nation } from './request';

/** A calendar day, YYYY-MM-DD, in England and Wales (Europe/London). */
export type IsoDate = string;
export const isoDateSchema = z.iso.date();

/** Which days are bank holidays in England and Wales. */
export interface HolidayCalendar {
  has(day: IsoDate): boolean;
}

const DAY_MS = 86_400_000;
const toUtc = (d: IsoDate): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);
export const addDays = (d: IsoDate, n: number): IsoDate => fromUtc(toUtc(d) + n * DAY_MS);
/** 0 Sunday … 6 Saturday. */
export const weekday = (d: IsoDate): number => new Date(toUtc(d)).getUTCDay();

/** The day in England and Wales at this instant (what "received on" means for a request that arrives at 23:30 BST). */
export function londonDate(at: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * A working day, in the regulations' words: "a day which is not a Saturday, Sunday, Christmas Day, Boxing Day, Good
 * Friday or a bank holiday" (substitute days are bank holidays).
 */
export function isWorkingDay(day: IsoDate, holidays: HolidayCalendar): boolean {
  const wd = weekday(day);
  if (wd === 0 || wd === 6) return false;
  const md = day.slice(5);
  if (md === '12-25' || md === '12-26') return false;
  return !holidays.has(day);
}

/** Day `n` counted from day 0 (`start`): the n-th working day after it. n = 0 answers `start` itself. */
export function addWorkingDays(start: IsoDate, n: number, holidays: HolidayCalendar): IsoDate {
  let day = start;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}

/** How many working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: HolidayCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, holidays)) count += 1;
  return count;
}

/** A council's timescales in working days (per-council settings; the defaults are the regulations'). */
export const timescalesSchema = z.object({
  /** Wales: acknowledge within this many working days. England: the same courtesy, not in the regulations. */
  acknowledge: z.number().int().min(1).max(10),
  stage1: z.number().int().min(1).max(30),
  stage1Max: z.number().int().min(1).max(60),
  /** The young person may ask for stage 2 within this many working days of the stage 1 answer. */
  stage2Window: z.number().int().min(1).max(60),
  stage2: z.number().int().min(1).max(90),
  stage2Max: z.number().int().min(1).max(130),
  /** England only (null in Wales: no panel stage). */
  stage3Window: z.number().int().min(1).max(60).nullable(),
  stage3Panel: z.number().int().min(1).max(90).nullable(),
  stage3Report: z.number().int().min(1).max(30).nullable(),
  stage3Response: z.number().int().min(1).max(60).nullable(),
});
export type Timescales = z.infer<typeof timescalesSchema>;

export const DEFAULT_TIMESCALES: Record<Nation, Timescales> = {
  // Children Act 1989 Representations Procedure (England) Regulations 2006.
  england: {
    acknowledge: 3,
    stage1: 10,
    stage1Max: 20,
    stage2Window: 20,
    stage2: 25,
    stage2Max: 65,
    stage3Window: 20,
    stage3Panel: 30,
    stage3Report: 5,
    stage3Response: 15,
  },
  // Representations Procedure (Wales) Regulations 2014: no panel stage; then the Public Services Ombudsman for Wales.
  wales: {
    acknowledge: 2,
    stage1: 10,
    stage1Max: 10,
    stage2Window: 20,
    stage2: 25,
    stage2Max: 25,
    stage3Window: null,
    stage3Panel: null,
    stage3Report: null,
    stage3Response: null,
  },
};

/** Times the council has to act: it may make them shorter than the regulations', never longer. */
const COUNCIL_TIMES = ['acknowledge', 'stage1', 'stage1Max', 'stage2', 'stage2Max', 'stage3Panel', 'stage3Report', 'stage3Response'] as const;
/** Times the young person has to ask for the next stage: a council may give longer, never less. */
const ASKING_WINDOWS = ['stage2Window', 'stage3Window'] as const;

/**
 * The fields of a council's timescales that break the regulations of its nation (empty: all fine). The rule: each
 * time the council has to act is at most the regulations' (the defaults above), each time a young person has to ask
 * is at least theirs, a stage is never due after its own maximum, and Wales has no panel stage.
 */
export function timescaleProblems(nation: Nation, t: Timescales): (keyof Timescales)[] {
  const rules = DEFAULT_TIMESCALES[nation];
  const problems: (keyof Timescales)[] = [];
  for (const key of COUNCIL_TIMES) {
    const value = t[key];
    const limit = rules[key];
    if (limit === null ? value !== null : value === null || value > limit) problems.push(key);
  }
  for (const key of ASKING_WINDOWS) {
    const value = t[key];
    const least = rules[key];
    if (least === null ? value !== null : value === null || value < least) problems.push(key);
  }
  if (t.stage1 > t.stage1Max && !problems.includes('stage1')) problems.push('stage1');
  if (t.stage2 > t.stage2Max && !problems.includes('stage2')) problems.push('stage2');
  return problems;
}

export const lastStage = (nation: Nation): 2 | 3 => (nation === 'england' ? 3 : 2);
export const OMBUDSMAN: Record<Nation, 'lgsco' | 'psow'> = { england: 'lgsco', wales: 'psow' };
