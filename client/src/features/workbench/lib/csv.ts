// CSV export of a result table (RFC 4180, through lib/csv.ts). Nodes are written as their id,
// relationships as their key, lists and maps as JSON. Text that a spreadsheet would run as a
// formula (=, +, -, @ at the start) gets a leading apostrophe.
import { csvCell, csvText } from '../../../lib/csv.ts';
import { cellText, valueKind } from './values.ts';

export { downloadName } from '../../../lib/file-name.ts';

const FORMULA = /^[=+\-@\t\r]/;

function cellValue(v: unknown): string {
  const s = cellText(v);
  return valueKind(v) === 'string' && FORMULA.test(s) ? `'${s}` : s;
}

export function csvField(v: unknown): string {
  return csvCell(cellValue(v));
}

/** The table as CSV text: a header row, then one line per row (no byte-order mark). */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  return csvText([columns.map(cellValue), ...rows.map((row) => columns.map((c) => cellValue(row[c])))]);
}
