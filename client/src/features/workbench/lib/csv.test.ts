// Unit: CSV export — header, quoting, nodes/relationships/paths/lists as text, formula guard.
import { describe, expect, it } from 'vitest';
import { csvField, downloadName, toCsv } from './csv.ts';

const node = (id: string, name: string) => ({
  id,
  label: 'Agency',
  labels: ['Agency'],
  name,
  properties: { id, name },
  elementId: `4:x:${id}`,
});

describe('CSV', () => {
  it('writes a header row and one CRLF line per row', () => {
    const csv = toCsv(
      ['name', 'count'],
      [
        { name: 'ICAC', count: 3 },
        { name: 'Customs', count: null },
      ],
    );
    expect(csv).toBe('name,count\r\nICAC,3\r\nCustoms,\r\n');
  });

  it('quotes commas, quotes, newlines and edge spaces', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('廉政公署')).toBe('廉政公署');
  });

  it('writes nodes by id, relationships by key, paths as hops, lists and maps as JSON', () => {
    const icac = node('icac', 'ICAC');
    const iaaca = node('iaaca', 'IAACA');
    const rel = {
      id: '5:x:1',
      type: 'MEMBER_OF',
      source: icac.elementId,
      target: iaaca.elementId,
      properties: { key: 'MEMBER_OF:icac->iaaca' },
    };
    const path = { start: icac, segments: [{ start: icac, relationship: rel, end: iaaca }] };
    const back = { start: iaaca, segments: [{ start: iaaca, relationship: rel, end: icac }] };
    const csv = toCsv(['n', 'r', 'p', 'q', 'l', 'm'], [{ n: icac, r: rel, p: path, q: back, l: ['a', 1, icac], m: { a: 1 } }]);
    expect(csv.split('\r\n')[1]).toBe(
      'icac,MEMBER_OF:icac->iaaca,icac-[MEMBER_OF]->iaaca,iaaca<-[MEMBER_OF]-icac,"[""a"",1,""icac""]","{""a"":1}"',
    );
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe('-5');
  });

  it('names downloads with a slug and a timestamp', () => {
    expect(downloadName('Office holders!', 'csv', new Date(2024, 4, 3, 9, 7))).toBe('atlas-office-holders-20240503-0907.csv');
  });
});
