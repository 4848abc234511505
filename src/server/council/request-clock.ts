// The statutory clock a council's requests run on: its nation's rules, its timescales (per-council settings, the
// regulations' by default) and the bank holidays of England and Wales.
import { englandAndWalesHolidays } from '../../shared/requests/bank-holidays';
import { DEFAULT_TIMESCALES, londonDate, timescalesSchema, type HolidayCalendar, type IsoDate, type Timescales } from '../../shared/requests/clock';
import { NATIONS, type Nation } from '../../shared/requests/request';
import type { Db } from '../db/schema';
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
  const rest = council?.settings.rest ?? {};
  const nation: Nation = NATIONS.find((n) => n === rest['nation']) ?? 'england';
  const timescales = timescalesSchema.safeParse(rest['requestTimescales']).data ?? DEFAULT_TIMESCALES[nation];
  return { nation, timescales, holidays: englandAndWalesHolidays(), today: londonDate };
}
