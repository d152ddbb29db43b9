// The audit log's CSV export: cells a spreadsheet would run as formulas are defused, quoting is RFC 4180.
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../server/graph/audit.ts';

describe('audit CSV cells', () => {
  it('prefixes a cell that starts like a formula with an apostrophe', () => {
    for (const s of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx']) expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
  });
  it('leaves ordinary cells as they are and quotes commas, quotes and line breaks', () => {
    expect(csvCell('icac')).toBe('icac');
    expect(csvCell('2026-12-07T10:00:00Z')).toBe('2026-12-07T10:00:00Z');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=a,b')).toBe(`"'=a,b"`);
  });
});
