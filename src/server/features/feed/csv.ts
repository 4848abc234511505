// The district log as CSV for spreadsheets. Cells that a spreadsheet would run as a formula are made plain text.
import type { FeedLogRow } from '../../../shared/feed-staff';

const COLUMNS: Array<[keyof FeedLogRow, string]> = [
  ['district', 'District'],
  ['youSaid', 'You said'],
  ['weDid', 'We did (with dated updates)'],
  ['status', 'Status'],
  ['cantDoReason', "Why we can't"],
  ['responsible', 'Responsible'],
  ['startOn', 'Start'],
  ['dueOn', 'Due'],
  ['publishedAt', 'Published'],
  ['lastUpdate', 'Last update'],
  ['updates', 'Updates'],
  ['sources', 'Sources'],
  ['helps', 'This helps'],
  ['notEnough', 'Not enough yet'],
  ['itemId', 'Item id'],
];

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly FeedLogRow[]): string {
  const lines = [COLUMNS.map(([, h]) => csvCell(h)).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([k]) => csvCell(row[k])).join(','));
  // A byte-order mark so spreadsheet programs read Welsh and Arabic letters correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
