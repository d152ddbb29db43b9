// Integration: the tokenizer's idea of Cypher whitespace is the database's own. For every
// candidate character, the database is asked to plan `LOAD<c>CSV …` and `SHOW<c>SETTINGS`; each
// one it accepts must be whitespace to the tokenizer and refused by the console's text screen.
import { afterAll, describe, expect, it } from 'vitest';
import { CYPHER_WHITESPACE, tokenize } from '../../server/console/cypher-lexer.ts';
import { screenQuery } from '../../server/console/screen.ts';
import { testDb } from '../setup/harness.ts';

const db = testDb();
afterAll(() => db.close());

const candidates = new Set<number>();
for (let c = 0; c <= 0xff; c++) candidates.add(c);
for (let c = 0; c <= 0xffff; c++) if (/[\p{Zs}\p{Zl}\p{Zp}\p{Cf}]/u.test(String.fromCharCode(c))) candidates.add(c);
for (const c of [0x180e, 0x3000, 0xfeff, 0x2060]) candidates.add(c);

async function accepts(query: string, operator: string): Promise<boolean> {
  try {
    const res = await db.read(`EXPLAIN ${query}`);
    return JSON.stringify(res.summary.plan).includes(operator);
  } catch {
    return false;
  }
}

const screened = (q: string) => {
  try {
    screenQuery(q, { maxQueryLength: 10000, maxNesting: 32 });
    return false;
  } catch {
    return true;
  }
};

describe('Cypher whitespace: the tokenizer against the database', () => {
  it('every character the database takes as a keyword separator is whitespace to the tokenizer, and refused', async () => {
    const dbWhitespace: number[] = [];
    for (const c of candidates) {
      const ch = String.fromCharCode(c);
      const load = await accepts(`LOAD${ch}CSV FROM 'http://127.0.0.1:1/' AS r RETURN r`, 'LoadCSV');
      const show = await accepts(`SHOW${ch}SETTINGS`, 'ShowSettings');
      if (load || show) {
        dbWhitespace.push(c);
        expect(
          tokenize(`LOAD${ch}CSV`).map((t) => t.value),
          `U+${c.toString(16)}`,
        ).toEqual(['LOAD', 'CSV']);
        expect(screened(`LOAD${ch}CSV FROM 'http://127.0.0.1:1/' AS r RETURN r`)).toBe(true);
        expect(screened(`SHOW${ch}SETTINGS`)).toBe(true);
      }
    }
    // Both directions: the tokenizer does not treat more characters as whitespace than the database does.
    const candidatesInSet = [...CYPHER_WHITESPACE].filter((c) => candidates.has(c)).sort((a, b) => a - b);
    expect(dbWhitespace.sort((a, b) => a - b)).toEqual(candidatesInSet);
    expect(dbWhitespace.length).toBe(CYPHER_WHITESPACE.size);
  }, 240000);
});
