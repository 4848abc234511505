import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and new lines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nline')).toBe('"line\nline"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });
  it('never lets a cell run as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+2')).toBe(`"'-1+2"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
  });
  it('writes a header and one line per row', () => {
    const csv = toCsv([
      {
        itemId: 'i1', district: 'North', youSaid: 'Same worker', weDid: 'New teams', status: 'done', cantDoReason: null,
        responsible: 'Head of Service', startOn: '2026-01-01', dueOn: null, publishedAt: '2026-01-02', lastUpdate: '2026-02-01',
        updates: 1, sources: 'theme t1', helps: 4, notEnough: 1,
      },
    ]);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^District,You said/);
    expect(lines[1]).toBe('North,Same worker,New teams,done,,Head of Service,2026-01-01,,2026-01-02,2026-02-01,1,theme t1,4,1,i1');
  });
});
