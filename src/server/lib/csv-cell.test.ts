import { describe, expect, it } from 'vitest';
import { csvCell } from './csv-cell';

describe('csvCell', () => {
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
  it('quotes semicolons, tabs and line breaks, which spreadsheets may split on', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
    // Split on a semicolon, an unquoted "x;=1+1" would leave "=1+1" as a cell of its own.
    expect(csvCell('x;=1+1')).toBe('"x;=1+1"');
    expect(csvCell('plain words')).toBe('plain words');
  });
  it('guards formulas after leading spaces, line breaks and quote marks, and in fullwidth forms', () => {
    for (const cell of [
      '=1+1',
      '+1+1',
      '-1+1',
      '@SUM(A1)',
      '\t=1+1',
      '\r=1+1',
      '  =1+1',
      '\n=1+1',
      '"=1+1',
      "'=1+1",
      ' "\'=1+1',
      '\u00a0=1',
      '\uff1d1+1',
      '\uff0b1',
    ]) {
      const out = csvCell(cell);
      // The cell starts (inside its quotes, if any) with the apostrophe that makes it text.
      expect(out.replace(/^"/, '').startsWith("'"), JSON.stringify(cell)).toBe(true);
      expect(out).toContain(cell.replace(/"/g, '""'));
    }
    // Numbers are numbers, never guarded (a count of -1 cannot happen, but a number is never a formula).
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell('1-1')).toBe('1-1');
    expect(csvCell('e-mail')).toBe('e-mail');
  });
});
