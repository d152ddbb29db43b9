// Where the chart's words go, in pixels, so that none is cut, none overlaps another and no line
// runs through one. Pure geometry: boxes, segments (lines with a half-width), a measure function
// passed in (a canvas's measureText in the browser, a fake in the tests).
//  - Point labels ("150", "≥160") try eight places around their point, nearest first, and take
//    the first that stays inside the panel and touches no line, no milestone line, no marker and
//    no label placed before; a label with no free place is left out (the value is in the tooltip
//    and the list of points beside the chart).
//  - Milestone numbers sit in one row above the panels, pushed apart where they would touch (a
//    short leader joins each to its line); a milestone's few words go beside its number only when
//    they fit whole before the next number, never cut.

/** Text width in px at a font size (bold or not). */
export type Measure = (text: string, fontSize: number, bold?: boolean) => number;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A line segment drawn `pad` px to each side of its centre line. */
export interface Seg {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  pad: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

export function contains(outer: Box, b: Box): boolean {
  return b.x1 >= outer.x1 && b.y1 >= outer.y1 && b.x2 <= outer.x2 && b.y2 <= outer.y2;
}

/** Whether a segment (with its half-width) touches a box: Liang–Barsky clipping against the box grown by the half-width. */
export function segHitsBox(s: Seg, b: Box): boolean {
  const x1 = b.x1 - s.pad;
  const y1 = b.y1 - s.pad;
  const x2 = b.x2 + s.pad;
  const y2 = b.y2 + s.pad;
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, s.x1 - x1) && clip(dx, x2 - s.x1) && clip(-dy, s.y1 - y1) && clip(dy, y2 - s.y1) && t0 <= t1;
}

/** A polyline as segments. */
export function polylineSegs(pts: readonly { x: number; y: number }[], pad: number): Seg[] {
  const out: Seg[] = [];
  for (let i = 1; i < pts.length; i++) out.push({ x1: pts[i - 1]!.x, y1: pts[i - 1]!.y, x2: pts[i]!.x, y2: pts[i]!.y, pad });
  return out;
}

/** A step line ("end": along at the old value, then up at the next date) as a polyline. */
export function stepPolyline(pts: readonly { x: number; y: number }[]): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  pts.forEach((p, i) => {
    const prev = pts[i - 1];
    if (prev) out.push({ x: p.x, y: prev.y });
    out.push(p);
  });
  return out;
}

/** A value axis from 0 with round steps whose top is at least `max`. */
export function niceScale(max: number, ticks = 5): { max: number; interval: number } {
  if (!(max > 0)) return { max: 1, interval: 1 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw) ?? 10 * mag;
  const interval = Number.isInteger(step) ? step : Math.max(1, Math.round(step));
  return { max: Math.ceil(max / interval) * interval, interval };
}

export type LabelPlace = 'top' | 'top-right' | 'top-left' | 'right' | 'left' | 'bottom' | 'bottom-right' | 'bottom-left';
export const LABEL_PLACES: readonly LabelPlace[] = [
  'top',
  'top-right',
  'top-left',
  'right',
  'left',
  'bottom',
  'bottom-right',
  'bottom-left',
];

export interface LabelRequest {
  id: number;
  text: string;
  x: number;
  y: number;
  /** Half the marker's width and height. */
  half: { w: number; h: number };
}

export interface PlacedLabel {
  id: number;
  text: string;
  box: Box;
  place: LabelPlace;
}

/** The box a label of w×h takes at a place around a marker at (x, y). */
export function candidateBox(r: LabelRequest, w: number, h: number, place: LabelPlace, d: number): Box {
  const { x, y } = r;
  const { w: sw, h: sh } = r.half;
  let x1: number;
  let y1: number;
  switch (place) {
    case 'top':
      x1 = x - w / 2;
      y1 = y - sh - d - h;
      break;
    case 'top-right':
      x1 = x + sw + 2;
      y1 = y - sh - h - 1;
      break;
    case 'top-left':
      x1 = x - sw - 2 - w;
      y1 = y - sh - h - 1;
      break;
    case 'right':
      x1 = x + sw + d;
      y1 = y - h / 2;
      break;
    case 'left':
      x1 = x - sw - d - w;
      y1 = y - h / 2;
      break;
    case 'bottom':
      x1 = x - w / 2;
      y1 = y + sh + d;
      break;
    case 'bottom-right':
      x1 = x + sw + 2;
      y1 = y + sh + 1;
      break;
    case 'bottom-left':
      x1 = x - sw - 2 - w;
      y1 = y + sh + 1;
      break;
  }
  return { x1, y1, x2: x1 + w, y2: y1 + h };
}

export interface PlaceLabelsInput {
  requests: readonly LabelRequest[];
  /** Lines (series, spans, milestone lines) no label may touch. */
  segs: readonly Seg[];
  /** Markers and anything else no label may overlap. */
  boxes: readonly Box[];
  /** Every label stays inside this box (the panel). */
  container: Box;
  measure: Measure;
  fontSize: number;
  bold?: boolean;
  /** Line height of one label, px. */
  lineHeight: number;
  /** Distance from the marker, px. */
  distance: number;
  /** Space kept between two labels, px. */
  gap?: number;
}

/** Places each label (in the order given: most important first) at its first free place; labels with none are left out. */
export function placeLabels(p: PlaceLabelsInput): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const gap = p.gap ?? 2;
  for (const r of p.requests) {
    const w = Math.ceil(p.measure(r.text, p.fontSize, p.bold)) + 2;
    const h = p.lineHeight;
    for (const place of LABEL_PLACES) {
      const box = candidateBox(r, w, h, place, p.distance);
      if (!contains(p.container, box)) continue;
      if (p.segs.some((s) => segHitsBox(s, box))) continue;
      if (p.boxes.some((b) => overlaps(b, box))) continue;
      if (placed.some((l) => overlaps(l.box, box, gap))) continue;
      placed.push({ id: r.id, text: r.text, box, place });
      break;
    }
  }
  return placed;
}

export interface MilestoneMark {
  n: number;
  /** Where its line is, px. */
  x: number;
  /** Its few words ('' for none). */
  text: string;
}

export interface PlacedMilestone {
  n: number;
  /** The line's x. */
  x: number;
  /** The number's box (its centre may be pushed off the line; a leader joins them). */
  badge: Box;
  /** The words beside it, when they fit whole. */
  text?: { text: string; box: Box; align: 'left' | 'right' };
}

export interface PlaceMilestonesInput {
  marks: readonly MilestoneMark[];
  measure: Measure;
  fontSize: number;
  /** Padding of the number's badge, px. */
  padX: number;
  padY: number;
  /** The row's vertical extent. */
  top: number;
  /** Left and right limits of the row. */
  minX: number;
  maxX: number;
  gap: number;
}

/** Lays the milestone numbers out in one row, pushed apart where they would touch, then their words where they fit whole. */
export function placeMilestones(p: PlaceMilestonesInput): PlacedMilestone[] {
  const h = Math.ceil(p.fontSize * 1.2) + 2 * p.padY;
  const widths = p.marks.map((m) => Math.ceil(p.measure(String(m.n), p.fontSize, true)) + 2 * p.padX);
  const centres = p.marks.map((m) => m.x);
  const n = centres.length;
  // Forward: each at least half-widths plus a gap right of the one before; then back from the right edge.
  for (let i = 0; i < n; i++) {
    const lo = i === 0 ? p.minX + widths[0]! / 2 : centres[i - 1]! + (widths[i - 1]! + widths[i]!) / 2 + p.gap;
    centres[i] = Math.max(centres[i]!, lo);
  }
  for (let i = n - 1; i >= 0; i--) {
    const hi = i === n - 1 ? p.maxX - widths[i]! / 2 : centres[i + 1]! - (widths[i + 1]! + widths[i]!) / 2 - p.gap;
    centres[i] = Math.min(centres[i]!, hi);
  }
  const out: PlacedMilestone[] = p.marks.map((m, i) => ({
    n: m.n,
    x: m.x,
    badge: { x1: centres[i]! - widths[i]! / 2, y1: p.top, x2: centres[i]! + widths[i]! / 2, y2: p.top + h },
  }));
  const taken: Box[] = out.map((o) => o.badge);
  p.marks.forEach((m, i) => {
    if (!m.text) return;
    const w = Math.ceil(p.measure(m.text, p.fontSize, true)) + 2;
    const b = out[i]!.badge;
    const right: Box = { x1: b.x2 + 4, y1: b.y1, x2: b.x2 + 4 + w, y2: b.y2 };
    const left: Box = { x1: b.x1 - 4 - w, y1: b.y1, x2: b.x1 - 4, y2: b.y2 };
    for (const [box, align] of [
      [right, 'left'],
      [left, 'right'],
    ] as const) {
      if (box.x1 < p.minX || box.x2 > p.maxX) continue;
      if (taken.some((t) => t !== b && overlaps(t, box, p.gap))) continue;
      out[i]!.text = { text: m.text, box, align };
      taken.push(box);
      break;
    }
  });
  return out;
}

/** Rows of items (each `width` px) packed left to right within `maxWidth`, `gap` apart: how many rows. */
export function packRows(widths: readonly number[], maxWidth: number, gap: number): number {
  let rows = widths.length ? 1 : 0;
  let used = 0;
  for (const w of widths) {
    if (used > 0 && used + gap + w > maxWidth) {
      rows++;
      used = w;
    } else used += (used > 0 ? gap : 0) + w;
  }
  return rows;
}
