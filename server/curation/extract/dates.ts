// Dates in English and Chinese text, resolved to the project's partial ISO dates (YYYY, YYYY-MM,
// YYYY-MM-DD; server/shared/partial-date.ts) and kept partial when the text is: "September 2025"
// is 2025-09, never a made-up day. Relative forms ("today", "this year", "September 8", 今日,
// 今年, 去年, 年內) take the document's date, and only as precisely as the document's date is known.
import { isPartialDate } from '../../shared/partial-date.ts';

export interface FoundDate {
  /** Partial ISO date. */
  value: string;
  /** The words as written. */
  text: string;
  start: number;
  end: number;
  /** True when the year (or the whole date) came from the document's date. */
  relative: boolean;
  /** True for "since July 2024" / "自二零二二年起". */
  since: boolean;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const monthOf = (s: string): number => MONTHS.findIndex((m) => m.startsWith(s.toLowerCase().slice(0, 3))) + 1;
const pad = (n: number) => String(n).padStart(2, '0');

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_NUM = '[零〇○一二三四五六七八九十\\d]';

/** "二零二四" -> 2024 (digit by digit); "十二" -> 12, "二十八" -> 28, "三十一" -> 31; Arabic digits as they are. */
export function chineseNumber(s: string): number | undefined {
  const t = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(t)) return Number(t);
  if (!t.includes('十')) {
    let n = 0;
    for (const ch of t) {
      if (!(ch in ZH_DIGITS)) return undefined;
      n = n * 10 + ZH_DIGITS[ch];
    }
    return t.length ? n : undefined;
  }
  const [tens, units] = t.split('十');
  const a = tens === '' ? 1 : ZH_DIGITS[tens];
  const b = units === '' ? 0 : ZH_DIGITS[units];
  if (a === undefined || b === undefined || tens.length > 1 || units.length > 1) return undefined;
  return a * 10 + b;
}

const docYear = (docDate?: string): number | undefined => (docDate && /^\d{4}/.test(docDate) ? Number(docDate.slice(0, 4)) : undefined);

function make(y: number | undefined, m?: number, d?: number): string | undefined {
  if (y === undefined || y < 1000 || y > 2999) return undefined;
  const v = d !== undefined && m !== undefined ? `${y}-${pad(m)}-${pad(d)}` : m !== undefined ? `${y}-${pad(m)}` : String(y);
  return isPartialDate(v) ? v : undefined;
}

interface Pattern {
  re: RegExp;
  resolve: (m: RegExpExecArray, docDate?: string) => { value?: string; relative: boolean };
}

// Ordered: longer forms first; a later pattern never takes text an earlier one matched.
const PATTERNS: Pattern[] = [
  // 8 September 2025
  {
    re: new RegExp(`\\b(\\d{1,2})\\s+${MONTH_RE}\\.?,?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => ({ value: make(Number(m[3]), monthOf(m[2]), Number(m[1])), relative: false }),
  },
  // September 8, 2025
  {
    re: new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => ({ value: make(Number(m[3]), monthOf(m[1]), Number(m[2])), relative: false }),
  },
  // September 2025
  {
    re: new RegExp(`\\b${MONTH_RE}\\.?,?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => ({ value: make(Number(m[2]), monthOf(m[1])), relative: false }),
  },
  // September 8 / 8 September (year of the document)
  {
    re: new RegExp(`\\b(?:${MONTH_RE}\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH_RE})\\b(?!\\s*,?\\s*\\d{4})`, 'g'),
    resolve: (m, doc) => ({ value: make(docYear(doc), monthOf(m[1] ?? m[4]), Number(m[2] ?? m[3])), relative: true }),
  },
  // "in May this year", "June last year", bare "In July" (year of the document)
  {
    re: new RegExp(`\\b${MONTH_RE}(\\s+(this|last|next)\\s+year)?\\b`, 'g'),
    resolve: (m, doc) => {
      const y = docYear(doc);
      const shift = m[3] === 'last' ? -1 : m[3] === 'next' ? 1 : 0;
      // "May" alone is too often the verb: only with a preposition before it or "this year" after it.
      return { value: make(y === undefined ? undefined : y + shift, monthOf(m[1])), relative: true };
    },
  },
  // this year / last year / next year / today
  {
    re: /\b(this|last|next|during the|in the) year\b|\btoday\b/gi,
    resolve: (m, doc) => {
      if (/today/i.test(m[0])) return { value: doc && isPartialDate(doc) ? doc : undefined, relative: true };
      const y = docYear(doc);
      const shift = m[1].toLowerCase() === 'last' ? -1 : m[1].toLowerCase() === 'next' ? 1 : 0;
      return { value: make(y === undefined ? undefined : y + shift), relative: true };
    },
  },
  // 2025年9月8日, 二零二四年五月, 二〇二四年, 2024年
  {
    re: new RegExp(`(${ZH_NUM}{4})\\s*年(?:\\s*(${ZH_NUM}{1,3})\\s*月(?:\\s*(${ZH_NUM}{1,3})\\s*[日號])?)?`, 'g'),
    resolve: (m) => ({
      value: make(chineseNumber(m[1]), m[2] ? chineseNumber(m[2]) : undefined, m[3] ? chineseNumber(m[3]) : undefined),
      relative: false,
    }),
  },
  // 9月8日, 五月 (year of the document)
  {
    re: new RegExp(`(?<![年\\d零〇○一二三四五六七八九十])(${ZH_NUM}{1,3})\\s*月(?:\\s*(${ZH_NUM}{1,3})\\s*[日號])?`, 'g'),
    resolve: (m, doc) => ({ value: make(docYear(doc), chineseNumber(m[1]), m[2] ? chineseNumber(m[2]) : undefined), relative: true }),
  },
  // 今日, 今天, 本日, 今年, 本年, 年內, 去年, 明年
  {
    re: /今日|今天|本日|今年|本年|年內|年内|去年|明年/g,
    resolve: (m, doc) => {
      if (/日|天/.test(m[0])) return { value: doc && isPartialDate(doc) ? doc : undefined, relative: true };
      const y = docYear(doc);
      const shift = m[0] === '去年' ? -1 : m[0] === '明年' ? 1 : 0;
      return { value: make(y === undefined ? undefined : y + shift), relative: true };
    },
  },
  // 2024 (a year on its own)
  { re: /(?<![\d,.\-/])\b(1[89]\d{2}|20\d{2})\b(?![\d/]|,\d|-\d)/g, resolve: (m) => ({ value: make(Number(m[1])), relative: false }) },
];

/** Every date in `text`, in order, none overlapping. `docDate` resolves the relative forms. */
export function findDates(text: string, docDate?: string): FoundDate[] {
  const taken: [number, number][] = [];
  const out: FoundDate[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      // "May" is a month only after a preposition or before a year/"this year"/a day.
      if (/^May$/.test(m[0]) && !/\b(in|since|from|until|of|by|early|late|mid-?)\s+$/i.test(text.slice(Math.max(0, start - 8), start)))
        continue;
      const { value, relative } = p.resolve(m, docDate);
      if (!value) continue;
      taken.push([start, end]);
      const before = text.slice(Math.max(0, start - 8), start);
      const after = text.slice(end, end + 3);
      const since = /\bsince\s+(early\s+|late\s+)?$/i.test(before) || /[自從]$/.test(before.trimEnd()) || /^\s*(起|以來)/.test(after);
      out.push({ value, text: m[0], start, end, relative, since });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first date of a sentence (or the one nearest `near`, an offset within it). */
export function pickDate(dates: FoundDate[], near?: number): FoundDate | undefined {
  if (!dates.length) return undefined;
  if (near === undefined) return dates[0];
  return [...dates].sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))[0];
}
