import { describe, expect, it } from 'vitest';
import { englandAndWalesHolidays } from '../../../../shared/requests/bank-holidays';
import { DEFAULT_TIMESCALES } from '../../../../shared/requests/clock';
import type { StageState } from '../../../../shared/requests/stage-clock';
import { answeredOnTime, askerGroup, checkExtension, compareQueue, statusAfterAnswer } from './casework-rules';

const holidays = englandAndWalesHolidays();
const england = DEFAULT_TIMESCALES.england;
// Received Monday 2 March 2026: stage 1 due day 10 = Mon 16 March, at most day 20 = Mon 30 March.
const stage1: StageState = {
  stage: 1,
  openedOn: '2026-03-02',
  dueOn: '2026-03-16',
  extendedTo: null,
  stoppedSince: null,
  stoppedDays: 0,
  panelOn: null,
  reportOn: null,
  respondedOn: null,
};

describe('the triage order', () => {
  it('puts urgent first, then the soonest due, stopped or answered last, then the oldest', () => {
    const items = [
      { name: 'later', urgent: false, dueOn: '2026-03-20', createdAt: '1' },
      { name: 'stopped', urgent: false, dueOn: null, createdAt: '0' },
      { name: 'overdue', urgent: false, dueOn: '2026-03-01', createdAt: '3' },
      { name: 'urgent', urgent: true, dueOn: '2026-04-01', createdAt: '4' },
      { name: 'same day, older', urgent: false, dueOn: '2026-03-20', createdAt: '0' },
    ];
    expect(items.sort(compareQueue).map((i) => i.name)).toEqual(['urgent', 'overdue', 'same day, older', 'later', 'stopped']);
  });
});

describe('an extension', () => {
  it('may move the due day up to the stage’s maximum and no further', () => {
    expect(checkExtension('england', england, stage1, '2026-03-30', holidays)).toBeNull();
    expect(checkExtension('england', england, stage1, '2026-03-31', holidays)?.code).toBe('past-max-due');
  });
  it('must be later than the day it is due now', () => {
    expect(checkExtension('england', england, stage1, '2026-03-16', holidays)?.code).toBe('extension-not-later');
    expect(checkExtension('england', england, { ...stage1, extendedTo: '2026-03-20' }, '2026-03-19', holidays)?.code).toBe('extension-not-later');
  });
  it('is not possible in Wales at stage 1 (its maximum is its due day)', () => {
    expect(checkExtension('wales', DEFAULT_TIMESCALES.wales, stage1, '2026-03-17', holidays)?.code).toBe('past-max-due');
  });
});

describe('answering a stage', () => {
  it('closes what is not a complaint, a withdrawal and the last stage; otherwise waits for the next stage', () => {
    expect(statusAfterAnswer('question', 'england', 1, 'resolved')).toBe('closed');
    expect(statusAfterAnswer('complaint', 'england', 1, 'not-upheld')).toBe('responded');
    expect(statusAfterAnswer('complaint', 'england', 1, 'withdrawn')).toBe('closed');
    expect(statusAfterAnswer('complaint', 'england', 2, 'upheld')).toBe('responded');
    expect(statusAfterAnswer('complaint', 'england', 3, 'upheld')).toBe('closed');
    expect(statusAfterAnswer('complaint', 'wales', 2, 'upheld')).toBe('closed');
  });
  it('is on time up to the due day, after an extension and stopped days', () => {
    expect(answeredOnTime(england, stage1, holidays)).toBeNull();
    expect(answeredOnTime(england, { ...stage1, respondedOn: '2026-03-16' }, holidays)).toBe(true);
    expect(answeredOnTime(england, { ...stage1, respondedOn: '2026-03-17' }, holidays)).toBe(false);
    expect(answeredOnTime(england, { ...stage1, respondedOn: '2026-03-18', extendedTo: '2026-03-18' }, holidays)).toBe(true);
    expect(answeredOnTime(england, { ...stage1, respondedOn: '2026-03-18', stoppedDays: 2 }, holidays)).toBe(true);
    expect(answeredOnTime(england, { ...stage1, respondedOn: '2026-03-19', stoppedDays: 2 }, holidays)).toBe(false);
  });
  it('at stage 3 counts from the panel’s report', () => {
    const s3: StageState = { ...stage1, stage: 3, dueOn: '2026-04-14', panelOn: '2026-04-10', reportOn: '2026-04-17' };
    // 15 working days after Fri 17 April 2026 (4 May is a bank holiday): Mon 11 May.
    expect(answeredOnTime(england, { ...s3, respondedOn: '2026-05-11' }, holidays)).toBe(true);
    expect(answeredOnTime(england, { ...s3, respondedOn: '2026-05-12' }, holidays)).toBe(false);
  });
});

describe('who made it', () => {
  it('counts someone asking for a child as on behalf, whatever the asker said', () => {
    expect(askerGroup('in-care', true)).toBe('on-behalf');
    expect(askerGroup('care-leaver', false)).toBe('care-leaver');
    expect(askerGroup('something else', false)).toBe('not-said');
  });
});
