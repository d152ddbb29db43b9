// Partial ISO dates on a time axis: the rule itself is server/shared/partial-date.ts (re-exported
// here for the timeline); this module adds the words for a date at a precision.
import type { Lang } from '../../../lib/view-state.ts';

export {
  coarser,
  finer,
  isPartialDate,
  periodEnd,
  periodStart,
  precisionOf,
  truncateKey,
  type Precision,
} from '../../../../../server/shared/partial-date.ts';
import type { Precision } from '../../../../../server/shared/partial-date.ts';
import { periodStart, precisionOf } from '../../../../../server/shared/partial-date.ts';
export type Granularity = Precision;

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
