// Sorting a result table by one column. Numbers compare as numbers, text naturally ("item 2"
// before "item 10", case-insensitive), dates as text (ISO sorts itself), nodes by name. Empty
// cells (null) go last in both directions; ties keep the server's order.
import type { GraphNode } from '../../../../../server/shared/contracts.ts';
import { cellText, valueKind } from './values.ts';

export type SortDir = 'asc' | 'desc';
export interface SortSpec {
  column: string;
  dir: SortDir;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const RANK: Record<string, number> = { number: 0, boolean: 1, string: 2, node: 2, relationship: 3, path: 4, list: 5, map: 6 };

function sortText(v: unknown): string {
  return valueKind(v) === 'node' ? (v as GraphNode).name : cellText(v);
}

/** Compares two non-null cells, ascending. */
export function compareCells(a: unknown, b: unknown): number {
  const ka = valueKind(a);
  const kb = valueKind(b);
  if (ka === 'number' && kb === 'number') return Number(a) - Number(b);
  if (ka === 'boolean' && kb === 'boolean') return Number(a) - Number(b);
  const ra = RANK[ka] ?? 9;
  const rb = RANK[kb] ?? 9;
  if (ra !== rb) return ra - rb;
  if (ka === 'list' && kb === 'list') {
    const la = (a as unknown[]).length;
    const lb = (b as unknown[]).length;
    if (la !== lb) return la - lb;
  }
  return collator.compare(sortText(a), sortText(b));
}

/** The rows sorted by a column (a new array); nulls last whatever the direction; stable. */
export function sortRows<T extends Record<string, unknown>>(rows: T[], spec: SortSpec | undefined): T[] {
  if (!spec) return rows;
  const sign = spec.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      const a = x.row[spec.column];
      const b = y.row[spec.column];
      const na = a === null || a === undefined;
      const nb = b === null || b === undefined;
      if (na || nb) return na && nb ? x.i - y.i : na ? 1 : -1;
      return sign * compareCells(a, b) || x.i - y.i;
    })
    .map((x) => x.row);
}

/** Clicking a header: ascending, then descending, then back to the server's order. */
export function nextSort(current: SortSpec | undefined, column: string): SortSpec | undefined {
  if (!current || current.column !== column) return { column, dir: 'asc' };
  if (current.dir === 'asc') return { column, dir: 'desc' };
  return undefined;
}
