// Each stage's clock: when it is due (after extensions and stopped days), when the young person may ask for the next
// stage, and whether it is overdue or due soon. Pure; the phone and the server call the same functions.
import { addWorkingDays, lastStage, workingDaysBetween, type HolidayCalendar, type IsoDate, type Timescales } from './clock';
import type { Nation } from './request';

/** A stage as stored (request_stages), in the fields the clock needs. */
export interface StageState {
  stage: number;
  openedOn: IsoDate;
  /** Due by the regulations (set when the stage opened). */
  dueOn: IsoDate;
  extendedTo: IsoDate | null;
  /** The clock is stopped since this day (null: running). */
  stoppedSince: IsoDate | null;
  /** Working days it was stopped before (each stop adds the days between its stop and its restart). */
  stoppedDays: number;
  /** England stage 3: when the panel met and when its report came. */
  panelOn: IsoDate | null;
  reportOn: IsoDate | null;
  respondedOn: IsoDate | null;
}

/** When a new stage is due, and the latest an extension may move it to. */
export function openStage(
  nation: Nation,
  t: Timescales,
  stage: number,
  openedOn: IsoDate,
  holidays: HolidayCalendar,
): { dueOn: IsoDate; maxDueOn: IsoDate } {
  if (stage === 1) return { dueOn: addWorkingDays(openedOn, t.stage1, holidays), maxDueOn: addWorkingDays(openedOn, t.stage1Max, holidays) };
  if (stage === 2) return { dueOn: addWorkingDays(openedOn, t.stage2, holidays), maxDueOn: addWorkingDays(openedOn, t.stage2Max, holidays) };
  if (stage === 3 && nation === 'england' && t.stage3Panel !== null) {
    const panel = addWorkingDays(openedOn, t.stage3Panel, holidays);
    return { dueOn: panel, maxDueOn: panel };
  }
  throw new RangeError(`There is no stage ${stage} in ${nation}.`);
}

/** The latest day an extension may give (the stage's maximum, from the day it opened). */
export function maxDue(nation: Nation, t: Timescales, s: Pick<StageState, 'stage' | 'openedOn'>, holidays: HolidayCalendar): IsoDate {
  return openStage(nation, t, s.stage, s.openedOn, holidays).maxDueOn;
}

/**
 * When the council must answer now: null while the clock is stopped or once the stage is answered. Stage 3 moves
 * through its milestones: the panel, then its report, then the council's response.
 */
export function currentDue(t: Timescales, s: StageState, holidays: HolidayCalendar): IsoDate | null {
  if (s.respondedOn !== null || s.stoppedSince !== null) return null;
  let base = s.extendedTo ?? s.dueOn;
  if (s.stage === 3 && s.reportOn !== null && t.stage3Response !== null) base = addWorkingDays(s.reportOn, t.stage3Response, holidays);
  else if (s.stage === 3 && s.panelOn !== null && t.stage3Report !== null) base = addWorkingDays(s.panelOn, t.stage3Report, holidays);
  return addWorkingDays(base, s.stoppedDays, holidays);
}

/** Restarting a stopped clock: the working days it was stopped are added to the stage. */
export function stoppedFor(since: IsoDate, restartedOn: IsoDate, holidays: HolidayCalendar): number {
  return workingDaysBetween(since, restartedOn, holidays);
}

/** The last day to ask for the next stage after this one was answered (null: no next stage, or not answered yet). */
export function nextStageBy(nation: Nation, t: Timescales, s: Pick<StageState, 'stage' | 'respondedOn'>, holidays: HolidayCalendar): IsoDate | null {
  if (s.respondedOn === null || s.stage >= lastStage(nation)) return null;
  const window = s.stage === 1 ? t.stage2Window : t.stage3Window;
  return window === null ? null : addWorkingDays(s.respondedOn, window, holidays);
}

export type ClockState = 'overdue' | 'due-soon' | 'on-time' | 'stopped' | 'answered';
/** Due soon: this many working days or fewer left. */
export const DUE_SOON_DAYS = 2;

export function clockState(t: Timescales, s: StageState, today: IsoDate, holidays: HolidayCalendar): ClockState {
  if (s.respondedOn !== null) return 'answered';
  if (s.stoppedSince !== null) return 'stopped';
  const due = currentDue(t, s, holidays)!;
  if (today > due) return 'overdue';
  return workingDaysBetween(today, due, holidays) <= DUE_SOON_DAYS ? 'due-soon' : 'on-time';
}
