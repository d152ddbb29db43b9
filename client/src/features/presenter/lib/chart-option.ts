// The ECharts option for a chart model: one grid per unit panel stacked on a shared time span,
// a line per organisation and series (derived: dashed step line; broken where a long gap has no
// count, the gap shaded), markers by kind (lower bounds as hollow up-arrows, never joined to the
// line), shaded bars over year/month periods, numbered milestones. Every word on the chart is
// placed by chart-layout.ts in pixels (this module fixes the axes' ranges so it knows where
// everything is): point labels clear of every line and marker, milestone numbers in a row above
// the panels with their words only where they fit whole. Milestone lines, labels and shading are
// silent graphics drawn under the series: a click on a point always reaches the point.
import type { EChartsOption } from 'echarts';
import type { Lang, Translate } from '../../../i18n/index.ts';
import {
  niceScale,
  packRows,
  placeLabels,
  placeMilestones,
  polylineSegs,
  stepPolyline,
  type Box,
  type LabelRequest,
  type Measure,
  type PlacedLabel,
  type PlacedMilestone,
  type Seg,
} from './chart-layout.ts';
import type { ChartLine, ChartModel, MarkerKind, MilestoneCluster, PlotPoint } from './chart-series.ts';
import { unitName } from './unit-name.ts';

export const CHART_FONT = "'Noto Sans', 'Noto Sans CJK TC', 'Noto Sans TC', system-ui, sans-serif";
export const INK = '#0f172a';
export const INK_2 = '#334155';
const GRID_LINE = '#e2e8f0';
const GAP_FILL = '#eef2f7';
/** An arrow pointing up: "at least this many". */
export const LOWER_BOUND_SYMBOL = 'path://M8,0 L16,9 L11,9 L11,20 L5,20 L5,9 L0,9 Z';

export interface ChartOptionInput {
  lang: Lang;
  t: Translate<'presenter'>;
  width: number;
  height: number;
  measure: Measure;
  /** 1 on screen; larger for presentation mode and slides. */
  fontScale?: number;
  /** Space kept free above and below the chart (an export's title and footnote), px. */
  reserveTop?: number;
  reserveBottom?: number;
  selectedPid?: number;
  animation?: boolean;
  /** Tooltip HTML for a point (screen only). */
  tooltip?: (pid: number) => string;
  milestoneTooltip?: (c: MilestoneCluster) => string;
}

export function legendName(line: ChartLine, lang: Lang, t: Translate<'presenter'>): string {
  if (line.kind === 'derived')
    return line.unknownDateCount
      ? t('derivedLegend', { org: line.orgName, n: line.unknownDateCount })
      : t('derivedLegendAll', { org: line.orgName });
  return `${line.orgName} — ${unitName(lang, line.seriesLabel)}`;
}

/** Marker size in px (width, height) by kind. */
function markerSize(marker: MarkerKind, fs: number): [number, number] {
  switch (marker) {
    case 'lower':
      return [15 * fs, 19 * fs];
    case 'approx':
      return [12 * fs, 12 * fs];
    case 'computed':
      return [13 * fs, 13 * fs];
    case 'cumulative':
      return [6 * fs, 6 * fs];
    default:
      return [11 * fs, 11 * fs];
  }
}

function markerStyle(marker: MarkerKind, color: string, fs: number, selected: boolean) {
  const ring = selected ? { borderColor: INK, borderWidth: 3 } : {};
  const size = markerSize(marker, fs);
  switch (marker) {
    case 'lower':
      return {
        symbol: LOWER_BOUND_SYMBOL,
        symbolSize: size,
        itemStyle: { color: '#ffffff', borderColor: color, borderWidth: 2.5, ...ring },
      };
    case 'approx':
      return {
        symbol: 'circle',
        symbolSize: size[0],
        itemStyle: { color: '#ffffff', borderColor: color, borderWidth: 2.5, borderType: 'dashed' as const, ...ring },
      };
    case 'computed':
      return { symbol: 'diamond', symbolSize: size[0], itemStyle: { color, borderColor: '#ffffff', borderWidth: 1.5, ...ring } };
    case 'cumulative':
      return { symbol: 'circle', symbolSize: size[0], itemStyle: { color, borderColor: '#ffffff', borderWidth: 1, ...ring } };
    default:
      return { symbol: 'circle', symbolSize: size[0], itemStyle: { color, borderColor: '#ffffff', borderWidth: 2, ...ring } };
  }
}

/** Where the joined line passes at x (linear between its points), or undefined outside it. */
export function lineYAt(line: ChartLine, x: number): number | undefined {
  for (const pts of line.segments) {
    for (let i = 1; i < pts.length; i++) {
      const a = pts[i - 1]!;
      const b = pts[i]!;
      if (x >= a.x && x <= b.x) return b.x === a.x ? b.y : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
    }
  }
  return undefined;
}

export interface ChartPanelLayout {
  rect: Box;
  yMax: number;
  interval: number;
}

/** Everything the option draws, in px: for the option itself and for tests. */
export interface ChartLayout {
  fs: number;
  left: number;
  right: number;
  xAxisMin: number;
  xAxisMax: number;
  legendTop: number;
  legendRows: number;
  panels: ChartPanelLayout[];
  labels: { panel: number; label: PlacedLabel; color: string }[];
  milestones: PlacedMilestone[];
  gaps: { panel: number; box: Box; text?: PlacedLabel }[];
  /** The legend's entries (one per line name, in order). */
  legend: string[];
  xToPx: (x: number) => number;
  yToPx: (panel: number, y: number) => number;
}

const visible = (pts: readonly PlotPoint[]) => pts.filter((p) => !p.outside);

/** The pixel layout of a chart at a size. */
export function chartLayout(model: ChartModel, o: ChartOptionInput): ChartLayout {
  const fs = o.fontScale ?? 1;
  const base = Math.round(14 * fs);
  const small = Math.round(12.5 * fs);
  const lineH = Math.round(base * 1.25);
  const n = Math.max(1, model.panels.length);
  const span = Math.max(1, model.xMax - model.xMin);
  const xAxisMin = model.xMin - span * 0.03;
  const xAxisMax = model.xMax + span * 0.05;
  const left = Math.round(64 * fs);
  const right = Math.round(36 * fs);
  const plotW = Math.max(50, o.width - left - right);
  const xToPx = (x: number) => left + ((x - xAxisMin) / (xAxisMax - xAxisMin)) * plotW;

  // Legend rows, as ECharts wraps a plain horizontal legend.
  const legend: string[] = [];
  for (const p of model.panels)
    for (const l of p.lines) if (!legend.includes(legendName(l, o.lang, o.t))) legend.push(legendName(l, o.lang, o.t));
  const itemW = Math.round(30 * fs);
  const itemGap = Math.round(22 * fs);
  const legendRowH = Math.max(Math.round(12 * fs), Math.round(base * 1.3));
  const legendRows = packRows(
    legend.map((s) => itemW + 5 + Math.ceil(o.measure(s, base))),
    o.width - 2 * left,
    itemGap,
  );
  const legendTop = (o.reserveTop ?? 0) + Math.round(6 * fs);
  let cursor = legendTop + legendRows * legendRowH + Math.max(0, legendRows - 1) * itemGap + Math.round(8 * fs);

  // The milestone row and its leaders.
  const padX = Math.round(6 * fs);
  const padY = Math.round(2 * fs);
  const msRowH = Math.ceil(small * 1.2) + 2 * padY;
  const leader = Math.round(12 * fs);
  let milestones: PlacedMilestone[] = [];
  if (model.milestones.length) {
    milestones = placeMilestones({
      marks: model.milestones.map((c) => ({ n: c.n, x: xToPx(c.x), text: c.label })),
      measure: o.measure,
      fontSize: small,
      padX,
      padY,
      top: cursor,
      minX: Math.round(6 * fs),
      maxX: o.width - Math.round(6 * fs),
      gap: Math.round(4 * fs),
    });
    cursor += msRowH + leader;
  }

  const unitH = Math.round(base * 1.2 + 10 * fs);
  const axisH = Math.round(small * 1.2 + 16 * fs);
  const panelGap = Math.round(8 * fs);
  const bottom = o.height - (o.reserveBottom ?? 0);
  const ph = Math.max(70, (bottom - cursor - n * (unitH + axisH) - (n - 1) * panelGap) / n);
  const headroom = lineH + Math.round(8 * fs) + 10 * fs;
  const panels: ChartPanelLayout[] = model.panels.map((p, i) => {
    const top = cursor + unitH + i * (unitH + ph + axisH + panelGap);
    const f = Math.min(0.45, headroom / ph);
    const s = niceScale(Math.max(1, p.yMax) / (1 - f));
    return { rect: { x1: left, y1: top, x2: left + plotW, y2: top + ph }, yMax: s.max, interval: s.interval };
  });
  const yToPx = (i: number, y: number) => {
    const p = panels[i]!;
    return p.rect.y2 - (y / p.yMax) * (p.rect.y2 - p.rect.y1);
  };

  // Point labels, panel by panel.
  const labels: ChartLayout['labels'] = [];
  const gaps: ChartLayout['gaps'] = [];
  model.panels.forEach((panel, i) => {
    const rect = panels[i]!.rect;
    const at = (p: PlotPoint) => ({ x: xToPx(p.x), y: yToPx(i, p.y) });
    const segs: Seg[] = [];
    const boxes: Box[] = [];
    const requests: LabelRequest[] = [];
    const colorOf = new Map<number, string>();
    for (const line of panel.lines) {
      const width = (line.kind === 'derived' ? 2.5 : 3.2) * fs;
      for (const run of line.segments) {
        const pts = run.map((p) => (p.outside ? { x: xToPx(xAxisMin), y: yToPx(i, p.y) } : at(p)));
        segs.push(...polylineSegs(line.kind === 'derived' ? stepPolyline(pts) : pts, width / 2 + 2));
      }
      for (const s of line.spans) segs.push({ x1: xToPx(s.x1), y1: yToPx(i, s.y), x2: xToPx(s.x2), y2: yToPx(i, s.y), pad: 4.5 * fs + 1 });
      const shown = [...visible(line.points), ...visible(line.bounds)];
      for (const p of shown) {
        const [w, h] = markerSize(p.marker, fs);
        const c = at(p);
        boxes.push({ x1: c.x - w / 2 - 1, y1: c.y - h / 2 - 1, x2: c.x + w / 2 + 1, y2: c.y + h / 2 + 1 });
      }
      if (line.kind !== 'published') continue;
      const pts = visible(line.points);
      const bounds = visible(line.bounds);
      const labelAll = pts.length + bounds.length <= 12;
      // Most important first: the latest count, the bounds ("≥160" must not pass for a value), the first, the rest.
      const order = labelAll ? [...pts.slice(-1), ...bounds, ...pts.slice(0, 1), ...pts.slice(1, -1).reverse()] : pts.slice(-1);
      for (const p of new Set(order)) {
        const [w, h] = markerSize(p.marker, fs);
        requests.push({ id: p.pid, text: p.label, ...at(p), half: { w: w / 2, h: h / 2 } });
        colorOf.set(p.pid, line.color);
      }
    }
    for (const m of model.milestones) {
      const x = xToPx(m.x);
      segs.push({ x1: x, y1: rect.y1, x2: x, y2: rect.y2, pad: 2 });
    }
    const container = { x1: rect.x1, y1: rect.y1, x2: o.width - Math.round(4 * fs), y2: rect.y2 };
    const placed = placeLabels({
      requests,
      segs,
      boxes,
      container,
      measure: o.measure,
      fontSize: base,
      bold: true,
      lineHeight: lineH,
      distance: Math.round(6 * fs),
    });
    for (const label of placed) labels.push({ panel: i, label, color: colorOf.get(label.id)! });
    // Gaps: shaded, with a few words when they fit clear of everything else.
    const gapLines = panel.lines.flatMap((l) => l.gaps);
    for (const g of gapLines) {
      const x1 = Math.max(rect.x1, xToPx(g.x1));
      const x2 = Math.min(rect.x2, xToPx(g.x2));
      if (x2 - x1 < 2) continue;
      const box = { x1, y1: rect.y1, x2, y2: rect.y2 };
      const years = Math.round((g.x2 - g.x1) / (365.25 * 86_400_000));
      const text = o.t('gapLabel', { n: years });
      const [t] = placeLabels({
        requests: [{ id: -1, text, x: (x1 + x2) / 2, y: rect.y1 + (rect.y2 - rect.y1) * 0.35, half: { w: 0, h: 0 } }],
        segs,
        boxes: [...boxes, ...placed.map((l) => l.box)],
        container: { x1: x1 + 4, y1: rect.y1, x2: x2 - 4, y2: rect.y2 },
        measure: o.measure,
        fontSize: small,
        lineHeight: Math.round(small * 1.25),
        distance: 0,
      });
      gaps.push({ panel: i, box, text: t });
    }
  });
  return { fs, left, right, xAxisMin, xAxisMax, legendTop, legendRows, panels, labels, milestones, gaps, legend, xToPx, yToPx };
}

type GraphicElement = Record<string, unknown>;

export function buildChartOption(model: ChartModel, o: ChartOptionInput): EChartsOption {
  const L = chartLayout(model, o);
  const fs = L.fs;
  const base = Math.round(14 * fs);
  const small = Math.round(12.5 * fs);
  const { left, right } = L;

  const grid = L.panels.map((p) => ({
    left,
    right,
    top: p.rect.y1,
    height: p.rect.y2 - p.rect.y1,
    containLabel: false,
  }));
  const xAxis = L.panels.map((_, i) => ({
    type: 'time' as const,
    gridIndex: i,
    min: L.xAxisMin,
    max: L.xAxisMax,
    axisLabel: {
      fontSize: small,
      color: INK_2,
      hideOverlap: true,
      fontFamily: CHART_FONT,
      // Month names in the interface language (ECharts' own are English).
      formatter:
        o.lang === 'zh' ? { year: '{yyyy}年', month: '{M}月', day: '{M}月{d}日' } : { year: '{yyyy}', month: '{MMM}', day: '{d} {MMM}' },
    },
    axisLine: { lineStyle: { color: '#94a3b8' } },
    axisTick: { lineStyle: { color: '#94a3b8' } },
    splitLine: { show: false },
  }));
  const yAxis = model.panels.map((p, i) => ({
    type: 'value' as const,
    gridIndex: i,
    min: 0,
    max: L.panels[i]!.yMax,
    interval: L.panels[i]!.interval,
    name: unitName(o.lang, p.unit),
    nameLocation: 'end' as const,
    nameGap: Math.round(10 * fs),
    nameTextStyle: { fontSize: base, fontWeight: 'bold' as const, color: INK, align: 'left' as const, fontFamily: CHART_FONT },
    axisLabel: { fontSize: small, color: INK_2, fontFamily: CHART_FONT },
    splitLine: { lineStyle: { color: GRID_LINE } },
  }));

  const series: Record<string, unknown>[] = [];
  model.panels.forEach((panel, i) => {
    for (const line of panel.lines) {
      const name = legendName(line, o.lang, o.t);
      const item = (pt: PlotPoint) => ({
        value: [pt.x, pt.y],
        pid: pt.pid,
        ...markerStyle(pt.marker, line.color, fs, pt.pid === o.selectedPid),
      });
      // One series per run: the line is broken across a long gap.
      for (const run of line.segments) {
        series.push({
          type: 'line' as const,
          name,
          xAxisIndex: i,
          yAxisIndex: i,
          // A derived step line entering the range from an earlier date starts at the axis, at its level then.
          data: run.map((pt) => (pt.outside ? { value: [L.xAxisMin, pt.y], symbol: 'none' } : item(pt))),
          step: line.kind === 'derived' ? 'end' : undefined,
          showAllSymbol: true,
          symbolKeepAspect: true,
          clip: true,
          lineStyle: { color: line.color, width: (line.kind === 'derived' ? 2.5 : 3.2) * fs, type: line.lineType },
          itemStyle: { color: line.color },
          label: { show: false },
          emphasis: { scale: 1.4 },
          z: line.kind === 'derived' ? 3 : 4,
          cursor: 'pointer',
        });
      }
      const bounds = visible(line.bounds);
      if (bounds.length) {
        series.push({
          type: 'scatter' as const,
          name,
          xAxisIndex: i,
          yAxisIndex: i,
          data: bounds.map(item),
          symbolKeepAspect: true,
          itemStyle: { color: line.color },
          label: { show: false },
          emphasis: { scale: 1.3 },
          z: 5,
          cursor: 'pointer',
        });
      }
      for (const s of line.spans) {
        series.push({
          type: 'line' as const,
          name,
          xAxisIndex: i,
          yAxisIndex: i,
          data: [
            [s.x1, s.y],
            [s.x2, s.y],
          ],
          symbol: 'none',
          silent: true,
          lineStyle: { color: line.color, width: 9 * fs, opacity: 0.22, cap: 'butt' },
          tooltip: { show: false },
          z: 1,
        });
      }
    }
  });

  // Silent graphics under the series: gaps, milestone lines and leaders; words above them.
  const graphic: GraphicElement[] = [];
  const text = (box: { x: number; y: number }, style: Record<string, unknown>, extra: GraphicElement = {}) => ({
    type: 'text',
    x: box.x,
    y: box.y,
    silent: true,
    z: 20,
    style: { fontFamily: CHART_FONT, ...style },
    ...extra,
  });
  for (const g of L.gaps) {
    graphic.push({
      type: 'rect',
      silent: true,
      z: 0,
      shape: { x: g.box.x1, y: g.box.y1, width: g.box.x2 - g.box.x1, height: g.box.y2 - g.box.y1 },
      style: { fill: GAP_FILL },
    });
    if (g.text)
      graphic.push(
        text(
          { x: g.text.box.x1 + 1, y: g.text.box.y1 },
          { text: g.text.text, fontSize: small, fill: '#64748b', fontStyle: 'italic', verticalAlign: 'top', align: 'left' },
        ),
      );
  }
  const firstTop = L.panels[0]?.rect.y1 ?? 0;
  for (const m of L.milestones) {
    for (const p of L.panels)
      graphic.push({
        type: 'line',
        silent: true,
        z: 1,
        shape: { x1: m.x, y1: p.rect.y1, x2: m.x, y2: p.rect.y2 },
        style: { stroke: '#64748b', lineWidth: 1.6, lineDash: [5, 4] },
      });
    const cx = (m.badge.x1 + m.badge.x2) / 2;
    graphic.push({
      type: 'line',
      silent: true,
      z: 1,
      shape: { x1: cx, y1: m.badge.y2, x2: m.x, y2: firstTop },
      style: { stroke: '#64748b', lineWidth: 1.2 },
    });
    const cluster = model.milestones.find((c) => c.n === m.n)!;
    graphic.push(
      text(
        { x: cx, y: (m.badge.y1 + m.badge.y2) / 2 },
        {
          text: String(m.n),
          fontSize: small,
          fontWeight: 'bold',
          fill: '#ffffff',
          backgroundColor: INK_2,
          borderRadius: 9 * fs,
          padding: [Math.round(2 * fs), Math.round(6 * fs)],
          align: 'center',
          verticalAlign: 'middle',
        },
        o.milestoneTooltip ? { silent: false, tooltip: { formatter: () => o.milestoneTooltip!(cluster) } } : {},
      ),
    );
    if (m.text)
      graphic.push(
        text(
          { x: m.text.align === 'left' ? m.text.box.x1 : m.text.box.x2, y: (m.text.box.y1 + m.text.box.y2) / 2 },
          { text: m.text.text, fontSize: small, fontWeight: 'bold', fill: INK_2, align: m.text.align, verticalAlign: 'middle' },
        ),
      );
  }
  for (const { label, color } of L.labels) {
    graphic.push(
      text(
        { x: label.box.x1 + 1, y: label.box.y1 },
        {
          text: label.text,
          fontSize: base,
          fontWeight: 'bold',
          fill: color,
          stroke: '#ffffff',
          lineWidth: 3,
          align: 'left',
          verticalAlign: 'top',
        },
      ),
    );
  }

  const option: EChartsOption = {
    backgroundColor: '#ffffff',
    animation: o.animation ?? true,
    animationDuration: 400,
    // A click (selection) or a resize redraws at once rather than re-animating every line.
    animationDurationUpdate: 0,
    useUTC: true,
    textStyle: { fontFamily: CHART_FONT, color: INK },
    grid,
    xAxis,
    yAxis,
    series: series as EChartsOption['series'],
    graphic: { elements: graphic } as EChartsOption['graphic'],
    legend: {
      data: L.legend,
      top: L.legendTop,
      left: left - Math.round(8 * fs),
      width: o.width - 2 * left,
      type: 'plain',
      selectedMode: false,
      itemWidth: Math.round(30 * fs),
      itemHeight: Math.round(12 * fs),
      itemGap: Math.round(22 * fs),
      textStyle: { fontSize: base, color: INK, fontFamily: CHART_FONT },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      enterable: false,
      show: !!o.tooltip,
      backgroundColor: 'rgba(15, 23, 42, 0.95)',
      borderWidth: 0,
      textStyle: { color: '#ffffff', fontSize: small, fontFamily: CHART_FONT },
      extraCssText: 'max-width: 380px; white-space: normal; line-height: 1.4;',
      formatter: (params: unknown) => {
        const p = params as { data?: { pid?: number } };
        return typeof p.data?.pid === 'number' && o.tooltip ? o.tooltip(p.data.pid) : '';
      },
    },
  };
  return option;
}
