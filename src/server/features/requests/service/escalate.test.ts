import { describe, expect, it } from 'vitest';
import { englandAndWalesHolidays } from '../../../../shared/requests/bank-holidays';
import { DEFAULT_TIMESCALES } from '../../../../shared/requests/clock';
import { escalateRule } from './escalate';
import { requestRow, stageRow } from '../../../../../test/fixtures/request-rows';
import type { RequestRow, StageRow } from './view';

const holidays = englandAndWalesHolidays();
const england = { nation: 'england' as const, timescales: DEFAULT_TIMESCALES.england, holidays };
const wales = { nation: 'wales' as const, timescales: DEFAULT_TIMESCALES.wales, holidays };
const rows = (r: Partial<RequestRow> = {}, stages: StageRow[] = [stageRow({ responded_on: '2026-03-10' })]) => ({
  request: requestRow(r),
  stages,
  events: [],
});

describe('escalateRule', () => {
  it('an answered stage 1 may go to stage 2, on time within the window', () => {
    expect(escalateRule(rows(), 2, england, '2026-04-09')).toEqual({ late: false });
  });

  it('a late ask (after the window) is accepted and flagged late', () => {
    expect(escalateRule(rows(), 2, england, '2026-04-10')).toEqual({ late: true });
  });

  it('the same stage again is already done; skipping a stage or going past the last is not allowed', () => {
    expect(
      escalateRule(rows({ stage: 2 }, [stageRow({ responded_on: '2026-03-10' }), stageRow({ stage: 2 })]), 2, england, '2026-03-20'),
    ).toMatchObject({ code: 'already-done' });
    expect(escalateRule(rows(), 3, england, '2026-03-20')).toMatchObject({ code: 'not-allowed', message: 'Ask for stage 2 first.' });
    const walesLast = rows({ nation: 'wales', stage: 2 }, [stageRow(), stageRow({ stage: 2, responded_on: '2026-04-20' })]);
    expect(escalateRule(walesLast, 3, wales, '2026-04-21')).toMatchObject({ code: 'not-allowed' });
  });

  it('only complaints have stages, and a closed one goes no further', () => {
    expect(escalateRule(rows({ kind: 'advocate' }), 2, england, '2026-03-20')).toMatchObject({ code: 'not-allowed' });
    expect(escalateRule(rows({ status: 'closed' }), 2, england, '2026-03-20')).toMatchObject({ code: 'closed' });
  });

  it('before the answer, it waits for the due day, then the council cannot hold it back', () => {
    const waiting = rows({}, [stageRow()]);
    expect(escalateRule(waiting, 2, england, '2026-03-16')).toMatchObject({ code: 'not-allowed', message: expect.stringContaining('2026-03-16') });
    expect(escalateRule(waiting, 2, england, '2026-03-17')).toEqual({ late: false });
  });
});
