// Partial ISO dates ("2024", "2024-05", "2024-05-13") on a time axis, as the API places them:
// a partial date sits at the START of the period it names ("2024" at 2024-01-01) and, for
// window tests, lasts to the end of that period. Plain string keys ("YYYY-MM-DD") sort in time order.
import type { Lang } from '../../../lib/view-state.ts';

export type Precision = 'year' | 'month' | 'day';
export type Granularity = Precision;

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export function isPartialDate(v: unknown): v is string {
  return typeof v === 'string' && PARTIAL_DATE.test(v);
}

export function precisionOf(d: string): Precision {
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

/** First day of the period: "2024" -> "2024-01-01", "2024-05" -> "2024-05-01". */
export function periodStart(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** An upper bound for the period, as the server's window uses it: "2024" -> "2024-12-31", "2024-05" -> "2024-05-31". */
export function periodEnd(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
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
export function truncateKey(key: string, g: Granularity): string {
  if (g === 'year') return `${key.slice(0, 4)}-01-01`;
  if (g === 'month') return `${key.slice(0, 7)}-01`;
  return key;
}

/** A day key ("2024-05-13") in words, at a precision: "13 May 2024" / "May 2024" / "2024" (or 2024年5月13日). */
export function formatKey(key: string, precision: Precision, lang: Lang): string {
  const y = key.slice(0, 4);
  const m = Number(key.slice(5, 7));
  const d = Number(key.slice(8, 10));
  if (lang === 'zh') return `${y}年${precision !== 'year' ? `${m}月` : ''}${precision === 'day' ? `${d}日` : ''}`;
  if (precision === 'year') return y;
  const month = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return precision === 'day' ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** A partial date in words at its own precision. */
export function formatPartial(d: string, lang: Lang): string {
  return formatKey(periodStart(d), precisionOf(d), lang);
}
