// Unit: the reference CSVs are read with csv-parse into records keyed by the header row, with the
// rules the seed's files rely on (BOM, trimming, quoting, blank rows, ragged rows).
import { describe, expect, it } from 'vitest';
import { parseReferenceCsv, readReferenceFiles } from '../../server/seed/seed-files.ts';

describe('parseReferenceCsv', () => {
  it('keys records by the trimmed header row and drops a BOM', () => {
    expect(parseReferenceCsv('\uFEFF country , iso3\nChina,CHN\r\nJapan,JPN\n')).toEqual([
      { country: 'China', iso3: 'CHN' },
      { country: 'Japan', iso3: 'JPN' },
    ]);
  });

  it('reads quoted fields: commas, newlines and doubled quotes inside, spaces around and inside trimmed', () => {
    expect(parseReferenceCsv('a,b\n"Korea, Republic of", "said ""yes""\nthen"\n" x ",y\n')).toEqual([
      { a: 'Korea, Republic of', b: 'said "yes"\nthen' },
      { a: 'x', b: 'y' },
    ]);
  });

  it('skips blank rows (before the header too), fills short rows with "" and drops extra fields', () => {
    expect(parseReferenceCsv('\n , \na,b,c\n\n1\n  ,  ,\n1,2,3,4\n')).toEqual([
      { a: '1', b: '', c: '' },
      { a: '1', b: '2', c: '3' },
    ]);
    expect(parseReferenceCsv('')).toEqual([]);
    expect(parseReferenceCsv('a,b\n')).toEqual([]);
  });

  it('reads every reference file of the seed', () => {
    const files = readReferenceFiles();
    expect(files['uncac_parties.csv']).toHaveLength(182);
    expect(files['wco_members.csv']).toHaveLength(181);
    for (const [file, rows] of Object.entries(files)) {
      expect({ file, empty: rows.length === 0 }).toEqual({ file, empty: false });
      for (const row of rows) for (const v of Object.values(row)) expect(v).toBe(v.trim());
    }
  });
});
