// Apache ECharts with only what the growth charts use (lines, scatter, milestones as mark
// lines, title and footnote as graphics), both renderers: canvas on screen and for PNG, SVG for
// vector export. Loaded with the presenter, not with the explorer.
import { LineChart, ScatterChart } from 'echarts/charts';
import { GraphicComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([
  LineChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  GraphicComponent,
  LabelLayout,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type { EChartsOption };

function dataUrlToBlob(url: string): Blob {
  const [head, data] = url.split(',');
  const type = /data:([^;]+)/.exec(head ?? '')?.[1] ?? 'image/png';
  const bin = atob(data ?? '');
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** Renders an option off screen, laid out at `frame` (CSS px), as a PNG of `frame` × `scale` pixels. */
export function chartToPng(option: EChartsOption, frame: { width: number; height: number }, scale = 1): Blob {
  const div = document.createElement('div');
  div.style.cssText = `position:fixed;left:-100000px;top:0;width:${frame.width}px;height:${frame.height}px`;
  document.body.appendChild(div);
  const chart = echarts.init(div, undefined, { renderer: 'canvas', width: frame.width, height: frame.height, devicePixelRatio: scale });
  try {
    chart.setOption({ ...option, animation: false });
    return dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio: scale, backgroundColor: '#ffffff' }));
  } finally {
    chart.dispose();
    div.remove();
  }
}

/** The same drawing as a standalone SVG document (text stays text): laid out at `frame`, `scale` times as large. */
export function chartToSvg(option: EChartsOption, frame: { width: number; height: number }, scale = 1): string {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: frame.width, height: frame.height });
  try {
    chart.setOption({ ...option, animation: false });
    let svg = chart.renderToSVGString();
    // ECharts writes a viewBox of the frame: the width and height say how large to show it.
    svg = svg.replace(
      /^<svg width="\d+(\.\d+)?" height="\d+(\.\d+)?"/,
      `<svg width="${frame.width * scale}" height="${frame.height * scale}"`,
    );
    return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  } finally {
    chart.dispose();
  }
}
