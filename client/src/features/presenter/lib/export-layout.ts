// How an exported chart's words fit a 16:9 slide, never cut: text wrapped to a width with a
// measure function passed in (words break at spaces, Chinese between any two characters, a word
// longer than a line at any character), and the footnote (numbered milestones, numbered sources)
// packed compactly, several items to a line. The rule:
//  - the footnote gets at most `maxLines` lines on the first page (the chart keeps the rest of
//    the frame); items run on after one another, a section (milestones, sources) starts a line;
//  - when it needs more, the first page ends with a "continued" line and the rest goes onto
//    further pages of the same size, `pageLines` lines each;
//  - every item appears whole, in order, across the pages (the tests put them back together).
import type { Measure } from './chart-layout.ts';

/** A piece of one item on one line (an item may wrap over several lines). */
export interface LinePart {
  /** Index of the item in its section, or -1 for the section's heading. */
  item: number;
  section: number;
  text: string;
}

export interface FootLine {
  parts: LinePart[];
  /** The line as drawn. */
  text: string;
}

export interface FootSection {
  heading: string;
  items: string[];
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Break opportunities: a word with the spaces after it, or one Chinese character (with any spaces after it). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (CJK.test(ch)) {
      if (cur) {
        out.push(cur);
        cur = '';
      }
      // A CJK character is a token of its own (spaces after it join it).
      out.push(ch);
    } else if (ch === ' ') {
      if (!cur && out.length) out[out.length - 1] += ch;
      else cur += ch;
    } else {
      if (cur.endsWith(' ')) {
        out.push(cur);
        cur = '';
      }
      cur += ch;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Splits a token wider than the line at characters. */
function splitLong(tok: string, width: number, w: (s: string) => number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of tok) {
    if (cur && w(cur + ch) > width) {
      out.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** Text wrapped to lines no wider than `width` (trailing spaces do not count); nothing dropped. */
export function wrapText(text: string, width: number, measure: Measure, fontSize: number, bold = false, firstWidth = width): string[] {
  const w = (s: string) => measure(s.trimEnd(), fontSize, bold);
  const lines: string[] = [];
  let cur = '';
  let limit = firstWidth;
  for (const tok of tokens(text)) {
    if (w(cur + tok) <= limit) {
      cur += tok;
      continue;
    }
    // A new line (the first may be shorter: an item starting after a heading leaves it empty
    // rather than breaking a word that would fit a whole line).
    if (cur || (limit < width && w(tok) <= width)) {
      lines.push(cur);
      limit = width;
    }
    if (w(tok) <= limit) cur = tok;
    else {
      const pieces = splitLong(tok, limit, w);
      lines.push(...pieces.slice(0, -1));
      limit = width;
      cur = pieces[pieces.length - 1] ?? '';
    }
  }
  if (cur || !lines.length) lines.push(cur);
  return lines;
}

export interface FootnoteInput {
  sections: FootSection[];
  width: number;
  measure: Measure;
  fontSize: number;
  /** Between two items on one line. */
  separator: string;
}

/** The footnote's lines: each section starts a line with its heading, items run on, wrapping where needed. */
export function footnoteLines(p: FootnoteInput): FootLine[] {
  const lines: FootLine[] = [];
  const width = (s: string) => p.measure(s.trimEnd(), p.fontSize);
  p.sections.forEach((sec, si) => {
    if (!sec.items.length) return;
    let line: FootLine = { parts: [{ item: -1, section: si, text: `${sec.heading} ` }], text: `${sec.heading} ` };
    const push = () => {
      line.text = line.text.trimEnd();
      lines.push(line);
    };
    sec.items.forEach((item, ii) => {
      // Items on one line are set apart; the first after the heading or at a line's start is not.
      const lead = line.parts.some((x) => x.item >= 0) ? p.separator : '';
      if (width(line.text + lead + item) <= p.width) {
        line.parts.push({ item: ii, section: si, text: lead + item });
        line.text += lead + item;
        return;
      }
      // Does not fit on what is left of this line: start the item on a new line (unless the line
      // holds only the heading), wrapped to as many lines as it needs.
      const onHeading = !line.parts.some((x) => x.item >= 0);
      const room = onHeading ? p.width - width(line.text) : p.width;
      if (!onHeading) {
        push();
        line = { parts: [], text: '' };
      }
      const pieces = wrapText(item, p.width, p.measure, p.fontSize, false, room);
      pieces.forEach((piece, k) => {
        if (k > 0) {
          push();
          line = { parts: [], text: '' };
        }
        line.parts.push({ item: ii, section: si, text: piece });
        line.text += piece;
      });
    });
    push();
  });
  return lines;
}

export interface Paged {
  /** The first page's footnote lines (ending with the "continued" line when there are more pages). */
  first: string[];
  /** The lines of each further page. */
  more: string[][];
  /** Every line as laid out (for tests: every item whole). */
  all: FootLine[];
}

/** Splits the footnote over pages: at most `maxLines` on the first (one of them "continued" when it overflows), `pageLines` on each further page. */
export function paginate(all: FootLine[], maxLines: number, pageLines: number, continued: (pages: number) => string): Paged {
  if (all.length <= maxLines) return { first: all.map((l) => l.text), more: [], all };
  const firstN = Math.max(0, maxLines - 1);
  const rest = all.slice(firstN).map((l) => l.text);
  const more: string[][] = [];
  for (let i = 0; i < rest.length; i += Math.max(1, pageLines)) more.push(rest.slice(i, i + Math.max(1, pageLines)));
  return { first: [...all.slice(0, firstN).map((l) => l.text), continued(more.length + 1)], more, all };
}

/** The text of each item put back together from the lines it was laid out on (tests: nothing cut). */
export function itemsFromLines(all: readonly FootLine[], section: number, separator: string): string[] {
  const out: string[] = [];
  for (const l of all)
    for (const part of l.parts) {
      if (part.section !== section || part.item < 0) continue;
      const text = out[part.item] === undefined && part.text.startsWith(separator) ? part.text.slice(separator.length) : part.text;
      out[part.item] = (out[part.item] ?? '') + text;
    }
  return out;
}

/** ①…㊿ for milestone numbers (as on the chart's badges), "(n)" beyond. */
export function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}
