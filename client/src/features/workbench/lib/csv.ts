// CSV export of a result table (RFC 4180: CRLF, quoted fields, doubled quotes). Nodes are
// written as their id, relationships as their key, lists and maps as JSON. Text that a
// spreadsheet would run as a formula (=, +, -, @ at the start) gets a leading apostrophe.
import { cellText, valueKind } from './values.ts';

const FORMULA = /^[=+\-@\t\r]/;

export function csvField(v: unknown): string {
  let s = cellText(v);
  if (valueKind(v) === 'string' && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV text: a header row, then one line per row (no byte-order mark). */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name for a download: atlas-<what>-<YYYYMMDD-HHMM>.<ext>. */
export function downloadName(what: string, ext: string, at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}`;
  const slug =
    what
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'query';
  return `atlas-${slug}-${stamp}.${ext}`;
}
