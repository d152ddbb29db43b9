// The entity ids a result's rows hold when they return ids rather than nodes (the curated
// library's queries mostly do): columns whose strings are all ids, lists of ids, maps with an
// `id`, and nodes. Deterministic: rows in server order, columns left to right, first seen first;
// capped, since the ids travel in a URL (GET /api/node-refs, then the explorer's `pins`).
import { PARTIAL_DATE_PATTERN, isId } from '../../../../../server/shared/vocabulary.ts';
import { valueKind } from './values.ts';
import type { GraphNode } from '../../../../../server/shared/contracts.ts';

/** Ids asked about at most (the explorer pins at most as many; the server checks at most as many). */
export const MAX_ID_CANDIDATES = 200;

/** The id-like strings in one value: an id string, a node, a map's `id`, and those inside lists. */
function idsIn(v: unknown, depth = 0): string[] {
  switch (valueKind(v)) {
    case 'string':
      return isId(v) ? [v as string] : [];
    case 'node':
      return isId((v as GraphNode).id) ? [(v as GraphNode).id] : [];
    case 'list':
      return depth > 1 ? [] : (v as unknown[]).flatMap((x) => idsIn(x, depth + 1));
    case 'map': {
      const id = (v as Record<string, unknown>).id;
      return isId(id) ? [id] : [];
    }
    default:
      return [];
  }
}

/** Whether every string a column holds (directly or in lists) is an id: a column of names or years with one slug-like value is not an id column. */
export function isIdColumn(rows: Record<string, unknown>[], column: string): boolean {
  let seen = false;
  for (const row of rows) {
    const v = row[column];
    const strings = valueKind(v) === 'string' ? [v] : valueKind(v) === 'list' ? (v as unknown[]).filter((x) => typeof x === 'string') : [];
    for (const s of strings) {
      // Years and dates (2024, 2003-12-09) look like slugs but are no ids.
      if (!isId(s) || /^\d+$/.test(s) || PARTIAL_DATE_PATTERN.test(s)) return false;
      seen = true;
    }
    if (
      ['node', 'map'].includes(valueKind(v)) ||
      (valueKind(v) === 'list' && (v as unknown[]).some((x) => ['node', 'map'].includes(valueKind(x))))
    )
      seen = true;
  }
  return seen;
}

/** The columns whose values are ids, lists of ids, maps with an id, or nodes. */
export function idColumns(columns: string[], rows: Record<string, unknown>[]): Set<string> {
  return new Set(columns.filter((c) => isIdColumn(rows, c)));
}

/** The candidate entity ids of a result, first seen first, at most `max`. */
export function resultIds(columns: string[], rows: Record<string, unknown>[], max = MAX_ID_CANDIDATES): string[] {
  const cols = [...idColumns(columns, rows)];
  const out = new Set<string>();
  for (const row of rows) {
    for (const c of cols) {
      for (const id of idsIn(row[c])) {
        out.add(id);
        if (out.size >= max) return [...out];
      }
    }
  }
  return [...out];
}
