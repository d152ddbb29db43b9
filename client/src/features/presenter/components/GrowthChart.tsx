// The chart itself: an ECharts instance kept in sync with the model, resized with its box,
// reporting clicks on points by their model index. SVG renderer: the chart's words are text in
// the page (found by search in the page, read by screen readers' text tools, checked by the tests
// for overlaps). `data-ready` turns "true" once the current option has been drawn, and
// `data-points-px` then lists where each drawn point is (ECharts' convertToPixel, px from the
// chart's top-left), for tests and screenshots.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Lang, Translate } from '../../../i18n/index.ts';
import { buildChartOption } from '../lib/chart-option.ts';
import type { ChartModel, MilestoneCluster } from '../lib/chart-series.ts';
import { echarts } from '../lib/echarts.ts';
import { measureText } from '../lib/measure.ts';

export interface GrowthChartProps {
  model: ChartModel;
  lang: Lang;
  t: Translate<'presenter'>;
  fontScale: number;
  selectedPid?: number;
  label: string;
  onPoint: (pid: number) => void;
  tooltip: (pid: number) => string;
  milestoneTooltip: (c: MilestoneCluster) => string;
}

export function GrowthChart(p: GrowthChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);
  const [size, setSize] = useState<{ width: number; height: number }>();
  const modelRef = useRef<ChartModel | null>(null);
  // A click on a point reaches the latest onPoint without re-making the chart.
  const onPoint = useEffectEvent((pid: number) => p.onPoint(pid));

  useEffect(() => {
    const el = boxRef.current!;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (e) => {
      const pid = (e.data as { pid?: number } | undefined)?.pid;
      if (typeof pid === 'number') onPoint(pid);
    });
    chart.on('finished', () => {
      // Only once an option has been drawn (a resize of the empty chart also says "finished").
      const m = modelRef.current;
      if (el.dataset.ready === 'true' || !m) return;
      const at = m.panels.flatMap((panel, i) =>
        panel.lines.flatMap((l) =>
          [...l.points, ...l.bounds]
            .filter((pt) => !pt.outside)
            .map((pt) => {
              const [x, y] = chart.convertToPixel({ xAxisIndex: i, yAxisIndex: i }, [pt.x, pt.y]) as number[];
              return { pid: pt.pid, label: pt.label, x: Math.round(x! * 10) / 10, y: Math.round(y! * 10) / 10 };
            }),
        ),
      );
      el.dataset.pointsPx = JSON.stringify(at);
      el.dataset.ready = 'true';
    });
    const ro = new ResizeObserver(() => {
      setSize({ width: el.clientWidth, height: el.clientHeight });
      chart.resize();
    });
    ro.observe(el);
    setSize({ width: el.clientWidth, height: el.clientHeight });
    return () => {
      ro.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  const { model, lang, t, fontScale, selectedPid, tooltip, milestoneTooltip } = p;
  useEffect(() => {
    const chart = chartRef.current;
    const el = boxRef.current;
    if (!chart || !el || !size || size.height < 40) return;
    el.dataset.ready = 'false';
    modelRef.current = model;
    // Type follows the box: full size from about 1150 px wide, smaller on a laptop.
    const fs = fontScale * Math.min(1, Math.max(0.72, size.width / 1150));
    chart.setOption(
      buildChartOption(model, {
        lang,
        t,
        width: size.width,
        height: size.height,
        measure: measureText,
        fontScale: fs,
        selectedPid,
        tooltip,
        milestoneTooltip,
      }),
      { notMerge: true },
    );
  }, [model, lang, t, fontScale, selectedPid, size, tooltip, milestoneTooltip]);

  return (
    <div
      ref={boxRef}
      className="growth-chart"
      role="img"
      aria-label={p.label}
      data-testid="growth-chart"
      data-ready="false"
      data-panels={model.panels.length}
      data-points={model.points.length}
      data-x-min={new Date(model.xMin).toISOString().slice(0, 10)}
      data-years={model.range.mode}
    />
  );
}
