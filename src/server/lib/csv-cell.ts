// One CSV cell, safe to open in a spreadsheet: formulas made plain text, separators and quotes quoted.
/**
 * A cell a spreadsheet would run as a formula: one starting with = + - @ (or their fullwidth forms), a tab or a carriage
 * return — also after leading spaces, line breaks or quote marks, which some programs skip before reading a formula.
 */
const FORMULA = /^[\s"'\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;
/**
 * Characters that make a spreadsheet split or end a cell when it guesses the separator (comma, semicolon in much of
 * Europe, tab) or the line: such a cell is quoted.
 */
const NEEDS_QUOTES = /[",;\t\n\r']/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A byte-order mark so spreadsheet programs read Welsh and Arabic letters correctly, then the lines. */
export function csvText(lines: readonly string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
