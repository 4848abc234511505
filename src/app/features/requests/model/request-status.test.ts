import { describe, expect, it } from 'vitest';
import type { RequestView } from '../../../../shared/requests/request';
import { escalateTo, nextStep, showOmbudsman, stagesOf } from './request-status';

const view: RequestView = {
  ref: 'HRD-7K3Q-9M2P',
  kind: 'complaint',
  topic: 'school',
  nation: 'england',
  status: 'received',
  stage: 1,
  receivedOn: '2026-12-18',
  dueOn: '2027-01-06',
  clockStoppedSince: null,
  respondedOn: null,
  outcome: null,
  nextStageBy: null,
  canEscalate: false,
  ombudsman: 'lgsco',
  advocacy: 'not-asked',
  urgent: false,
  messages: [],
  updatedAt: '2026-12-18T10:00:00.000Z',
};

describe('request status', () => {
  it('a complaint has three stages in England, two in Wales; anything else one', () => {
    expect(stagesOf(view)).toBe(3);
    expect(stagesOf({ ...view, nation: 'wales' })).toBe(2);
    expect(stagesOf({ ...view, kind: 'advocate' })).toBe(1);
  });

  it('says what happens next: due, stopped, answered with the next stage open, then the Ombudsman', () => {
    expect(nextStep(view)).toBe('due');
    expect(nextStep({ ...view, dueOn: null })).toBe('received');
    expect(nextStep({ ...view, clockStoppedSince: '2026-12-20' })).toBe('stopped');
    const answered = { ...view, status: 'responded' as const, respondedOn: '2027-01-05', dueOn: null, nextStageBy: '2027-02-02' };
    expect(nextStep({ ...answered, canEscalate: true })).toBe('can-ask-next');
    expect(escalateTo({ ...answered, canEscalate: true })).toBe(2);
    expect(nextStep({ ...answered, stage: 3 })).toBe('ombudsman');
    expect(showOmbudsman({ ...answered, stage: 2, nation: 'wales', ombudsman: 'psow' })).toBe(true);
    expect(showOmbudsman({ ...answered, stage: 2 })).toBe(false);
    expect(nextStep({ ...view, kind: 'compliment', status: 'closed', ombudsman: null })).toBe('closed');
  });

  it('never asks for a stage past the last, even if told it may', () => {
    expect(escalateTo({ ...view, stage: 3, canEscalate: true })).toBeNull();
    expect(escalateTo({ ...view, stage: 2, nation: 'wales', canEscalate: true })).toBeNull();
    expect(escalateTo({ ...view, canEscalate: false })).toBeNull();
  });
});
