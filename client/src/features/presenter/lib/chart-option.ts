// The ECharts option for a chart model: one grid per unit panel stacked on a shared time span,
// a line per organisation and series (derived: dashed step line), markers by kind (lower bounds
// as hollow up-arrows, never joined to the line), shaded bars over year/month periods, numbered
// milestone lines, and, for export, a title and a source footnote drawn into the chart.
import type { EChartsOption } from 'echarts';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { unitName } from './unit-name.ts';
import type { ChartLine, ChartModel, MarkerKind, MilestoneCluster, PlotPoint } from './chart-series.ts';

export const CHART_FONT = "'Noto Sans', 'Noto Sans CJK TC', 'Noto Sans TC', system-ui, sans-serif";
const INK = '#0f172a';
const INK_2 = '#334155';
const GRID_LINE = '#e2e8f0';
/** An arrow pointing up: "at least this many". */
export const LOWER_BOUND_SYMBOL = 'path://M8,0 L16,9 L11,9 L11,20 L5,20 L5,9 L0,9 Z';

export interface ChartOptionInput {
  lang: Lang;
  t: Translate<'presenter'>;
  width: number;
  height: number;
  /** 1 on screen; larger for presentation mode and slides. */
  fontScale?: number;
  /** Drawn into the chart (exports). */
  title?: string;
  subtitle?: string;
  footnote?: string[];
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

function markerStyle(marker: MarkerKind, color: string, fs: number, selected: boolean) {
  const ring = selected ? { borderColor: INK, borderWidth: 3 } : {};
  switch (marker) {
    case 'lower':
      return {
        symbol: LOWER_BOUND_SYMBOL,
        symbolSize: [15 * fs, 19 * fs],
        itemStyle: { color: '#ffffff', borderColor: color, borderWidth: 2.5, ...ring },
      };
    case 'approx':
      return {
        symbol: 'circle',
        symbolSize: 12 * fs,
        itemStyle: { color: '#ffffff', borderColor: color, borderWidth: 2.5, borderType: 'dashed' as const, ...ring },
      };
    case 'computed':
      return { symbol: 'diamond', symbolSize: 13 * fs, itemStyle: { color, borderColor: '#ffffff', borderWidth: 1.5, ...ring } };
    case 'cumulative':
      return { symbol: 'circle', symbolSize: 6 * fs, itemStyle: { color, borderColor: '#ffffff', borderWidth: 1, ...ring } };
    default:
      return { symbol: 'circle', symbolSize: 11 * fs, itemStyle: { color, borderColor: '#ffffff', borderWidth: 2, ...ring } };
  }
}

/** Where the joined line passes at x (linear between its points), or undefined outside it. */
export function lineYAt(line: ChartLine, x: number): number | undefined {
  const pts = line.points;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    if (x >= a.x && x <= b.x) return b.x === a.x ? b.y : a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
  }
  return undefined;
}

export function buildChartOption(model: ChartModel, o: ChartOptionInput): EChartsOption {
  const fs = o.fontScale ?? 1;
  const base = Math.round(14 * fs);
  const small = Math.round(12.5 * fs);
  const n = Math.max(1, model.panels.length);
  const span = Math.max(1, model.xMax - model.xMin);
  const xMin = model.xMin - span * 0.03;
  const xMax = model.xMax + span * 0.04;

  // Vertical bands (px): title, legend, milestone labels, panels, footnote.
  const titleH = o.title ? Math.round((o.subtitle ? 86 : 56) * fs) : 0;
  const legendH = Math.round(34 * fs);
  const milestoneH = model.milestones.length ? Math.round(30 * fs) : 0;
  // The unit's name sits just above its panel; milestone numbers go above that, clear of it.
  const unitH = Math.round(26 * fs);
  const footH = o.footnote?.length ? Math.round((o.footnote.length * 17 + 22) * fs) : 0;
  const axisH = Math.round(34 * fs);
  const gap = Math.round(34 * fs) + unitH;
  const top = titleH + legendH + milestoneH + unitH + Math.round(6 * fs);
  const usable = Math.max(120, o.height - top - footH - axisH);
  const panelH = Math.max(80, (usable - gap * (n - 1)) / n);
  const left = Math.round(64 * fs);
  const right = Math.round(36 * fs);

  const grid = model.panels.map((_, i) => ({ left, right, top: top + i * (panelH + gap), height: panelH, containLabel: false }));
  const xAxis = model.panels.map((_, i) => ({
    type: 'time' as const,
    gridIndex: i,
    min: xMin,
    max: xMax,
    axisLabel: { fontSize: small, color: INK_2, hideOverlap: true, fontFamily: CHART_FONT },
    axisLine: { lineStyle: { color: '#94a3b8' } },
    axisTick: { lineStyle: { color: '#94a3b8' } },
    splitLine: { show: false },
  }));
  const yAxis = model.panels.map((p, i) => ({
    type: 'value' as const,
    gridIndex: i,
    min: 0,
    name: unitName(o.lang, p.unit),
    nameLocation: 'end' as const,
    nameGap: Math.round(12 * fs),
    nameTextStyle: { fontSize: base, fontWeight: 'bold' as const, color: INK, align: 'left' as const, fontFamily: CHART_FONT },
    axisLabel: { fontSize: small, color: INK_2, fontFamily: CHART_FONT },
    splitLine: { lineStyle: { color: GRID_LINE } },
  }));

  const series: NonNullable<EChartsOption['series']> = [];
  const legend: string[] = [];
  const labelFor = (pt: PlotPoint) => pt.label;
  model.panels.forEach((panel, i) => {
    for (const line of panel.lines) {
      const name = legendName(line, o.lang, o.t);
      if (!legend.includes(name)) legend.push(name);
      const labelAll = line.kind === 'published' && line.points.length + line.bounds.length <= 12;
      const lastPid = line.points[line.points.length - 1]?.pid;
      const item = (pt: PlotPoint) => {
        const style = markerStyle(pt.marker, line.color, fs, pt.pid === o.selectedPid);
        const showLabel = labelAll || (line.kind === 'published' && pt.pid === lastPid);
        return {
          value: [pt.x, pt.y],
          pid: pt.pid,
          ...style,
          label: { show: showLabel, formatter: () => labelFor(pt) },
        };
      };
      const labelStyle = {
        position: 'top' as const,
        distance: 7 * fs,
        fontSize: base,
        fontWeight: 'bold' as const,
        color: line.color,
        fontFamily: CHART_FONT,
        textBorderColor: '#ffffff',
        textBorderWidth: 3,
      };
      if (line.points.length) {
        series.push({
          type: 'line',
          name,
          xAxisIndex: i,
          yAxisIndex: i,
          data: line.points.map(item),
          step: line.kind === 'derived' ? 'end' : undefined,
          showAllSymbol: true,
          symbolKeepAspect: true,
          lineStyle: { color: line.color, width: (line.kind === 'derived' ? 2.5 : 3.2) * fs, type: line.lineType },
          itemStyle: { color: line.color },
          label: labelStyle,
          emphasis: { focus: 'series', scale: 1.4 },
          labelLayout: { hideOverlap: true },
          z: line.kind === 'derived' ? 3 : 4,
          cursor: 'pointer',
        });
      }
      if (line.bounds.length) {
        series.push({
          type: 'scatter',
          name,
          xAxisIndex: i,
          yAxisIndex: i,
          // "≥N" on the side of its arrow away from the line.
          data: line.bounds.map((pt) => {
            const y = lineYAt(line, pt.x);
            return {
              ...item(pt),
              label: {
                show: true,
                position: y !== undefined && y > pt.y ? ('bottom' as const) : ('top' as const),
                formatter: () => labelFor(pt),
              },
            };
          }),
          symbolKeepAspect: true,
          itemStyle: { color: line.color },
          label: labelStyle,
          emphasis: { scale: 1.3 },
          z: 5,
          cursor: 'pointer',
        });
      }
      for (const s of line.spans) {
        series.push({
          type: 'line',
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
    if (model.milestones.length) {
      series.push({
        type: 'line',
        name: '__milestones',
        xAxisIndex: i,
        yAxisIndex: i,
        data: [],
        markLine: {
          symbol: ['none', 'none'],
          animation: false,
          silent: false,
          lineStyle: { color: '#64748b', type: [5, 4], width: 1.6 },
          emphasis: { lineStyle: { width: 2.5, color: INK } },
          label:
            i === 0
              ? {
                  show: true,
                  position: 'end',
                  distance: unitH + 4,
                  formatter: (p: { data?: { cluster?: number } }) => {
                    const c = model.milestones[(p.data?.cluster ?? 1) - 1];
                    return c ? (c.label ? `{n|${c.n}} {t|${c.label}}` : `{n|${c.n}}`) : '';
                  },
                  rich: {
                    n: {
                      backgroundColor: INK_2,
                      color: '#ffffff',
                      borderRadius: 9 * fs,
                      padding: [2 * fs, 6 * fs],
                      fontWeight: 'bold',
                      fontSize: small,
                      fontFamily: CHART_FONT,
                    },
                    t: { color: INK_2, fontSize: small, fontWeight: 'bold', fontFamily: CHART_FONT, padding: [0, 0, 0, 2] },
                  },
                }
              : { show: false },
          tooltip: o.milestoneTooltip
            ? { formatter: (p: { data?: { cluster?: number } }) => o.milestoneTooltip!(model.milestones[(p.data?.cluster ?? 1) - 1]!) }
            : undefined,
          // Words near either end of the axis run inwards, so they stay inside the chart.
          data: model.milestones.map((c) => {
            const at = (c.x - xMin) / (xMax - xMin);
            return {
              xAxis: c.x,
              cluster: c.n,
              name: String(c.n),
              label: { align: at > 0.75 ? ('right' as const) : at < 0.2 ? ('left' as const) : ('center' as const) },
            };
          }),
        },
      } as NonNullable<EChartsOption['series']> extends (infer S)[] ? S : never);
    }
  });

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
    series,
    legend: {
      data: legend,
      top: titleH + Math.round(4 * fs),
      left: left - Math.round(8 * fs),
      right,
      type: o.title ? 'plain' : 'scroll',
      itemWidth: Math.round(30 * fs),
      itemHeight: Math.round(12 * fs),
      itemGap: Math.round(22 * fs),
      textStyle: { fontSize: base, color: INK, fontFamily: CHART_FONT },
    },
    tooltip: o.tooltip
      ? {
          trigger: 'item',
          confine: true,
          enterable: false,
          backgroundColor: 'rgba(15, 23, 42, 0.95)',
          borderWidth: 0,
          textStyle: { color: '#ffffff', fontSize: small, fontFamily: CHART_FONT },
          extraCssText: 'max-width: 380px; white-space: normal; line-height: 1.4;',
          formatter: (params: unknown) => {
            const p = params as { data?: { pid?: number } };
            return typeof p.data?.pid === 'number' ? o.tooltip!(p.data.pid) : '';
          },
        }
      : undefined,
  };
  if (o.title) {
    option.title = {
      text: o.title,
      subtext: o.subtitle,
      left: left - Math.round(8 * fs),
      top: Math.round(14 * fs),
      textStyle: { fontSize: Math.round(26 * fs), fontWeight: 'bold', color: '#0f2a4a', fontFamily: CHART_FONT },
      subtextStyle: { fontSize: small, color: '#475569', fontFamily: CHART_FONT, width: o.width - left * 2, overflow: 'break' },
      itemGap: Math.round(8 * fs),
    };
  }
  if (o.footnote?.length) {
    option.graphic = [
      {
        type: 'text',
        left: left - Math.round(8 * fs),
        bottom: Math.round(12 * fs),
        style: {
          text: o.footnote.join('\n'),
          fontSize: Math.round(11.5 * fs),
          lineHeight: Math.round(17 * fs),
          fill: INK_2,
          fontFamily: CHART_FONT,
          width: o.width - left * 2,
          overflow: 'truncate',
        },
      },
    ];
  }
  return option;
}
