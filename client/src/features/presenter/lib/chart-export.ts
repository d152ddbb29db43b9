// A chart as slides: 16:9 pages laid out at 1920×1080 (exported at that size or at twice it,
// 3840×2160, the same drawing), the first with a title, the date and what the range shows, a
// key to the markers, the chart filling the rest, and a compact footnote numbering every
// milestone on the chart and every source; what does not fit goes onto further pages (the first
// says so), never cut (export-layout.ts). Pure: ECharts options out, rendered by echarts.ts.
import type { EChartsOption } from 'echarts';
import type { SourceRef } from '../../../../../server/shared/contracts.ts';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import type { Measure } from './chart-layout.ts';
import { buildChartOption, CHART_FONT, INK, INK_2 } from './chart-option.ts';
import { GAP_YEARS, type ChartModel } from './chart-series.ts';
import { circled, footnoteLines, paginate, wrapText, type Paged } from './export-layout.ts';
import { milestoneText } from './milestone-text.ts';
import { sourceLine } from './point-text.ts';

/** The frame every export is laid out in; the large size is the same drawing at twice the pixels. */
export const EXPORT_FRAME = { width: 1920, height: 1080 } as const;
export const EXPORT_SIZES = [
  { id: '1080', width: 1920, height: 1080, scale: 1 },
  { id: '2160', width: 3840, height: 2160, scale: 2 },
] as const;
export type ExportSizeId = (typeof EXPORT_SIZES)[number]['id'];

/** Type on a slide: the chart at this scale of the screen's, the words around it in px. */
const CHART_SCALE = 1.6;
const MARGIN = 56;
const TITLE = 40;
const SUB = 22;
const KEY = 19;
const FOOT = 17;
const FOOT_LH = 24;
/** The footnote's share of the first page at most: the chart keeps the rest. */
const FOOT_SHARE = 0.3;
const SEPARATOR = '   ';

export interface ExportInput {
  model: ChartModel;
  lang: Lang;
  t: Translate<'presenter'>;
  measure: Measure;
  title: string;
  /** The day of the export, ISO (shown in words). */
  date: string;
  /** The view's address (the credit line). */
  url: string;
  sources: Map<string, SourceRef>;
}

export interface ExportPages {
  pages: EChartsOption[];
  footnote: Paged;
  /** Every milestone and source line, as listed (tests). */
  milestoneItems: string[];
  sourceItems: string[];
}

/** The key to the markers on this chart, one entry per kind drawn. */
export function keyEntries(model: ChartModel, t: Translate<'presenter'>): string[] {
  const kinds = new Set(model.points.filter((p) => !p.outside).map((p) => p.marker));
  const out: string[] = [];
  if (kinds.has('exact')) out.push(`● ${t('keyExact')}`);
  if (kinds.has('lower')) out.push(`↑ ${t('keyLower')}`);
  if (kinds.has('approx')) out.push(`○ ${t('keyApprox')}`);
  if (kinds.has('computed')) out.push(`◆ ${t('keyComputed')}`);
  if (kinds.has('cumulative')) out.push(`┄ ${t('keyCumulative')}`);
  if (model.panels.some((p) => p.lines.some((l) => l.spans.length))) out.push(`■ ${t('keySpan')}`);
  if (model.panels.some((p) => p.lines.some((l) => l.gaps.length))) out.push(`□ ${t('keyGap', { n: GAP_YEARS })}`);
  return out;
}

/** "2022–2025 shown (all years: 2006–2025); not shown: 150 (Oct 2006), 2 milestones". */
export function rangeText(model: ChartModel, lang: Lang, t: Translate<'presenter'>): string {
  const y = (ms: number) => String(new Date(ms).getUTCFullYear());
  if (!model.range.narrowed) return t('rangeAll', { from: y(model.xMin), to: y(model.xMax) });
  const earlier = [
    ...model.earlier.points.map((p) => `${p.label} (${formatDate(p.date, lang)})`),
    ...(model.earlier.milestones.length ? [t('earlierMilestones', { count: model.earlier.milestones.length })] : []),
  ];
  return t('rangeFrom', {
    from: y(model.xMin),
    to: y(model.xMax),
    allFrom: y(model.range.allMin),
    earlier: earlier.join(t('listComma')),
  });
}

/** The milestones on the chart, one item per fact: "③ 2022 ICAC: President, IAACA (2022–)". */
export function milestoneItems(model: ChartModel, lang: Lang): string[] {
  return model.milestones.flatMap((c) => c.items.map((m) => `${circled(c.n)} ${formatDate(m.date, lang)} ${milestoneText(m, lang)}`));
}

export function sourceItems(model: ChartModel, lang: Lang, sources: Map<string, SourceRef>): string[] {
  return model.sources.map((id, i) => {
    const s = sources.get(id);
    return `[${i + 1}] ${sourceLine(s, id, lang)}${s?.url ? ` <${s.url}>` : ''}`;
  });
}

type Graphic = Record<string, unknown>;

const textEl = (x: number, y: number, text: string, fontSize: number, extra: Record<string, unknown> = {}): Graphic => ({
  type: 'text',
  x,
  y,
  silent: true,
  z: 30,
  style: { text, fontSize, fontFamily: CHART_FONT, fill: INK_2, align: 'left', verticalAlign: 'top', ...extra },
});

export function composeExport(input: ExportInput): ExportPages {
  const { model, lang, t, measure } = input;
  const W = EXPORT_FRAME.width;
  const H = EXPORT_FRAME.height;
  const textW = W - 2 * MARGIN;
  const date = formatDate(input.date, lang);

  // Header: title, the date and range, the key (wrapped, never cut).
  const header: Graphic[] = [];
  let y = 30;
  for (const line of wrapText(input.title, textW, measure, TITLE, true)) {
    header.push(textEl(MARGIN, y, line, TITLE, { fontWeight: 'bold', fill: '#0f2a4a' }));
    y += Math.round(TITLE * 1.25);
  }
  y += 4;
  for (const line of wrapText(`${t('exportDated', { date })} · ${rangeText(model, lang, t)}`, textW, measure, SUB)) {
    header.push(textEl(MARGIN, y, line, SUB, { fill: INK }));
    y += Math.round(SUB * 1.4);
  }
  for (const line of wrapText(keyEntries(model, t).join(SEPARATOR), textW, measure, KEY)) {
    header.push(textEl(MARGIN, y, line, KEY));
    y += Math.round(KEY * 1.4);
  }
  const headerH = y + 4;

  // Footnote: milestones, then sources, then the credit line (always on the first page).
  const ms = milestoneItems(model, lang);
  const src = sourceItems(model, lang, input.sources);
  const all = footnoteLines({
    sections: [
      { heading: `${t('milestonesTitle')}:`, items: ms },
      { heading: `${t('sources')}:`, items: src },
    ],
    width: textW,
    measure,
    fontSize: FOOT,
    separator: SEPARATOR,
  });
  const credit = wrapText(t('footnote', { date: input.date, url: input.url }), textW, measure, FOOT);
  const maxLines = Math.max(2, Math.floor((H * FOOT_SHARE) / FOOT_LH) - credit.length);
  const perPage = Math.floor((H - 30 - Math.round(TITLE * 1.25) - 24 - 40 - credit.length * FOOT_LH) / FOOT_LH);
  const paged = paginate(all, maxLines, perPage, (pages) => t('continuedOnPages', { pages }));
  const footLines = [...paged.first, ...credit];
  const footH = footLines.length * FOOT_LH + 28;
  const foot: Graphic[] = footLines.map((line, i) =>
    textEl(MARGIN, H - footH + 12 + i * FOOT_LH, line, FOOT, i >= paged.first.length ? { fill: '#64748b' } : {}),
  );

  const chart = buildChartOption(model, {
    lang,
    t,
    width: W,
    height: H,
    measure,
    fontScale: CHART_SCALE,
    reserveTop: headerH,
    reserveBottom: footH,
    animation: false,
  });
  const chartGraphic = (chart.graphic as { elements: Graphic[] }).elements;
  const first: EChartsOption = { ...chart, graphic: { elements: [...chartGraphic, ...header, ...foot] } as EChartsOption['graphic'] };

  const pages: EChartsOption[] = [first];
  paged.more.forEach((lines, k) => {
    const els: Graphic[] = [];
    let yy = 30;
    els.push(
      textEl(MARGIN, yy, t('continuedTitle', { title: input.title, page: k + 2, pages: paged.more.length + 1 }), Math.round(TITLE * 0.75), {
        fontWeight: 'bold',
        fill: '#0f2a4a',
      }),
    );
    yy += Math.round(TITLE * 1.25) + 24;
    for (const line of lines) {
      els.push(textEl(MARGIN, yy, line, FOOT));
      yy += FOOT_LH;
    }
    credit.forEach((line, i) => els.push(textEl(MARGIN, H - 20 - (credit.length - i) * FOOT_LH, line, FOOT, { fill: '#64748b' })));
    pages.push({
      backgroundColor: '#ffffff',
      animation: false,
      textStyle: { fontFamily: CHART_FONT, color: INK },
      graphic: { elements: els } as EChartsOption['graphic'],
    });
  });
  return { pages, footnote: paged, milestoneItems: ms, sourceItems: src };
}
