// The statutory clock a council's requests run on: its nation's rules, its timescales (per-council settings, the
// regulations' by default) and the bank holidays of England and Wales (the snapshot with the council's upload).
import { holidaysWith } from '../../shared/requests/bank-holidays';
import { DEFAULT_TIMESCALES, londonDate, type HolidayCalendar, type IsoDate, type Timescales } from '../../shared/requests/clock';
import type { Nation } from '../../shared/requests/request';
import type { Db } from '../db/schema';
import { storedBankHolidays } from './bank-holidays';
import { loadCouncilRecord } from './load';

export interface RequestClock {
  nation: Nation;
  timescales: Timescales;
  holidays: HolidayCalendar;
  /** The day in England and Wales at `now`: day 0 for what arrives then. */
  today(now: Date): IsoDate;
}

export async function loadRequestClock(db: Db, councilId: string): Promise<RequestClock> {
  const council = await loadCouncilRecord(db, councilId);
  const nation: Nation = council?.settings.nation ?? 'england';
  const timescales = council?.settings.requestTimescales ?? DEFAULT_TIMESCALES[nation];
  const uploaded = await storedBankHolidays(db, councilId);
  return { nation, timescales, holidays: holidaysWith(uploaded.map((h) => h.date)), today: londonDate };
}
