// Where the chart's words go: nothing cut, nothing overlapping, no line through a label, on the
// seed's IAACA, GlobE and WCO charts at a laptop's and a projector's size, in both languages;
// milestone lines never in the way of a click.
import { describe, expect, it } from 'vitest';
import { fixedT, type Lang } from '../../../i18n/index.ts';
import {
  candidateBox,
  contains,
  niceScale,
  overlaps,
  placeLabels,
  placeMilestones,
  polylineSegs,
  segHitsBox,
  stepPolyline,
  type Box,
  type Seg,
} from './chart-layout.ts';
import { buildChartOption, chartLayout, type ChartLayout } from './chart-option.ts';
import { buildChartModel, type ChartModel } from './chart-series.ts';
import { fakeMeasure, GLOBE, IAACA, WCO } from './fixtures/fixtures.ts';
import type { YearsMode } from './present-url.ts';

const box = (x1: number, y1: number, x2: number, y2: number): Box => ({ x1, y1, x2, y2 });

describe('geometry', () => {
  it('tells whether a thick segment touches a box', () => {
    const b = box(10, 10, 20, 20);
    expect(segHitsBox({ x1: 0, y1: 15, x2: 30, y2: 15, pad: 0 }, b)).toBe(true);
    expect(segHitsBox({ x1: 0, y1: 0, x2: 30, y2: 5, pad: 0 }, b)).toBe(false);
    expect(segHitsBox({ x1: 0, y1: 0, x2: 30, y2: 5, pad: 6 }, b)).toBe(true);
    // A diagonal passing by the corner.
    expect(segHitsBox({ x1: 0, y1: 12, x2: 12, y2: 0, pad: 0 }, b)).toBe(false);
    expect(segHitsBox({ x1: 0, y1: 25, x2: 25, y2: 0, pad: 0 }, b)).toBe(true);
    expect(overlaps(box(0, 0, 10, 10), box(10, 0, 20, 10))).toBe(false);
    expect(overlaps(box(0, 0, 10, 10), box(10, 0, 20, 10), 1)).toBe(true);
  });

  it('draws a cumulative count as steps and gives a value axis round steps', () => {
    expect(
      stepPolyline([
        { x: 0, y: 10 },
        { x: 5, y: 4 },
      ]),
    ).toEqual([
      { x: 0, y: 10 },
      { x: 5, y: 10 },
      { x: 5, y: 4 },
    ]);
    expect(niceScale(180 / 0.85)).toEqual({ max: 250, interval: 50 });
    expect(niceScale(7)).toMatchObject({ max: 8 });
  });

  it('moves a label off a line that would strike through it (the "≥160" case)', () => {
    // A steep line through the point's top and bottom: the label must go to the side.
    const at = { id: 1, text: '≥160', x: 100, y: 100, half: { w: 7, h: 9 } };
    const line: Seg = { x1: 60, y1: 160, x2: 140, y2: 40, pad: 3 };
    const [placed] = placeLabels({
      requests: [at],
      segs: [line],
      boxes: [],
      container: box(0, 0, 300, 300),
      measure: fakeMeasure,
      fontSize: 14,
      bold: true,
      lineHeight: 18,
      distance: 6,
    });
    expect(placed).toBeDefined();
    expect(segHitsBox(line, placed!.box)).toBe(false);
    expect(candidateBox(at, 40, 18, 'top', 6)).toMatchObject({ y2: 100 - 9 - 6 });
    expect(segHitsBox(line, candidateBox(at, 40, 18, 'top', 6))).toBe(true);
  });

  it('leaves a label out rather than cutting it or putting it over something', () => {
    const placed = placeLabels({
      requests: [{ id: 1, text: '180', x: 5, y: 5, half: { w: 5, h: 5 } }],
      segs: [],
      boxes: [],
      container: box(0, 0, 20, 20),
      measure: fakeMeasure,
      fontSize: 14,
      lineHeight: 18,
      distance: 6,
    });
    expect(placed).toEqual([]);
  });

  it('pushes milestone numbers apart and gives words only where they fit whole', () => {
    const placed = placeMilestones({
      marks: [
        { n: 1, x: 100, text: 'ICAC · President' },
        { n: 2, x: 104, text: 'A long event name that cannot fit' },
        { n: 3, x: 108, text: '' },
        { n: 4, x: 590, text: 'Attorney General of Qatar · President' },
      ],
      measure: fakeMeasure,
      fontSize: 12,
      padX: 6,
      padY: 2,
      top: 0,
      minX: 0,
      maxX: 600,
      gap: 4,
    });
    const badges = placed.map((p) => p.badge);
    for (let i = 1; i < badges.length; i++) expect(overlaps(badges[i - 1]!, badges[i]!, 3.9)).toBe(false);
    for (const b of badges) expect(contains(box(0, 0, 600, 100), b)).toBe(true);
    const texts = placed.flatMap((p) => (p.text ? [p.text] : []));
    // No words where they would run into the next number; whole words otherwise, inside the row.
    expect(placed[1]!.text).toBeUndefined();
    expect(placed[3]!.text).toMatchObject({ text: 'Attorney General of Qatar · President', align: 'right' });
    for (const t of texts) {
      expect(t.text).not.toContain('…');
      expect(t.box.x1).toBeGreaterThanOrEqual(0);
      expect(t.box.x2).toBeLessThanOrEqual(600);
      for (const b of badges) expect(overlaps(t.box, b)).toBe(false);
    }
  });
});

/** Every segment the chart draws in a panel: its lines, spans and milestone lines. */
function panelSegs(model: ChartModel, L: ChartLayout, i: number): Seg[] {
  const segs: Seg[] = [];
  const panel = model.panels[i]!;
  const rect = L.panels[i]!.rect;
  for (const line of panel.lines) {
    for (const run of line.segments) {
      const pts = run.map((p) => ({ x: L.xToPx(p.x), y: L.yToPx(i, p.y) }));
      segs.push(...polylineSegs(line.kind === 'derived' ? stepPolyline(pts) : pts, 1.5));
    }
    for (const s of line.spans) segs.push({ x1: L.xToPx(s.x1), y1: L.yToPx(i, s.y), x2: L.xToPx(s.x2), y2: L.yToPx(i, s.y), pad: 4 });
  }
  for (const m of model.milestones) segs.push({ x1: L.xToPx(m.x), y1: rect.y1, x2: L.xToPx(m.x), y2: rect.y2, pad: 0.8 });
  return segs;
}

const CASES: { name: string; growth: Parameters<typeof buildChartModel>[0]; years: YearsMode }[] = [
  { name: 'IAACA', growth: [IAACA], years: 'auto' },
  { name: 'IAACA, all years', growth: [IAACA], years: 'all' },
  { name: 'IAACA and GlobE', growth: [IAACA, GLOBE], years: 'auto' },
  { name: 'GlobE', growth: [GLOBE], years: 'all' },
  { name: 'WCO, all years', growth: [WCO], years: 'all' },
];
const SIZES = [
  { width: 640, height: 520, fontScale: 0.9 },
  { width: 1100, height: 720, fontScale: 1.25 },
  { width: 1920, height: 1080, fontScale: 1.6 },
];

describe.each(CASES)('the $name chart', ({ growth, years }) => {
  it.each(['en', 'zh'] as Lang[])('has no cut, overlapping or crossed words (%s)', (lang) => {
    const model = buildChartModel(growth, { milestones: 'curated', lang, years });
    const t = fixedT(lang, 'presenter');
    for (const size of SIZES) {
      const L = chartLayout(model, { lang, t, measure: fakeMeasure, ...size });
      const boxes = [...L.labels.map((l) => l.label.box), ...L.gaps.flatMap((g) => (g.text ? [g.text.box] : []))];
      for (let a = 0; a < boxes.length; a++) for (let b = a + 1; b < boxes.length; b++) expect(overlaps(boxes[a]!, boxes[b]!)).toBe(false);
      for (const { panel, label } of L.labels) {
        expect(label.text).not.toContain('…');
        expect(contains(box(L.panels[panel]!.rect.x1, L.panels[panel]!.rect.y1, size.width, L.panels[panel]!.rect.y2), label.box)).toBe(
          true,
        );
        for (const s of panelSegs(model, L, panel)) expect(segHitsBox(s, label.box)).toBe(false);
      }
      const row = L.milestones.flatMap((m) => [m.badge, ...(m.text ? [m.text.box] : [])]);
      for (let a = 0; a < row.length; a++) for (let b = a + 1; b < row.length; b++) expect(overlaps(row[a]!, row[b]!)).toBe(false);
      for (const b of row) expect(contains(box(0, 0, size.width, size.height), b)).toBe(true);
      for (const m of L.milestones) if (m.text) expect(model.milestones.find((c) => c.n === m.n)!.label).toBe(m.text.text);
    }
  });
});

describe('the IAACA chart', () => {
  it('labels its latest count and its lower bound at the size of a laptop screen', () => {
    const model = buildChartModel([IAACA], { milestones: 'curated', lang: 'en' });
    const L = chartLayout(model, {
      lang: 'en',
      t: fixedT('en', 'presenter'),
      measure: fakeMeasure,
      width: 1000,
      height: 640,
      fontScale: 1.1,
    });
    expect(L.labels.map((l) => l.label.text).sort()).toEqual(['122', '180', '≥160']);
  });

  it('never lets a milestone line take a click: milestone lines and words are silent graphics under the points', () => {
    const model = buildChartModel([IAACA], { milestones: 'curated', lang: 'en', years: 'all' });
    const option = buildChartOption(model, {
      lang: 'en',
      t: fixedT('en', 'presenter'),
      measure: fakeMeasure,
      width: 1100,
      height: 700,
      milestoneTooltip: () => 'x',
    });
    const series = option.series as { markLine?: unknown; z?: number; silent?: boolean; data: { pid?: number }[] }[];
    expect(series.some((s) => s.markLine)).toBe(false);
    const elements = (option.graphic as { elements: { type: string; silent?: boolean; z?: number; shape?: { y1: number } }[] }).elements;
    const lines = elements.filter((e) => e.type === 'line' || e.type === 'rect');
    expect(lines.length).toBeGreaterThan(0);
    const pointZ = Math.min(...series.filter((s) => s.data.some((d) => typeof d.pid === 'number')).map((s) => s.z ?? 2));
    for (const e of lines) {
      expect(e.silent).toBe(true);
      expect(e.z ?? 0).toBeLessThan(pointZ);
    }
    // Only the numbers above the panels (for their tooltip) answer the mouse, and they are outside every panel.
    const L = chartLayout(model, { lang: 'en', t: fixedT('en', 'presenter'), measure: fakeMeasure, width: 1100, height: 700 });
    for (const m of L.milestones) expect(m.badge.y2).toBeLessThanOrEqual(L.panels[0]!.rect.y1);
  });
});
