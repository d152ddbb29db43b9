// Shapes growth series (GET /api/growth/:id) for a chart: one panel per unit (never two units on
// one axis), one line per organisation and series, every point with its marker kind (a lower
// bound "over 200" is not the value 200), undated points set aside, the cumulative count derived
// from dated memberships attached to the organisation's main membership count, and milestones
// grouped where they would crowd. Pure: no chart library here.
//
// Gaps: two published counts more than GAP_YEARS apart with no count between them are not joined
// (a line across them would claim a trend no source describes); the chart breaks the line there
// and shades the gap.
// Range: by default ('auto') the time axis starts, for each published line, at its latest run of
// counts without such a gap (when that run has at least two dated counts; else at its first
// count), the earliest of these over the lines, at the start of that year; when that leaves out
// anything datable (IAACA: 150 in 2006 and two milestones) the chart says so and offers every
// year ('all'). What the range leaves out is listed (`earlier`).
import type {
  DatePrecision,
  DerivedPoint,
  DerivedSeries,
  GrowthPoint,
  GrowthResponse,
  Milestone,
  PublishedSeries,
} from '../../../../../server/shared/contracts.ts';
import type { Lang } from '../../../i18n/index.ts';
import { milestoneShort } from './milestone-text.ts';
import type { MilestoneMode, YearsMode } from './present-url.ts';

/** exact: a published count; lower: "over N" (at least N); approx: "about N"; computed: counted by
 * the compilers of the reference data from a member list; cumulative: derived here from dated members. */
export type MarkerKind = 'exact' | 'lower' | 'approx' | 'computed' | 'cumulative';

export type PointRef =
  | { kind: 'published'; orgId: string; orgName: string; series: PublishedSeries; point: GrowthPoint }
  | { kind: 'derived'; orgId: string; orgName: string; series: DerivedSeries; point: DerivedPoint };

export interface PlotPoint {
  /** Index in the model's `points` (the chart finds the point behind a click with it). */
  pid: number;
  /** Milliseconds (UTC) at the start of the period the date names. */
  x: number;
  y: number;
  date: string;
  precision: DatePrecision;
  marker: MarkerKind;
  /** What to print next to the point: "≥200", "≈120", "180". */
  label: string;
  /** Before the chart's range (not drawn; listed as earlier). */
  outside?: boolean;
}

export interface ChartLine {
  id: string;
  orgId: string;
  orgName: string;
  kind: 'published' | 'derived';
  seriesKey: string;
  seriesLabel: string;
  unit: string;
  color: string;
  lineType: 'solid' | 'dashed' | 'dotted';
  /** Points joined by the line (lower bounds are not: they float above the line as "at least"). */
  points: PlotPoint[];
  /** The joined points in runs: the line is broken between runs (a gap of more than GAP_YEARS). */
  segments: PlotPoint[][];
  /** Gaps of more than GAP_YEARS with no published count: [x1, x2] between the two counts. */
  gaps: { x1: number; x2: number }[];
  /** Lower-bound points, drawn unjoined. */
  bounds: PlotPoint[];
  /** Year- and month-dated points span their period: [start, end) in ms. */
  spans: { x1: number; x2: number; y: number }[];
  /** Members with no known date (derived lines): "plus N with no known date". */
  unknownDateCount?: number;
}

export interface ChartPanel {
  unit: string;
  lines: ChartLine[];
  yMax: number;
}

export interface MilestoneItem extends Milestone {
  orgId: string;
}

export interface MilestoneCluster {
  /** 1-based number shown on the chart and in the list. */
  n: number;
  x: number;
  xLast: number;
  items: MilestoneItem[];
  /** Short text drawn on the chart next to the number ('' when it would crowd its neighbours). */
  label: string;
}

export interface UndatedItem {
  ref: Extract<PointRef, { kind: 'published' }>;
  color: string;
}

export interface DerivedNote {
  orgId: string;
  orgName: string;
  series: DerivedSeries;
  plotted: boolean;
}

export interface ChartRange {
  mode: YearsMode;
  /** The auto rule narrowed the axis (there is something before it). */
  narrowed: boolean;
  /** Where the auto rule starts the axis, whatever the mode (undefined: it shows every year). */
  autoFrom?: number;
  /** First and last x of everything datable (all years). */
  allMin: number;
  allMax: number;
}

export interface ChartModel {
  orgs: { id: string; name: string; color: string }[];
  panels: ChartPanel[];
  points: PlotPoint[];
  refs: PointRef[];
  milestones: MilestoneCluster[];
  undated: UndatedItem[];
  derivedNotes: DerivedNote[];
  /** The time axis (the range's start and the last date). */
  xMin: number;
  xMax: number;
  range: ChartRange;
  /** What the range leaves out: dated counts and milestones before xMin. */
  earlier: { points: PlotPoint[]; milestones: MilestoneItem[] };
  /** Source ids behind everything drawn or listed, in order of first use. */
  sources: string[];
  empty: boolean;
}

/** Colours for up to eight organisations: distinct in hue and lightness, dark enough for white paper. */
export const ORG_COLORS = ['#1f5fbf', '#c2410c', '#047857', '#7e22ce', '#a16207', '#be185d', '#0e7490', '#4d7c0f'];

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** Published counts further apart than this, with no count between, are not joined by a line. */
export const GAP_YEARS = 8;

/** UTC ms of a day key "YYYY-MM-DD". */
export function keyToMs(key: string): number {
  return Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
}

/** End (exclusive) of the period a point's date names. */
export function periodEndMs(key: string, precision: DatePrecision): number {
  const y = Number(key.slice(0, 4));
  const m = Number(key.slice(5, 7)) - 1;
  if (precision === 'year') return Date.UTC(y + 1, 0, 1);
  if (precision === 'month') return Date.UTC(y, m + 1, 1);
  return keyToMs(key) + DAY;
}

export function orgName(o: { name: string; nameZh?: string; acronym?: string }, lang: Lang, short = true): string {
  if (lang === 'zh' && o.nameZh) return o.nameZh;
  return short && o.acronym ? o.acronym : o.name;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Does a unit name (as a story or the URL gives it) pick this series? Its label or key, or its unit when it covers the whole organisation. */
export function matchesUnit(s: PublishedSeries, unit: string): boolean {
  const u = norm(unit);
  return norm(s.label) === u || s.key === u || (!s.scope && norm(s.unit) === u);
}

/** The series an organisation is best known by: its first whole-organisation series. */
export function primarySeries(g: GrowthResponse): PublishedSeries | undefined {
  return g.published.find((s) => !s.scope) ?? g.published[0];
}

/** Units to offer for the chosen organisations: series labels, with the organisations that have them. */
export function unitOptions(growth: readonly GrowthResponse[]): { unit: string; orgIds: string[] }[] {
  const out = new Map<string, string[]>();
  for (const g of growth) {
    for (const s of g.published) {
      const list = out.get(s.label) ?? [];
      list.push(g.organisation.id);
      out.set(s.label, list);
    }
  }
  return [...out].map(([unit, orgIds]) => ({ unit, orgIds }));
}

/** Without a choice: each organisation's main series. */
export function defaultUnits(growth: readonly GrowthResponse[]): string[] {
  return [...new Set(growth.map((g) => primarySeries(g)?.label).filter((u): u is string => !!u))];
}

function markerOf(p: GrowthPoint): MarkerKind {
  if (p.lowerBound) return 'lower';
  if (p.approx) return 'approx';
  if (p.derived) return 'computed';
  return 'exact';
}

export function pointLabel(count: number, marker: MarkerKind): string {
  return marker === 'lower' ? `≥${count}` : marker === 'approx' ? `≈${count}` : String(count);
}

/** Sorted dated points (joined ones and bounds) → the gaps of more than GAP_YEARS between neighbours. */
export function findGaps(xs: readonly number[], years = GAP_YEARS): { x1: number; x2: number }[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: { x1: number; x2: number }[] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i]! - sorted[i - 1]! > years * YEAR) out.push({ x1: sorted[i - 1]!, x2: sorted[i]! });
  return out;
}

/** The joined points split where a gap lies between two of them. */
export function splitAtGaps(points: readonly PlotPoint[], gaps: readonly { x1: number; x2: number }[]): PlotPoint[][] {
  const runs: PlotPoint[][] = [];
  let run: PlotPoint[] = [];
  for (const p of points) {
    const prev = run[run.length - 1];
    if (prev && gaps.some((g) => prev.x <= g.x1 && p.x >= g.x2)) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Where the 'auto' range starts for one published line: at the first count after its last gap,
 * when at least two dated counts follow it; otherwise undefined (the line needs every year).
 */
export function recentRunStart(xs: readonly number[], years = GAP_YEARS): number | undefined {
  const gaps = findGaps(xs, years);
  const last = gaps[gaps.length - 1];
  if (!last) return undefined;
  const after = xs.filter((x) => x >= last.x2);
  return after.length >= 2 ? last.x2 : undefined;
}

export interface ChartOptions {
  units?: readonly string[];
  milestones: MilestoneMode;
  lang: Lang;
  /** 'auto' (default): from the latest run of counts without a long gap; 'all': every year. */
  years?: YearsMode;
  /** Clusters closer than this share of the time axis are merged. */
  clusterShare?: number;
}

export function buildChartModel(growth: readonly GrowthResponse[], opts: ChartOptions): ChartModel {
  const { lang } = opts;
  const units = opts.units?.length ? opts.units : defaultUnits(growth);
  const panels = new Map<string, ChartPanel>();
  const points: PlotPoint[] = [];
  const refs: PointRef[] = [];
  const undated: UndatedItem[] = [];
  const derivedNotes: DerivedNote[] = [];
  const sources: string[] = [];
  const cite = (ids: readonly string[]) => {
    for (const id of ids) if (!sources.includes(id)) sources.push(id);
  };
  const panelFor = (unit: string) => {
    let p = panels.get(unit);
    if (!p) {
      p = { unit, lines: [], yMax: 0 };
      panels.set(unit, p);
    }
    return p;
  };
  const orgs = growth.map((g, i) => ({
    id: g.organisation.id,
    name: orgName(g.organisation, lang),
    color: ORG_COLORS[i % ORG_COLORS.length]!,
  }));
  const newLine = (l: Omit<ChartLine, 'points' | 'bounds' | 'spans' | 'segments' | 'gaps'>): ChartLine => ({
    ...l,
    points: [],
    bounds: [],
    spans: [],
    segments: [],
    gaps: [],
  });

  growth.forEach((g, gi) => {
    const org = orgs[gi]!;
    const chosen = g.published.filter((s) => units.some((u) => matchesUnit(s, u)));
    const primary = primarySeries(g);
    chosen.forEach((s, si) => {
      const line = newLine({
        id: `${org.id}:${s.key}`,
        orgId: org.id,
        orgName: org.name,
        kind: 'published',
        seriesKey: s.key,
        seriesLabel: s.label,
        unit: s.unit,
        color: org.color,
        lineType: si === 0 || !s.scope ? 'solid' : 'dotted',
      });
      for (const p of s.points) {
        if (!p.date || !p.sortKey || !p.precision) continue;
        const marker = markerOf(p);
        const pt: PlotPoint = {
          pid: points.length,
          x: keyToMs(p.sortKey),
          y: p.count,
          date: p.date,
          precision: p.precision,
          marker,
          label: pointLabel(p.count, marker),
        };
        points.push(pt);
        refs.push({ kind: 'published', orgId: org.id, orgName: org.name, series: s, point: p });
        (marker === 'lower' ? line.bounds : line.points).push(pt);
        if (p.precision !== 'day') line.spans.push({ x1: pt.x, x2: periodEndMs(p.sortKey, p.precision), y: p.count });
        cite(p.sources);
      }
      line.gaps = findGaps([...line.points, ...line.bounds].map((p) => p.x));
      line.segments = splitAtGaps(line.points, line.gaps);
      for (const p of s.undated) {
        undated.push({ ref: { kind: 'published', orgId: org.id, orgName: org.name, series: s, point: p }, color: org.color });
        cite(p.sources);
      }
      if (line.points.length || line.bounds.length) panelFor(s.unit).lines.push(line);
    });
    // The derived count goes with the organisation's main count (the same members, counted
    // from the graph), when that count is on the chart; an organisation with no published count
    // gets it in its own unit.
    const derivedUnit = primary ? (chosen.includes(primary) ? primary.unit : undefined) : g.derived[0]?.unit;
    for (const d of g.derived) {
      const plotted = !!derivedUnit && d.points.length > 0;
      derivedNotes.push({ orgId: org.id, orgName: org.name, series: d, plotted });
      if (!plotted) continue;
      const line = newLine({
        id: `${org.id}:${d.key}`,
        orgId: org.id,
        orgName: org.name,
        kind: 'derived',
        seriesKey: d.key,
        seriesLabel: d.label,
        unit: derivedUnit!,
        color: org.color,
        lineType: 'dashed',
        unknownDateCount: d.unknownDateCount,
      });
      for (const p of d.points) {
        const pt: PlotPoint = {
          pid: points.length,
          x: keyToMs(p.sortKey),
          y: p.count,
          date: p.date,
          precision: p.precision,
          marker: 'cumulative',
          label: String(p.count),
        };
        points.push(pt);
        refs.push({ kind: 'derived', orgId: org.id, orgName: org.name, series: d, point: p });
        line.points.push(pt);
      }
      // A cumulative count from dated members is a step line by construction: never broken.
      line.segments = [line.points];
      cite(d.sources);
      panelFor(derivedUnit!).lines.push(line);
    }
  });

  // Milestones: curated ones (cited by a document) unless asked for all; one entry per fact.
  const seen = new Set<string>();
  const items: MilestoneItem[] = [];
  if (opts.milestones !== 'none') {
    growth.forEach((g) => {
      for (const m of g.milestones) {
        if (seen.has(m.id) || (opts.milestones === 'curated' && m.reference)) continue;
        seen.add(m.id);
        items.push({ ...m, orgId: g.organisation.id });
      }
    });
  }
  items.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.title.localeCompare(b.title)));

  const allLines = [...panels.values()].flatMap((p) => p.lines);
  const hasPanels = allLines.length > 0;
  const xs = [...points.map((p) => p.x), ...items.map((m) => keyToMs(m.sortKey))];
  const allMin = xs.length ? Math.min(...xs) : Date.UTC(2000, 0, 1);
  const allMax = xs.length ? Math.max(...xs, ...allLines.flatMap((l) => l.spans.map((s) => s.x2))) : Date.UTC(2025, 0, 1);

  // The range: the latest run of every published line (the earliest of them), from the start
  // of its year; every year when a line has no such run or nothing comes before.
  const years: YearsMode = opts.years ?? 'auto';
  let autoFrom: number | undefined;
  const published = allLines.filter((l) => l.kind === 'published');
  if (published.length) {
    // Each line from its latest run (or, with no such run, from its first count); the axis from the earliest of them.
    const from = Math.min(
      ...published.map((l) => {
        const xs = [...l.points, ...l.bounds].map((p) => p.x);
        return recentRunStart(xs) ?? Math.min(...xs);
      }),
    );
    const yearStart = Date.UTC(new Date(from).getUTCFullYear(), 0, 1);
    // Only worth it when it leaves out published counts (not just a derived line's start or a milestone).
    if (published.some((l) => [...l.points, ...l.bounds].some((p) => p.x < yearStart))) autoFrom = yearStart;
  }
  const xMin = years === 'auto' && autoFrom !== undefined ? autoFrom : allMin;
  const narrowed = xMin > allMin;
  const earlierPoints: PlotPoint[] = [];
  for (const p of points) {
    if (p.x < xMin) {
      p.outside = true;
      if (p.marker !== 'cumulative') earlierPoints.push(p);
    }
  }
  if (narrowed) {
    for (const l of allLines) {
      l.spans = l.spans.filter((s) => s.x1 >= xMin);
      l.gaps = l.gaps.filter((g) => g.x2 > xMin);
      // A derived step line keeps its last earlier point, so the step enters the range at its level.
      const keep = (run: PlotPoint[]) => {
        const inside = run.filter((p) => p.x >= xMin);
        if (l.kind !== 'derived') return inside;
        const before = run.filter((p) => p.x < xMin).pop();
        return before ? [before, ...inside] : inside;
      };
      l.segments = l.segments.map(keep).filter((r) => r.length);
    }
  }
  const xMax = allMax;
  for (const p of panels.values())
    p.yMax = Math.max(
      0,
      ...p.lines.flatMap((l) => [...l.points, ...l.bounds].filter((pt) => !pt.outside || l.kind === 'derived').map((pt) => pt.y)),
    );

  const shown = items.filter((m) => keyToMs(m.sortKey) >= xMin);
  const earlierMilestones = items.filter((m) => keyToMs(m.sortKey) < xMin);
  const span = Math.max(DAY * 365, xMax - xMin);
  const share = opts.clusterShare ?? 0.03;

  const clusters: MilestoneCluster[] = [];
  for (const m of shown) {
    const x = keyToMs(m.sortKey);
    const lastCluster = clusters[clusters.length - 1];
    if (lastCluster && x - lastCluster.xLast <= span * share) {
      lastCluster.items.push(m);
      lastCluster.xLast = x;
    } else {
      clusters.push({ n: clusters.length + 1, x, xLast: x, items: [m], label: '' });
    }
  }
  if (hasPanels) for (const m of items) cite(m.sources);
  // A few words for a marker with one milestone; the chart shows them only where they fit whole.
  for (const c of clusters) c.label = c.items.length === 1 ? milestoneShort(c.items[0]!, lang) : '';

  return {
    orgs,
    panels: [...panels.values()].filter((p) => p.lines.length),
    points,
    refs,
    milestones: hasPanels ? clusters : [],
    undated,
    derivedNotes,
    xMin,
    xMax,
    range: { mode: years, narrowed, allMin, allMax, ...(autoFrom !== undefined ? { autoFrom } : {}) },
    earlier: { points: hasPanels ? earlierPoints : [], milestones: hasPanels ? earlierMilestones : [] },
    sources,
    empty: !hasPanels,
  };
}
