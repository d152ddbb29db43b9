// Shapes growth series (GET /api/growth/:id) for a chart: one panel per unit (never two units on
// one axis), one line per organisation and series, every point with its marker kind (a lower
// bound "over 200" is not the value 200), undated points set aside, the cumulative count derived
// from dated memberships attached to the organisation's main membership count, and milestones
// grouped where they would crowd. Pure: no chart library here.
import type {
  DatePrecision,
  DerivedPoint,
  DerivedSeries,
  GrowthPoint,
  GrowthResponse,
  Milestone,
  MilestoneEnd,
  PublishedSeries,
} from '../../../../../server/shared/contracts.ts';
import { fixedT, type Lang } from '../../../i18n/index.ts';
import type { MilestoneMode } from './present-url.ts';

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

export interface ChartModel {
  orgs: { id: string; name: string; color: string }[];
  panels: ChartPanel[];
  points: PlotPoint[];
  refs: PointRef[];
  milestones: MilestoneCluster[];
  undated: UndatedItem[];
  derivedNotes: DerivedNote[];
  xMin: number;
  xMax: number;
  /** Source ids behind everything drawn or listed, in order of first use. */
  sources: string[];
  empty: boolean;
}

/** Colours for up to eight organisations: distinct in hue and lightness, dark enough for white paper. */
export const ORG_COLORS = ['#1f5fbf', '#c2410c', '#047857', '#7e22ce', '#a16207', '#be185d', '#0e7490', '#4d7c0f'];

const DAY = 86_400_000;

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

function endName(e: MilestoneEnd, lang: Lang): string {
  const name = lang === 'zh' && e.nameZh ? e.nameZh : (e.acronym ?? e.name);
  return name;
}

function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const part = s.slice(0, max - 1);
  const space = part.lastIndexOf(' ');
  return `${(space > max * 0.55 ? part.slice(0, space) : part).replace(/[\s,;:(–-]+$/, '')}…`;
}

/** A few words for a milestone on the chart: "ICAC · President", "UNODC founds GlobE". */
export function shortMilestoneLabel(m: Milestone, lang: Lang): string {
  const from = endName(m.from, lang);
  const to = endName(m.to, lang);
  const t = fixedT(lang, 'presenter');
  switch (m.kind) {
    case 'role':
      return `${cut(from, 14)} · ${cut(m.role ?? t('milestoneRole'), 14)}`;
    case 'established':
      return cut(t('milestoneFounds', { from, to }), 24);
    default:
      return cut(to, 22);
  }
}

export interface ChartOptions {
  units?: readonly string[];
  milestones: MilestoneMode;
  lang: Lang;
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

  growth.forEach((g, gi) => {
    const org = orgs[gi]!;
    const chosen = g.published.filter((s) => units.some((u) => matchesUnit(s, u)));
    const primary = primarySeries(g);
    chosen.forEach((s, si) => {
      const line: ChartLine = {
        id: `${org.id}:${s.key}`,
        orgId: org.id,
        orgName: org.name,
        kind: 'published',
        seriesKey: s.key,
        seriesLabel: s.label,
        unit: s.unit,
        color: org.color,
        lineType: si === 0 || !s.scope ? 'solid' : 'dotted',
        points: [],
        bounds: [],
        spans: [],
      };
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
      const line: ChartLine = {
        id: `${org.id}:${d.key}`,
        orgId: org.id,
        orgName: org.name,
        kind: 'derived',
        seriesKey: d.key,
        seriesLabel: d.label,
        unit: derivedUnit!,
        color: org.color,
        lineType: 'dashed',
        points: [],
        bounds: [],
        spans: [],
        unknownDateCount: d.unknownDateCount,
      };
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
      cite(d.sources);
      panelFor(derivedUnit!).lines.push(line);
    }
  });

  for (const p of panels.values()) p.yMax = Math.max(0, ...p.lines.flatMap((l) => [...l.points, ...l.bounds].map((pt) => pt.y)));

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

  const xs = [...points.map((p) => p.x), ...items.map((m) => keyToMs(m.sortKey))];
  const hasPanels = [...panels.values()].some((p) => p.lines.length);
  const xMin = xs.length ? Math.min(...xs) : Date.UTC(2000, 0, 1);
  const xMax = xs.length
    ? Math.max(...xs, ...[...panels.values()].flatMap((p) => p.lines.flatMap((l) => l.spans.map((s) => s.x2))))
    : Date.UTC(2025, 0, 1);
  const span = Math.max(DAY * 365, xMax - xMin);
  const share = opts.clusterShare ?? 0.025;

  const clusters: MilestoneCluster[] = [];
  for (const m of items) {
    const x = keyToMs(m.sortKey);
    const lastCluster = clusters[clusters.length - 1];
    if (lastCluster && x - lastCluster.xLast <= span * share) {
      lastCluster.items.push(m);
      lastCluster.xLast = x;
    } else {
      clusters.push({ n: clusters.length + 1, x, xLast: x, items: [m], label: '' });
    }
    if (hasPanels) cite(m.sources);
  }
  // Words on the chart only where there is room for them; the list beside the chart has them all.
  clusters.forEach((c, i) => {
    const prev = clusters[i - 1];
    const next = clusters[i + 1];
    const room = (!prev || c.x - prev.xLast > span * 0.22) && (!next || next.x - c.xLast > span * 0.22);
    c.label = room && c.items.length === 1 ? shortMilestoneLabel(c.items[0]!, lang) : '';
  });

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
    sources,
    empty: !hasPanels,
  };
}
