// Partial ISO dates ("2024", "2024-05", "2024-05-13"): the one rule both sides use. A partial
// date names a period; it sorts at the START of that period ("2024" at 2024-01-01), and a
// window test lets it last to the END of the period. Day keys ("YYYY-MM-DD") sort as strings.
import { PARTIAL_DATE_PATTERN } from './vocabulary.ts';

export type Precision = 'year' | 'month' | 'day';
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** A well-formed partial date whose day, if given, exists (2024-02-30 does not). */
export function isPartialDate(v: unknown): v is string {
  if (typeof v !== 'string' || !PARTIAL_DATE_PATTERN.test(v)) return false;
  if (v.length < 10) return true;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export function precisionOf(d: string): Precision {
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

/** First day of the period: "2024" -> "2024-01-01", "2024-05" -> "2024-05-01". */
export function periodStart(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/**
 * An upper bound for the period, comparable as a string: "2024" -> "2024-12-31",
 * "2024-05" -> "2024-05-31" (every day of May sorts at or before it, whatever the month's length).
 */
export function periodEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** Orders partial dates: by the start of their period, then the less precise first. */
export function compareDates(a: string, b: string): number {
  const ka = periodStart(a);
  const kb = periodStart(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return RANK[precisionOf(a)] - RANK[precisionOf(b)];
}

/** The finer of two precisions. */
export function finer(a: Precision, b: Precision): Precision {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The coarser of two precisions. */
export function coarser(a: Precision, b: Precision): Precision {
  return RANK[a] <= RANK[b] ? a : b;
}

/** A day key cut to the start of its month or year. */
export function truncateKey(key: string, g: Precision): string {
  if (g === 'year') return `${key.slice(0, 4)}-01-01`;
  if (g === 'month') return `${key.slice(0, 7)}-01`;
  return key;
}
