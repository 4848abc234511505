import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('csv', () => {
  it('writes a header and one line per row', () => {
    const csv = toCsv([
      {
        itemId: 'i1',
        district: 'North',
        youSaid: 'Same worker',
        weDid: 'New teams',
        status: 'done',
        cantDoReason: null,
        responsible: 'Head of Service',
        startOn: '2026-01-01',
        dueOn: null,
        publishedAt: '2026-01-02',
        lastUpdate: '2026-02-01',
        updates: 1,
        sources: 'theme t1',
        helps: 4,
        notEnough: 1,
      },
    ]);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^District,You said/);
    expect(lines[1]).toBe('North,Same worker,New teams,done,,Head of Service,2026-01-01,,2026-01-02,2026-02-01,1,theme t1,4,1,i1');
  });
});
