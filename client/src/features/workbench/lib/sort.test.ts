// Unit: sorting result rows — numbers, natural text order, nulls last both ways, stability, the header cycle.
import { describe, expect, it } from 'vitest';
import { compareCells, nextSort, sortRows } from './sort.ts';

describe('sorting', () => {
  const rows = [
    { name: 'item 10', n: 10, d: '2024-05' },
    { name: 'Item 2', n: null, d: '2023' },
    { name: 'item 1', n: 2, d: null },
    { name: 'item 3', n: 2, d: '2024' },
  ];

  it('sorts numbers as numbers and keeps ties in server order', () => {
    expect(sortRows(rows, { column: 'n', dir: 'asc' }).map((r) => r.name)).toEqual(['item 1', 'item 3', 'item 10', 'Item 2']);
  });

  it('puts nulls last in both directions', () => {
    expect(sortRows(rows, { column: 'n', dir: 'desc' }).map((r) => r.n)).toEqual([10, 2, 2, null]);
    expect(sortRows(rows, { column: 'd', dir: 'desc' }).map((r) => r.d)).toEqual(['2024-05', '2024', '2023', null]);
  });

  it('sorts text naturally and case-insensitively', () => {
    expect(sortRows(rows, { column: 'name', dir: 'asc' }).map((r) => r.name)).toEqual(['item 1', 'Item 2', 'item 3', 'item 10']);
  });

  it('sorts nodes by name; numbers before text', () => {
    const a = { id: 'b', label: 'Agency', labels: ['Agency'], name: 'Alpha', properties: {} };
    const z = { id: 'a', label: 'Agency', labels: ['Agency'], name: 'Zulu', properties: {} };
    expect(compareCells(a, z)).toBeLessThan(0);
    expect(compareCells(5, 'a')).toBeLessThan(0);
  });

  it('leaves the rows as they are without a sort, and does not change the input', () => {
    const copy = [...rows];
    expect(sortRows(rows, undefined)).toBe(rows);
    sortRows(rows, { column: 'name', dir: 'desc' });
    expect(rows).toEqual(copy);
  });

  it('cycles a header: ascending, descending, none; another column starts ascending', () => {
    const a = nextSort(undefined, 'x');
    expect(a).toEqual({ column: 'x', dir: 'asc' });
    const b = nextSort(a, 'x');
    expect(b).toEqual({ column: 'x', dir: 'desc' });
    expect(nextSort(b, 'x')).toBeUndefined();
    expect(nextSort(b, 'y')).toEqual({ column: 'y', dir: 'asc' });
  });
});
