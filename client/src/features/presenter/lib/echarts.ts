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

/** Renders an option off screen at a fixed size and returns a PNG (2x pixels for slides). */
export function chartToPng(option: EChartsOption, size: { width: number; height: number }, pixelRatio = 2): Blob {
  const div = document.createElement('div');
  div.style.cssText = `position:fixed;left:-100000px;top:0;width:${size.width}px;height:${size.height}px`;
  document.body.appendChild(div);
  const chart = echarts.init(div, undefined, { renderer: 'canvas', width: size.width, height: size.height, devicePixelRatio: pixelRatio });
  try {
    chart.setOption({ ...option, animation: false });
    return dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: '#ffffff' }));
  } finally {
    chart.dispose();
    div.remove();
  }
}

/** The same chart as a standalone SVG document (text stays text). */
export function chartToSvg(option: EChartsOption, size: { width: number; height: number }): string {
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = chart.renderToSVGString();
    return svg.startsWith('<?xml') ? svg : `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
  } finally {
    chart.dispose();
  }
}
