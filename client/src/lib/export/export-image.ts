// Slides of the view for briefings: the network fitted into a 16:9 frame (1920x1080 or 3840x2160)
// with a title, a subtitle and date, and a numbered source footnote (slide-layout.ts decides where
// everything goes; sources that do not fit continue on further pages). PNG through a canvas in
// the browser; SVG as real text around the network's own SVG.
import { SLIDE_TYPE, layoutSlide, type Measurer, type SlideLayout, type SlideSize, type SlideText } from './slide-layout.ts';
import { xmlEscape } from './export-data.ts';

export const SLIDE_FONT = '"Noto Sans", "Noto Sans CJK TC", "Noto Sans TC", system-ui, sans-serif';
const INK = '#0f2a4a';
const MUTED = '#475569';
const FOOT = '#334155';
const RULE = '#e2e8f0';

/** Text widths with the slide's font (a canvas's measureText). */
export function canvasMeasurer(): Measurer {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, px, bold) => {
    ctx.font = `${bold ? 700 : 400} ${px}px ${SLIDE_FONT}`;
    return ctx.measureText(text).width;
  };
}

export function slideLayout(text: SlideText, size: SlideSize): SlideLayout {
  return layoutSlide(text, size, canvasMeasurer());
}

const toBlob = (canvas: HTMLCanvasElement) =>
  new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));

function newPage(l: SlideLayout): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = l.width;
  canvas.height = l.height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, l.width, l.height);
  ctx.textBaseline = 'top';
  return [canvas, ctx];
}

/** An SVG drawn into `box` of a canvas (its own viewBox scaled to the box). */
async function drawSvg(
  ctx: CanvasRenderingContext2D,
  svg: string,
  box: { x: number; y: number; width: number; height: number },
): Promise<void> {
  const sized = svg.replace(/<svg([^>]*?)\swidth="[^"]*"\sheight="[^"]*"/, `<svg$1 width="${box.width}" height="${box.height}"`);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
  await img.decode();
  ctx.drawImage(img, box.x, box.y, box.width, box.height);
}

/** The slide (the network's SVG drawn into the body) and its continuation pages, as PNGs. */
export async function slidePngs(l: SlideLayout, text: SlideText, networkSvg: string): Promise<Blob[]> {
  const k = l.k;
  const pad = SLIDE_TYPE.pad * k;
  const [canvas, ctx] = newPage(l);
  let y = pad;
  ctx.fillStyle = INK;
  ctx.font = `700 ${SLIDE_TYPE.title * k}px ${SLIDE_FONT}`;
  for (const line of l.title) {
    ctx.fillText(line, pad, y);
    y += SLIDE_TYPE.title * k * 1.2;
  }
  ctx.fillStyle = MUTED;
  ctx.font = `400 ${SLIDE_TYPE.subtitle * k}px ${SLIDE_FONT}`;
  for (const line of l.subtitle) {
    ctx.fillText(line, pad, y);
    y += SLIDE_TYPE.subtitle * k * 1.35;
  }
  await drawSvg(ctx, networkSvg, l.body);
  if (l.foot.length) {
    ctx.fillStyle = RULE;
    ctx.fillRect(pad, l.footTop - SLIDE_TYPE.gap * k * 0.6, l.width - 2 * pad, Math.max(1, k));
    ctx.fillStyle = FOOT;
    ctx.font = `400 ${SLIDE_TYPE.foot * k}px ${SLIDE_FONT}`;
    l.foot.forEach((line, i) => ctx.fillText(line, pad, l.footTop + i * SLIDE_TYPE.footLine * k));
  }
  const out = [await toBlob(canvas)];
  for (const page of l.pages) {
    const [pc, p] = newPage(l);
    p.fillStyle = INK;
    p.font = `700 ${SLIDE_TYPE.subtitle * k * 1.2}px ${SLIDE_FONT}`;
    p.fillText(text.pageHeading, pad, pad);
    p.fillStyle = FOOT;
    p.font = `400 ${SLIDE_TYPE.pageSource * k}px ${SLIDE_FONT}`;
    page.forEach((line, i) => p.fillText(line, pad, pad + SLIDE_TYPE.pageLine * k * 1.6 + i * SLIDE_TYPE.pageLine * k));
    out.push(await toBlob(pc));
  }
  return out;
}

const svgText = (x: number, y: number, px: number, weight: number, fill: string, s: string) =>
  `<text x="${x}" y="${y}" font-family='${SLIDE_FONT.replace(/"/g, '')}' font-size="${px}" font-weight="${weight}" fill="${fill}" dominant-baseline="hanging">${xmlEscape(s)}</text>`;

/** The slide as SVG around the network's SVG (shown through `view`, its model rectangle), and the continuation pages. */
export function slideSvgs(
  l: SlideLayout,
  text: SlideText,
  network: { svg: string; view: { x: number; y: number; width: number; height: number } },
): string[] {
  const k = l.k;
  const pad = SLIDE_TYPE.pad * k;
  const open = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}">\n<rect width="100%" height="100%" fill="#ffffff"/>`;
  const parts = [open];
  let y = pad;
  for (const line of l.title) {
    parts.push(svgText(pad, y, SLIDE_TYPE.title * k, 700, INK, line));
    y += SLIDE_TYPE.title * k * 1.2;
  }
  for (const line of l.subtitle) {
    parts.push(svgText(pad, y, SLIDE_TYPE.subtitle * k, 400, MUTED, line));
    y += SLIDE_TYPE.subtitle * k * 1.35;
  }
  const v = network.view;
  const inner = network.svg
    .replace(/<\?xml[^>]*>/, '')
    .replace(/<!DOCTYPE[^>]*>/i, '')
    .trim();
  // The network's own SVG, its viewBox set to the model rectangle the frame shows.
  parts.push(
    inner.replace(
      /<svg([^>]*?)\swidth="[^"]*"\sheight="[^"]*"\sviewBox="[^"]*"/,
      `<svg$1 x="${l.body.x}" y="${l.body.y}" width="${l.body.width}" height="${l.body.height}" viewBox="${v.x} ${v.y} ${v.width} ${v.height}"`,
    ),
  );
  if (l.foot.length) {
    parts.push(
      `<rect x="${pad}" y="${l.footTop - SLIDE_TYPE.gap * k * 0.6}" width="${l.width - 2 * pad}" height="${Math.max(1, k)}" fill="${RULE}"/>`,
    );
    l.foot.forEach((line, i) => parts.push(svgText(pad, l.footTop + i * SLIDE_TYPE.footLine * k, SLIDE_TYPE.foot * k, 400, FOOT, line)));
  }
  parts.push('</svg>');
  const pages = l.pages.map((page) =>
    [
      open,
      svgText(pad, pad, SLIDE_TYPE.subtitle * k * 1.2, 700, INK, text.pageHeading),
      ...page.map((line, i) =>
        svgText(pad, pad + SLIDE_TYPE.pageLine * k * 1.6 + i * SLIDE_TYPE.pageLine * k, SLIDE_TYPE.pageSource * k, 400, FOOT, line),
      ),
      '</svg>',
    ].join('\n'),
  );
  return [parts.join('\n'), ...pages];
}
