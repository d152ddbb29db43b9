// Dates and numbers in the interface language, through one helper. Partial dates ("2024",
// "2024-05", "2024-05-13") follow server/shared/partial-date.ts; here they get their words:
// "May 2024" / "2024年5月". Numbers go through Intl.NumberFormat in the language's locale.
import { periodStart, precisionOf, type Precision } from '../../../server/shared/partial-date.ts';
import { PARTIAL_DATE_PATTERN } from '../../../server/shared/vocabulary.ts';
import { toLocale, type Lang } from './index.ts';

function monthShort(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
}

function words(y: string, month: number | undefined, day: number | undefined, lang: Lang): string {
  if (lang === 'zh') return `${y}年${month !== undefined ? `${month}月` : ''}${day !== undefined ? `${day}日` : ''}`;
  if (month === undefined) return y;
  return day !== undefined ? `${day} ${monthShort(month)} ${y}` : `${monthShort(month)} ${y}`;
}

/** A partial ISO date in words at its own precision: 2024-05 -> "May 2024" / "2024年5月"; anything else is returned as given. */
export function formatDate(d: string | null | undefined, lang: Lang): string {
  if (!d) return '';
  return PARTIAL_DATE_PATTERN.test(d) ? formatDateAt(periodStart(d), precisionOf(d), lang) : d;
}

/** A day key ("2024-05-13") in words at a precision: "13 May 2024" / "May 2024" / "2024" (or 2024年5月13日). */
export function formatDateAt(key: string, precision: Precision, lang: Lang): string {
  const y = key.slice(0, 4);
  const month = precision !== 'year' ? Number(key.slice(5, 7)) : undefined;
  const day = precision === 'day' ? Number(key.slice(8, 10)) : undefined;
  return words(y, month, day, lang);
}

/** A number in the language's locale (Intl.NumberFormat), e.g. 12,345. */
export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(toLocale(lang), options).format(n);
}

/** "3 min ago" in the language; under 45 seconds, `justNow`. */
export function formatTimeAgo(at: number, lang: Lang, justNow: string, now = Date.now()): string {
  const s = Math.round((now - at) / 1000);
  if (s < 45) return justNow;
  const rtf = new Intl.RelativeTimeFormat(toLocale(lang), { numeric: 'auto', style: 'short' });
  if (s < 3600) return rtf.format(-Math.round(s / 60), 'minute');
  if (s < 86400) return rtf.format(-Math.round(s / 3600), 'hour');
  return rtf.format(-Math.round(s / 86400), 'day');
}
