// Each stage's clock: due dates, extensions capped at the maximum, stopped clocks, stage 3's milestones, the window for
// the next stage and the state shown at a glance.
import { describe, expect, it } from 'vitest';
import { englandAndWalesHolidays } from './bank-holidays';
import { DEFAULT_TIMESCALES } from './clock';
import { clockState, currentDue, maxDue, nextStageBy, openStage, stoppedFor, type StageState } from './stage-clock';

const holidays = englandAndWalesHolidays();
const { england, wales } = DEFAULT_TIMESCALES;

const stage = (s: Partial<StageState> & Pick<StageState, 'stage' | 'openedOn' | 'dueOn'>): StageState => ({
  extendedTo: null,
  stoppedSince: null,
  stoppedDays: 0,
  panelOn: null,
  reportOn: null,
  respondedOn: null,
  ...s,
});

describe('opening a stage', () => {
  it('England stage 1: due in 10 working days, extendable to 20 (the Friday before the August bank holiday 2025)', () => {
    expect(openStage('england', england, 1, '2025-08-22', holidays)).toEqual({ dueOn: '2025-09-08', maxDueOn: '2025-09-22' });
  });

  it('Wales stage 1: 10 working days, with no longer maximum', () => {
    expect(openStage('wales', wales, 1, '2025-08-22', holidays)).toEqual({ dueOn: '2025-09-08', maxDueOn: '2025-09-08' });
  });

  it('England stage 2: 25 working days over Christmas', () => {
    expect(openStage('england', england, 2, '2025-12-01', holidays).dueOn).toBe('2026-01-08');
  });

  it('England stage 3: the panel within 30 working days, over Easter 2026', () => {
    // Opened Monday 2 March 2026: 21 days to 31 March, 1–2 April (23), Good Friday and Easter Monday, 7–10 (27), 13–15 (30).
    expect(openStage('england', england, 3, '2026-03-02', holidays)).toEqual({ dueOn: '2026-04-15', maxDueOn: '2026-04-15' });
  });

  it('refuses a stage the nation does not have', () => {
    expect(() => openStage('wales', wales, 3, '2026-03-02', holidays)).toThrow(RangeError);
  });
});

describe('the due date now', () => {
  const s1 = stage({ stage: 1, openedOn: '2026-03-02', dueOn: '2026-03-16' });

  it('moves with an extension, which may not go past the maximum', () => {
    expect(currentDue(england, { ...s1, extendedTo: '2026-03-23' }, holidays)).toBe('2026-03-23');
    // 20 working days from Monday 2 March 2026: 30 March.
    expect(maxDue('england', england, s1, holidays)).toBe('2026-03-30');
    expect(maxDue('wales', wales, s1, holidays)).toBe('2026-03-16');
  });

  it('adds the working days a stopped clock stood still', () => {
    // Stopped on Wednesday 4 March, restarted Wednesday 11 March: 5, 6, 9, 10, 11 = 5 working days.
    const days = stoppedFor('2026-03-04', '2026-03-11', holidays);
    expect(days).toBe(5);
    expect(currentDue(england, { ...s1, stoppedDays: days }, holidays)).toBe('2026-03-23');
    // Stopped over Easter 2026 (Thursday 2 to Tuesday 7 April): only the 7th counts.
    expect(stoppedFor('2026-04-02', '2026-04-07', holidays)).toBe(1);
  });

  it('is none while the clock is stopped, or once answered', () => {
    expect(currentDue(england, { ...s1, stoppedSince: '2026-03-04' }, holidays)).toBeNull();
    expect(currentDue(england, { ...s1, respondedOn: '2026-03-10' }, holidays)).toBeNull();
  });

  it('runs through stage 3: the panel, its report within 5 working days, the response within 15 of the report', () => {
    const s3 = stage({ stage: 3, openedOn: '2026-03-02', dueOn: '2026-04-15' });
    expect(currentDue(england, s3, holidays)).toBe('2026-04-15');
    expect(currentDue(england, { ...s3, panelOn: '2026-04-14' }, holidays)).toBe('2026-04-21');
    // Report on Monday 20 April: 15 working days over the early May bank holiday (Monday 4 May 2026).
    expect(currentDue(england, { ...s3, panelOn: '2026-04-14', reportOn: '2026-04-20' }, holidays)).toBe('2026-05-12');
  });
});

describe('the next stage', () => {
  it('England: stage 2 may be asked for within 20 working days of the stage 1 answer; stage 3 likewise', () => {
    expect(nextStageBy('england', england, { stage: 1, respondedOn: '2025-09-08' }, holidays)).toBe('2025-10-06');
    expect(nextStageBy('england', england, { stage: 2, respondedOn: '2025-09-08' }, holidays)).toBe('2025-10-06');
    expect(nextStageBy('england', england, { stage: 3, respondedOn: '2025-09-08' }, holidays)).toBeNull();
  });

  it('Wales: stage 2 is the last (then the Ombudsman)', () => {
    expect(nextStageBy('wales', wales, { stage: 1, respondedOn: '2025-09-08' }, holidays)).toBe('2025-10-06');
    expect(nextStageBy('wales', wales, { stage: 2, respondedOn: '2025-09-08' }, holidays)).toBeNull();
  });

  it('is not offered before the answer', () => {
    expect(nextStageBy('england', england, { stage: 1, respondedOn: null }, holidays)).toBeNull();
  });
});

describe('at a glance', () => {
  const s1 = stage({ stage: 1, openedOn: '2026-03-02', dueOn: '2026-03-16' });
  it('is on time, due soon (2 working days or fewer), overdue, stopped or answered', () => {
    expect(clockState(england, s1, '2026-03-11', holidays)).toBe('on-time');
    // Thursday 12 March: two working days left (Friday 13, Monday 16).
    expect(clockState(england, s1, '2026-03-12', holidays)).toBe('due-soon');
    expect(clockState(england, s1, '2026-03-16', holidays)).toBe('due-soon');
    expect(clockState(england, s1, '2026-03-17', holidays)).toBe('overdue');
    expect(clockState(england, { ...s1, stoppedSince: '2026-03-10' }, '2026-03-20', holidays)).toBe('stopped');
    expect(clockState(england, { ...s1, respondedOn: '2026-03-20' }, '2026-03-25', holidays)).toBe('answered');
  });
});
