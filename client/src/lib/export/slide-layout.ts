// A network exported as a slide: 16:9 (1920x1080, or 3840x2160 at twice the scale) with a title,
// a subtitle and the date on top, the picture filling the middle, and a compact numbered source
// footnote at the bottom. The footnote never cuts a source: sources run on after one another
// ("[1] … · [2] …"), wrapped at spaces; when they need more than FOOT_MAX_LINES lines, the slide
// lists those that fit and says the rest continue, and further pages of the same size carry the
// rest (whole, in order). Pure: text widths come from the `measure` the caller passes.
import { wrapText, type Measure } from '../text-wrap.ts';

export const SLIDE_SIZES = { hd: { width: 1920, height: 1080 }, uhd: { width: 3840, height: 2160 } } as const;
export type SlideSize = keyof typeof SLIDE_SIZES;

/** Type sizes and spacing at 1920x1080 (scaled with the slide). */
export const SLIDE_TYPE = { pad: 44, title: 38, subtitle: 21, foot: 16, footLine: 22, gap: 14, pageSource: 22, pageLine: 32 } as const;
/** Footnote lines on the slide itself; more go on further pages. */
export const FOOT_MAX_LINES = 4;

export interface SlideText {
  title: string;
  subtitle: string;
  /** The date of the export, kept whole at the end of the subtitle (or on a line of its own). */
  date: string;
  /** The footnote's lead-in with its punctuation ("Sources:", "資料來源："). */
  sourcesHeading: string;
  /** The sources, in citation order (numbered from 1). */
  sources: string[];
  /** "Sources {from}–{to} continue on the next page", filled in by the layout. */
  continued: (from: number, to: number) => string;
  /** The heading of a continuation page ("Sources (continued)"). */
  pageHeading: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SlideLayout {
  width: number;
  height: number;
  /** Multiplier of the 1920x1080 type sizes. */
  k: number;
  title: string[];
  subtitle: string[];
  /** Where the picture goes. */
  body: Rect;
  /** Footnote lines on the slide (the last may be the "continue" line). */
  foot: string[];
  footTop: number;
  /** Continuation pages: lines of whole sources. */
  pages: string[][];
  /** How many sources the slide itself lists. */
  onSlide: number;
}

export type Measurer = (text: string, px: number, bold?: boolean) => number;

const numbered = (sources: string[]) => sources.map((s, i) => `[${i + 1}] ${s}`);

/** Sources run on after one another, each whole, within `width`: the lines and how many sources fit in `maxLines`. */
export function runOn(items: string[], width: number, measure: Measure, maxLines: number, lead = ''): { lines: string[]; fitted: number } {
  const lines: string[] = [];
  let line = lead;
  let fitted = 0;
  let itemsOnLine = 0;
  for (const item of items) {
    const sep = itemsOnLine ? '  ·  ' : '';
    if (measure(line + sep + item) <= width) {
      line += sep + item;
      fitted++;
      itemsOnLine++;
      continue;
    }
    // Does not fit on this line: on the next ones, wrapped whole.
    const pieces = wrapText(item, width, measure);
    const linesIfAdded = lines.length + (line.trim() ? 1 : 0) + pieces.length;
    if (linesIfAdded > maxLines) break;
    if (line.trim()) lines.push(line);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
    fitted++;
    itemsOnLine = 1;
  }
  if (line.trim() && lines.length < maxLines) lines.push(line);
  return { lines, fitted };
}

export function layoutSlide(text: SlideText, size: SlideSize, measure: Measurer): SlideLayout {
  const { width, height } = SLIDE_SIZES[size];
  const k = width / 1920;
  const T = Object.fromEntries(Object.entries(SLIDE_TYPE).map(([key, v]) => [key, v * k])) as Record<keyof typeof SLIDE_TYPE, number>;
  const inner = width - 2 * T.pad;
  // Title and subtitle are never cut: a long one takes room from the picture.
  const title = wrapText(text.title, inner, (s) => measure(s, T.title, true));
  const subMeasure = (s: string) => measure(s, T.subtitle);
  const subtitle = text.subtitle ? wrapText(text.subtitle, inner, subMeasure) : [];
  const last = subtitle[subtitle.length - 1];
  if (last !== undefined && subMeasure(`${last}  ·  ${text.date}`) <= inner) subtitle[subtitle.length - 1] = `${last}  ·  ${text.date}`;
  else subtitle.push(text.date);
  const headH = T.pad + title.length * T.title * 1.2 + subtitle.length * T.subtitle * 1.35 + T.gap;

  const items = numbered(text.sources);
  const footMeasure = (s: string) => measure(s, T.foot);
  // A full-width colon (資料來源：) carries its own space.
  const heading = text.sourcesHeading.endsWith('：') ? text.sourcesHeading : `${text.sourcesHeading} `;
  let { lines, fitted } = runOn(items, inner, footMeasure, FOOT_MAX_LINES, heading);
  if (fitted < items.length) {
    // Room for the "continue" line: one line fewer of sources.
    ({ lines, fitted } = runOn(items, inner, footMeasure, FOOT_MAX_LINES - 1, heading));
    lines.push(text.continued(fitted + 1, items.length));
  }
  const footH = items.length ? lines.length * T.footLine + T.gap : 0;
  const footTop = height - T.pad - footH + T.gap;
  const body = { x: T.pad, y: headH, width: inner, height: Math.max(10, footTop - T.gap - headH) };

  // Continuation pages: one source a line (wrapped), as many lines as a page holds.
  const pages: string[][] = [];
  const perPage = Math.floor((height - 2 * T.pad - T.pageLine * 1.6) / T.pageLine);
  let page: string[] = [];
  for (const item of items.slice(fitted)) {
    const wrapped = wrapText(item, inner, (s) => measure(s, T.pageSource));
    if (page.length + wrapped.length > perPage && page.length) {
      pages.push(page);
      page = [];
    }
    page.push(...wrapped);
  }
  if (page.length) pages.push(page);
  return { width, height, k, title, subtitle, body, foot: lines, footTop, pages, onSlide: fitted };
}
