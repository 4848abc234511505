// The district log as CSV for spreadsheets. Cells that a spreadsheet would run as a formula are made plain text.
import type { FeedLogRow } from '../../../shared/feed-staff';
import { csvCell, csvText } from '../../lib/csv-cell';

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

export function toCsv(rows: readonly FeedLogRow[]): string {
  const lines = [COLUMNS.map(([, h]) => csvCell(h)).join(',')];
  for (const row of rows) lines.push(COLUMNS.map(([k]) => csvCell(row[k])).join(','));
  return csvText(lines);
}
