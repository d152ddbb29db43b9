// CSV text (RFC 4180: CRLF line ends, quoted fields, doubled quotes) through csv-stringify.
// Fields with leading or trailing blanks are quoted too, so a spreadsheet keeps them.
import { stringify } from 'csv-stringify/browser/esm/sync';

const OPTIONS = { record_delimiter: 'windows', quoted_match: /^\s|\s$|[\r\n]/, eof: true } as const;

/** Rows of already-written cells as CSV; `bom` starts the text with U+FEFF (Excel reads UTF-8 then). */
export function csvText(rows: string[][], { bom = false }: { bom?: boolean } = {}): string {
  return stringify(rows, { ...OPTIONS, bom });
}

/** One cell as it appears in CSV text. */
export function csvCell(s: string): string {
  return stringify([[s]], { ...OPTIONS, eof: false });
}
