// The rules of casework, pure: a stage's clock from its row, the triage order, what an answer does to a request, how
// far a stage may be extended, and whether a stage was answered in time.
import { lastStage, type HolidayCalendar, type IsoDate, type Timescales } from '../../../../shared/requests/clock';
import type { Nation, RequestKind, StageOutcome } from '../../../../shared/requests/request';
import { currentDue, maxDue, type StageState } from '../../../../shared/requests/stage-clock';
import type { RequestStagesTable } from '../../../db/tables/requests';

export function stageState(row: RequestStagesTable): StageState {
  return {
    stage: Number(row.stage),
    openedOn: row.opened_on,
    dueOn: row.due_on,
    extendedTo: row.extended_to,
    stoppedSince: row.stopped_since,
    stoppedDays: Number(row.stopped_days),
    panelOn: row.panel_on,
    reportOn: row.report_on,
    respondedOn: row.responded_on,
  };
}

export interface QueueSortKey {
  /** Urgent or about safety. */
  urgent: boolean;
  dueOn: IsoDate | null;
  createdAt: string;
}

/** Urgent and safety first; then the soonest due (so overdue before due soon); stopped or answered last; oldest first. */
export function compareQueue(a: QueueSortKey, b: QueueSortKey): number {
  if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

/** Who made it, for the annual report: someone asking for a child counts as 'on-behalf' whatever the asker said. */
export function askerGroup(asker: string, onBehalf: boolean): 'in-care' | 'care-leaver' | 'on-behalf' | 'not-said' {
  if (onBehalf) return 'on-behalf';
  return asker === 'in-care' || asker === 'care-leaver' ? asker : 'not-said';
}

/**
 * What answering a stage does: a request that is not a complaint, a complaint's last stage, or a withdrawal closes
 * it; otherwise it waits as 'responded' while the young person may ask for the next stage.
 */
export function statusAfterAnswer(kind: RequestKind, nation: Nation, stage: number, outcome: StageOutcome): 'responded' | 'closed' {
  if (kind !== 'complaint' || outcome === 'withdrawn' || stage >= lastStage(nation)) return 'closed';
  return 'responded';
}

export type ExtensionRefusal = { code: 'extension-not-later' | 'past-max-due'; message: string } | null;

/** An extension must move the due day later, and never past the stage's maximum. */
export function checkExtension(nation: Nation, t: Timescales, s: StageState, to: IsoDate, holidays: HolidayCalendar): ExtensionRefusal {
  const current = s.extendedTo ?? s.dueOn;
  const max = maxDue(nation, t, s, holidays);
  if (to > max) return { code: 'past-max-due', message: `Stage ${s.stage} can be extended to ${max} at the latest.` };
  if (to <= current) return { code: 'extension-not-later', message: `An extension must be after ${current}, the day it is due now.` };
  return null;
}

/** Answered on or before the day it was due (after any extension, stopped days and stage 3 milestones). */
export function answeredOnTime(t: Timescales, s: StageState, holidays: HolidayCalendar): boolean | null {
  if (s.respondedOn === null) return null;
  const due = currentDue(t, { ...s, respondedOn: null, stoppedSince: null }, holidays);
  return due !== null && s.respondedOn <= due;
}
