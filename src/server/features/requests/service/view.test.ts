import { describe, expect, it } from 'vitest';
import { englandAndWalesHolidays } from '../../../../shared/requests/bank-holidays';
import { DEFAULT_TIMESCALES } from '../../../../shared/requests/clock';
import { requestViewSchema } from '../../../../shared/requests/request';
import { requestRow, stageRow } from '../../../../../test/fixtures/request-rows';
import type { EventRow, RequestRow, RequestRows, StageRow } from './view';
import { toRequestItem, toRequestView } from './view';

const holidays = englandAndWalesHolidays();
const england = { nation: 'england' as const, timescales: DEFAULT_TIMESCALES.england, holidays };
const wales = { nation: 'wales' as const, timescales: DEFAULT_TIMESCALES.wales, holidays };

const event = (over: Partial<EventRow>): EventRow => ({
  id: 'e1',
  request_id: 'r1',
  council_id: 'c1',
  op_id: null,
  type: 'message-in',
  staff_id: null,
  text: 'hello',
  data: null,
  visible: 1,
  at: '2026-03-03T10:00:00.000Z',
  ...over,
});

const rows = (r: Partial<RequestRow> = {}, stages: StageRow[] = [stageRow()], events: EventRow[] = []): RequestRows => ({
  request: requestRow(r),
  stages,
  events,
});

describe('toRequestView', () => {
  it('a new complaint: stage 1 due in 10 working days, cannot go further yet, no ombudsman', () => {
    const view = toRequestView(rows(), england, '2026-03-02');
    expect(requestViewSchema.parse(view)).toEqual(view);
    expect(view).toMatchObject({ status: 'received', stage: 1, receivedOn: '2026-03-02', dueOn: '2026-03-16', respondedOn: null });
    expect(view).toMatchObject({ nextStageBy: null, canEscalate: false, ombudsman: null, messages: [], urgent: false });
  });

  it('stage 1 answered: the window for stage 2 counts 20 working days (Good Friday and Easter Monday 2026 skipped)', () => {
    const answered = [stageRow({ responded_on: '2026-03-10', outcome: 'not-upheld' })];
    const view = toRequestView(rows({ status: 'responded' }, answered), england, '2026-03-11');
    expect(view).toMatchObject({ dueOn: null, respondedOn: '2026-03-10', outcome: 'not-upheld', nextStageBy: '2026-04-09', canEscalate: true });
    expect(view.ombudsman).toBeNull();
  });

  it('an unanswered stage past its due day may go to the next stage; a stopped clock cannot hold it back past the maximum', () => {
    expect(toRequestView(rows(), england, '2026-03-17').canEscalate).toBe(true);
    const stopped = [stageRow({ stopped_since: '2026-03-05' })];
    const view = toRequestView(rows({}, stopped), england, '2026-03-17');
    expect(view).toMatchObject({ dueOn: null, clockStoppedSince: '2026-03-05', canEscalate: false });
    // England's stage 1 maximum is 20 working days: 2026-03-30.
    expect(toRequestView(rows({}, stopped), england, '2026-03-31').canEscalate).toBe(true);
  });

  it('the last stage answered shows the ombudsman for the nation, and nothing further', () => {
    const last = [stageRow(), stageRow({ stage: 2, opened_on: '2026-03-20', due_on: '2026-04-27', responded_on: '2026-04-20', outcome: 'upheld' })];
    const view = toRequestView(rows({ nation: 'wales', stage: 2, status: 'responded' }, last), wales, '2026-04-21');
    expect(view).toMatchObject({ stage: 2, ombudsman: 'psow', canEscalate: false, nextStageBy: null, outcome: 'upheld' });
  });

  it('a closed complaint shows its ombudsman and no running clock', () => {
    const view = toRequestView(rows({ status: 'closed' }), england, '2026-03-03');
    expect(view).toMatchObject({ ombudsman: 'lgsco', dueOn: null, canEscalate: false });
  });

  it('anything that is not a complaint never escalates and never shows the ombudsman', () => {
    const view = toRequestView(rows({ kind: 'advocate', advocacy: 'asked' }, [stageRow({ due_on: '2026-03-05' })]), england, '2026-04-01');
    expect(view).toMatchObject({ kind: 'advocate', advocacy: 'asked', dueOn: '2026-03-05', canEscalate: false, ombudsman: null, nextStageBy: null });
  });

  it('messages are only the visible messages both ways, oldest first, signed as staff chose', () => {
    const events = [
      event({
        id: 'b',
        type: 'message-out',
        text: 'We are on it.',
        data: JSON.stringify({ signedAs: 'Sam, complaints team' }),
        at: '2026-03-04T09:00:00.000Z',
      }),
      event({ id: 'a', type: 'message-in', text: 'Any news?', at: '2026-03-03T09:00:00.000Z' }),
      event({ id: 'c', type: 'note', text: 'Staff only', visible: 0 }),
      event({ id: 'd', type: 'message-out', text: 'A draft', visible: 0 }),
      event({ id: 'e', type: 'escalated', text: 'reason', visible: 1 }),
    ];
    const view = toRequestView(rows({}, [stageRow()], events), england, '2026-03-05');
    expect(view.messages).toEqual([
      { id: 'a', from: 'me', text: 'Any news?', at: '2026-03-03T09:00:00.000Z', signedAs: null },
      { id: 'b', from: 'council', text: 'We are on it.', at: '2026-03-04T09:00:00.000Z', signedAs: 'Sam, complaints team' },
    ]);
  });
});

describe('toRequestItem', () => {
  it('is delivered until the council replies or answers, then answered; keyed by the op id', () => {
    const plain = rows();
    expect(toRequestItem(plain, toRequestView(plain, england, '2026-03-02'))).toMatchObject({ id: 'op1', kind: 'request', state: 'delivered' });
    const mine = rows({}, [stageRow()], [event({ type: 'message-in' })]);
    expect(toRequestItem(mine, toRequestView(mine, england, '2026-03-03')).state).toBe('delivered');
    const replied = rows({}, [stageRow()], [event({ type: 'message-out' })]);
    expect(toRequestItem(replied, toRequestView(replied, england, '2026-03-03')).state).toBe('answered');
    const answered = rows({}, [stageRow({ responded_on: '2026-03-10' })]);
    expect(toRequestItem(answered, toRequestView(answered, england, '2026-03-11')).state).toBe('answered');
  });
});
