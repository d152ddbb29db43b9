// Images of the view for reports: the canvas PNG framed with a title, a subtitle and a source
// footnote ("Sources: ..."), and the same for SVG. Runs in the browser (canvas, ImageBitmap).

export interface ImageMeta {
  title: string;
  subtitle: string;
  sourcesHeading: string;
  sourceLines: string[];
  footer: string;
}

const FONT = '"Noto Sans", "Noto Sans CJK TC", "Noto Sans TC", system-ui, sans-serif';

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  // Break on spaces, and anywhere in CJK runs (no spaces there).
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (ctx.measureText(next).width > width && line.trim()) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Frames the graph image (a PNG blob) with the title and footnote; returns a PNG blob. */
export async function composePng(graph: Blob, meta: ImageMeta): Promise<Blob> {
  const img = await createImageBitmap(graph);
  const width = Math.max(img.width + 160, 1800);
  const s = width / 1800;
  const pad = Math.round(56 * s);
  const measure = document.createElement('canvas').getContext('2d')!;
  const textWidth = width - pad * 2;
  measure.font = `400 ${Math.round(19 * s)}px ${FONT}`;
  const sourceLines = meta.sourceLines.flatMap((l) => wrap(measure, l, textWidth));
  measure.font = `400 ${Math.round(22 * s)}px ${FONT}`;
  const subtitleLines = wrap(measure, meta.subtitle, textWidth);
  const titleH = Math.round(46 * s);
  const headerH = pad + titleH + subtitleLines.length * Math.round(32 * s) + Math.round(24 * s);
  const footH = Math.round(40 * s) + sourceLines.length * Math.round(28 * s) + Math.round(56 * s) + pad;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = headerH + img.height + footH;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';

  ctx.fillStyle = '#0f2a4a';
  ctx.font = `700 ${Math.round(38 * s)}px ${FONT}`;
  ctx.fillText(meta.title, pad, pad);
  ctx.fillStyle = '#475569';
  ctx.font = `400 ${Math.round(22 * s)}px ${FONT}`;
  subtitleLines.forEach((l, i) => ctx.fillText(l, pad, pad + titleH + i * Math.round(32 * s)));
  ctx.fillStyle = '#e2e8f0';
  ctx.fillRect(pad, headerH - Math.round(10 * s), width - pad * 2, Math.max(1, Math.round(2 * s)));

  ctx.drawImage(img, Math.round((width - img.width) / 2), headerH);

  let y = headerH + img.height + Math.round(16 * s);
  ctx.fillStyle = '#e2e8f0';
  ctx.fillRect(pad, y, width - pad * 2, Math.max(1, Math.round(2 * s)));
  y += Math.round(18 * s);
  ctx.fillStyle = '#0f172a';
  ctx.font = `700 ${Math.round(20 * s)}px ${FONT}`;
  ctx.fillText(meta.sourcesHeading, pad, y);
  y += Math.round(34 * s);
  ctx.fillStyle = '#334155';
  ctx.font = `400 ${Math.round(19 * s)}px ${FONT}`;
  for (const l of sourceLines) {
    ctx.fillText(l, pad, y);
    y += Math.round(28 * s);
  }
  y += Math.round(16 * s);
  ctx.fillStyle = '#64748b';
  ctx.font = `400 ${Math.round(16 * s)}px ${FONT}`;
  ctx.fillText(meta.footer, pad, y);
  img.close();
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Wraps the network's SVG with the title and footnote as real SVG text. */
export function frameSvg(svg: string, meta: ImageMeta): string {
  const body = svg
    .replace(/<\?xml[^>]*>/, '')
    .replace(/<!DOCTYPE[^>]*>/i, '')
    .trim();
  const w = Number(/<svg[^>]*\swidth="([\d.]+)/.exec(body)?.[1] ?? 1200);
  const h = Number(/<svg[^>]*\sheight="([\d.]+)/.exec(body)?.[1] ?? 800);
  const width = Math.max(w + 80, 1000);
  const perLine = Math.max(60, Math.floor(width / 9));
  const lines = meta.sourceLines.flatMap((l) =>
    (l.match(new RegExp(`.{1,${perLine}}(\\s|$)|.{1,${perLine}}`, 'g')) ?? [l]).map((x) => x.trim()).filter(Boolean),
  );
  const headerH = 100;
  const footH = 60 + lines.length * 20 + 40;
  const height = headerH + h + footH;
  const inner = body.replace(/<svg/, `<svg x="${Math.round((width - w) / 2)}" y="${headerH}"`);
  const text = (x: number, y: number, size: number, weight: number, fill: string, s: string) =>
    `<text x="${x}" y="${y}" font-family='${FONT.replace(/"/g, '')}' font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(s)}</text>`;
  let y = headerH + h + 40;
  const foot = [text(32, y, 15, 700, '#0f172a', meta.sourcesHeading)];
  y += 22;
  for (const l of lines) {
    foot.push(text(32, y, 13, 400, '#334155', l));
    y += 20;
  }
  foot.push(text(32, y + 16, 12, 400, '#64748b', meta.footer));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    text(32, 48, 26, 700, '#0f2a4a', meta.title),
    text(32, 78, 15, 400, '#475569', meta.subtitle),
    inner,
    ...foot,
    '</svg>',
  ].join('\n');
}
