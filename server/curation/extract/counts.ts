// Published figures in English and Chinese: "over 180 member organisations", "more than 170 member
// states", "nearly 130 delegations", "185個海關", "成員逾 200 個", with their qualifier: over /
// more than / at least / 逾 / 超過 make a lower bound (≥), nearly / about / around / 近 / 約 an
// approximation (≈). Whether a figure is a membership count (MembershipCount) or another figure
// (Statistic) is read from its unit and the words around it.
import { chineseNumber } from './dates.ts';

export type Qualifier = '=' | '≥' | '≈' | '≤';

export interface FoundCount {
  count: number;
  unit: string;
  qualifier: Qualifier;
  /** A count of members (MembershipCount) rather than another figure (Statistic). */
  membership: boolean;
  text: string;
  start: number;
  end: number;
  /** The second figure of "grew from A to B": as of the document's date. */
  latest?: boolean;
}

const NUMBER = '(\\d{1,3}(?:[ ,\u00a0]\\d{3})+|\\d+)';
const EN_QUAL =
  '(over|more than|at least|no fewer than|no less than|nearly|almost|about|around|approximately|some|up to|fewer than|less than)';
// Units after the number, longest first. The first capture is the unit as written.
const EN_UNITS =
  'member organi[sz]ations|member states|member countries|member administrations|member economies|member authorities|member agencies|members|states parties|' +
  'customs administrations|anti-corruption agencies|anti-corruption and related organi[sz]ations|organi[sz]ations|agencies|authorities|ACAs|jurisdictions|countries(?:/territories)?|economies|' +
  'delegates|delegations|participants|representatives|speakers|officials|visitors|students|heads of customs organi[sz]ations|bilateral meetings|international or regional activities|anti-corruption practitioners';

const EN_RE = new RegExp(`(?:\\b${EN_QUAL}\\s+)?${NUMBER}\\s+(?:[A-Za-z/-]+\\s+){0,2}?(${EN_UNITS})\\b`, 'gi');
// "membership grew from 122 in early 2022 ... to 180": both are member counts.
const EN_GREW_RE = /membership\s+(?:grew|rose|increased|expanded)\s+from\s+(\d[\d,]*)[^.;]*?\bto\s+(\d[\d,]*)/gi;

const ZH_NUMBER = '(\\d[\\d,，\\s]*\\d|\\d|[零〇一二三四五六七八九十百千]+)';
const ZH_QUAL = '(逾|超過|多於|最少|至少|近|約|大約|接近)';
const ZH_UNITS = '會員機構|成員機構|會員|成員|海關|機構|國家|司法管轄區|代表團|代表|講者|訪問團|名官員|反貪機構|訪客';
// 185個海關, 超過 30 位來自世界各地的講者 (a few words may sit between the classifier and the unit)
const ZH_RE = new RegExp(`${ZH_QUAL}?\\s*${ZH_NUMBER}\\s*(個|名|位|間)?([^\\d，。；、]{0,16}?)(${ZH_UNITS})(?![或及和、])`, 'g');
// 會員機構數目已經由 ... 122個，增加至180個
const ZH_GREW_RE = /(?:會員|成員)[^。；]*?由[^。；]*?(\d[\d,]*)\s*個[^。；]*?增加至\s*(\d[\d,]*)\s*個/g;
// 成員逾 200 個, 會員機構數目 ... 180個
const ZH_NOUN_FIRST_RE = new RegExp(`(會員機構|成員機構|會員|成員)(?:數目)?\\s*${ZH_QUAL}\\s*${ZH_NUMBER}\\s*(個|名)`, 'g');

const UNIT_EN: Record<string, string> = {
  會員機構: 'member organisations',
  成員機構: 'member organisations',
  會員: 'members',
  成員: 'members',
  海關: 'customs administrations',
  機構: 'organisations',
  反貪機構: 'anti-corruption agencies',
  國家: 'countries',
  司法管轄區: 'jurisdictions',
  代表團: 'delegations',
  訪問團: 'delegations',
  代表: 'delegates',
  講者: 'speakers',
  名官員: 'officials',
  訪客: 'visitors',
};

function qualifierOf(q: string | undefined): Qualifier {
  if (!q) return '=';
  if (/^(over|more than|at least|no fewer than|no less than|逾|超過|多於|最少|至少)$/i.test(q)) return '≥';
  if (/^(up to|fewer than|less than)$/i.test(q)) return '≤';
  return '≈';
}

const parseNumber = (s: string): number | undefined => {
  const digits = s.replace(/[ ,，\u00a0\s]/g, '');
  if (/^\d+$/.test(digits)) return Number(digits);
  return chineseNumber(digits);
};

const isMembership = (unit: string, context: string): boolean =>
  /member|states parties|會員|成員/i.test(unit) || /\b(membership|members?)\b|會員|成員/i.test(context);

/** Every figure in `sentence`, with offsets relative to it. */
export function findCounts(sentence: string): FoundCount[] {
  const out: FoundCount[] = [];
  const taken = (s: number, e: number) => out.some((c) => s < c.end && e > c.start);
  for (const m of [...sentence.matchAll(EN_GREW_RE), ...sentence.matchAll(ZH_GREW_RE)]) {
    const first = m.index + m[0].indexOf(m[1]);
    const second = m.index + m[0].lastIndexOf(m[2]);
    for (const [v, at, latest] of [
      [m[1], first, false],
      [m[2], second, true],
    ] as const) {
      const n = parseNumber(v);
      if (n !== undefined)
        out.push({
          count: n,
          unit: 'members',
          qualifier: '=',
          membership: true,
          text: v,
          start: at,
          end: at + v.length,
          ...(latest ? { latest } : {}),
        });
    }
  }
  for (const m of sentence.matchAll(EN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const n = parseNumber(m[2]);
    // Years are not counts ("in 2024 delegates ..."), nor ordinals or ages.
    if (n === undefined || taken(start, end) || (n >= 1900 && n <= 2100 && !m[1])) continue;
    const unit = m[3].toLowerCase().replace('organizations', 'organisations');
    const context = sentence.slice(Math.max(0, start - 40), Math.min(sentence.length, end + 20));
    out.push({
      count: n,
      unit,
      qualifier: qualifierOf(m[1]),
      membership: isMembership(unit, context) && !/delegat|participant|speaker|visitor|student|official|represent/i.test(unit),
      text: m[0],
      start,
      end,
    });
  }
  for (const re of [ZH_NOUN_FIRST_RE, ZH_RE]) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (taken(start, end)) continue;
      const nounFirst = re === ZH_NOUN_FIRST_RE;
      const num = nounFirst ? m[3] : m[2];
      const unitZh = nounFirst ? m[1] : m[5];
      const n = parseNumber(num);
      if (n === undefined || n === 0) continue;
      // Chinese numerals count only with a classifier (三個國家), not inside names (一帶一路).
      if (!/\d/.test(num) && !(nounFirst ? m[4] : m[3])) continue;
      // 二零二四年 is a year, not a count; a bare number followed by 年/月 too.
      if (/^[零〇一二三四五六七八九]{4}$/.test(num)) continue;
      const unit = UNIT_EN[unitZh] ?? unitZh;
      const context = sentence.slice(Math.max(0, start - 20), Math.min(sentence.length, end + 10));
      out.push({
        count: n,
        unit,
        qualifier: qualifierOf(nounFirst ? m[2] : m[1]),
        membership: isMembership(unitZh, context) && !/代表|講者|訪客|官員/.test(unitZh),
        text: m[0].trimStart(),
        start,
        end,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
