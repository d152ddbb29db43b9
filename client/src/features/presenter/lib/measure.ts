// Text widths as the chart draws them: a canvas's measureText in the chart's font (ECharts
// measures its own text the same way), cached. Browser only; tests pass a fake measure.
import type { Measure } from './chart-layout.ts';
import { CHART_FONT } from './chart-option.ts';

let ctx: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export const measureText: Measure = (text, fontSize, bold = false) => {
  const key = `${bold ? 'b' : 'n'}${fontSize}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (ctx === undefined) ctx = document.createElement('canvas').getContext('2d');
  let w: number;
  if (ctx) {
    ctx.font = `${bold ? 'bold ' : ''}${fontSize}px ${CHART_FONT}`;
    w = ctx.measureText(text).width;
  } else {
    // No canvas (should not happen in a browser): a generous estimate, CJK full width.
    w = [...text].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 1 : 0.62), 0) * fontSize;
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, w);
  return w;
};
