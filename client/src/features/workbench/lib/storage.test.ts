// Unit: history and saved queries — ordering, de-duplication, caps, overwrite by name, and a
// corrupt or refusing localStorage.
import { describe, expect, it } from 'vitest';
import { addHistory, deleteSaved, isHistoryEntry, isSavedQuery, readList, saveQuery, writeValue, type HistoryEntry } from './storage.ts';

const entry = (query: string, at: number, params = ''): HistoryEntry => ({ id: `h${at}`, query, params, at });

describe('history', () => {
  it('puts the newest run first and moves a repeated query to the top', () => {
    let h: HistoryEntry[] = [];
    h = addHistory(h, entry('A', 1));
    h = addHistory(h, entry('B', 2));
    h = addHistory(h, { ...entry('A', 3), rows: 5 });
    expect(h.map((x) => [x.query, x.at, x.rows])).toEqual([
      ['A', 3, 5],
      ['B', 2, undefined],
    ]);
  });

  it('keeps the same query with other parameters apart', () => {
    const h = addHistory(addHistory([], entry('A', 1, '{"a":1}')), entry('A', 2, '{"a":2}'));
    expect(h).toHaveLength(2);
  });

  it('is capped', () => {
    let h: HistoryEntry[] = [];
    for (let i = 0; i < 10; i++) h = addHistory(h, entry(`Q${i}`, i), 3);
    expect(h.map((x) => x.query)).toEqual(['Q9', 'Q8', 'Q7']);
  });
});

describe('saved queries', () => {
  it('saves by name, sorted; the same name (any case) replaces it', () => {
    let s = saveQuery([], { name: 'zeta', query: 'RETURN 1', params: '' }, 1);
    s = saveQuery(s, { name: 'Alpha', query: 'RETURN 2', params: '' }, 2);
    const id = s.find((x) => x.name === 'zeta')!.id;
    s = saveQuery(s, { name: 'ZETA', query: 'RETURN 3', params: '{"a":1}' }, 3);
    expect(s.map((x) => [x.name, x.query])).toEqual([
      ['Alpha', 'RETURN 2'],
      ['ZETA', 'RETURN 3'],
    ]);
    expect(s[1].id).toBe(id);
    expect(deleteSaved(s, id).map((x) => x.name)).toEqual(['Alpha']);
  });
});

describe('storage', () => {
  const fake = (data: Record<string, string>) => ({
    getItem: (k: string) => data[k] ?? null,
    setItem: (k: string, v: string) => void (data[k] = v),
  });

  it('reads back what it wrote, keeping only well-formed items', () => {
    const data: Record<string, string> = {};
    const st = fake(data);
    writeValue(st, 'h', [entry('A', 1), { bogus: true }]);
    expect(readList(st, 'h', isHistoryEntry)).toEqual([entry('A', 1)]);
    expect(readList(st, 'none', isSavedQuery)).toEqual([]);
  });

  it('a corrupt value or a refusing storage gives an empty list, never an exception', () => {
    expect(readList(fake({ h: '{not json' }), 'h', isHistoryEntry)).toEqual([]);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(readList(refusing, 'h', isHistoryEntry)).toEqual([]);
    expect(writeValue(refusing, 'h', [])).toBe(false);
    expect(writeValue(undefined, 'h', [])).toBe(false);
  });
});
