import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMESCALES } from '../../shared/requests/clock';
import { parseCouncilSettings, serializeCouncilSettings } from './settings';

describe("a council's clock settings", () => {
  it('default to England and the regulations when missing or damaged', () => {
    expect(parseCouncilSettings('{}')).toMatchObject({ nation: 'england', requestTimescales: null });
    expect(parseCouncilSettings(JSON.stringify({ nation: 'scotland', requestTimescales: { stage1: 'ten' } }))).toMatchObject({
      nation: 'england',
      requestTimescales: null,
    });
  });

  it('keep timescales within the rules, and drop ones that break them', () => {
    const own = { ...DEFAULT_TIMESCALES.wales, stage1: 8 };
    expect(parseCouncilSettings(JSON.stringify({ nation: 'wales', requestTimescales: own }))).toMatchObject({
      nation: 'wales',
      requestTimescales: own,
    });
    // England's panel stage in Welsh settings.
    const english = parseCouncilSettings(JSON.stringify({ nation: 'wales', requestTimescales: DEFAULT_TIMESCALES.england }));
    expect(english.requestTimescales).toBeNull();
  });

  it('write them back with the fields this version does not know', () => {
    const stored = parseCouncilSettings(JSON.stringify({ nation: 'wales', future: 1 }));
    expect(JSON.parse(serializeCouncilSettings(stored))).toMatchObject({ nation: 'wales', requestTimescales: null, future: 1 });
  });
});
