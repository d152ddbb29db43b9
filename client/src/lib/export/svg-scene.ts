// The network as a standalone SVG, drawn from a scene snapshot (node positions, sizes, captions,
// highlight state) with the same colours and shapes as the canvas. Pure string building.
import { labelStyle, shapePath } from '../model-style.ts';
import type { Scene, SceneNode } from '../scene.ts';
import { xmlEscape } from './export-data.ts';

const FONT = 'Noto Sans, Noto Sans CJK TC, Noto Sans TC, system-ui, sans-serif';
const EDGE = '#a9b4c2';
const PATH = '#f59e0b';
const INK = '#111827';

export function fontSizeFor(size: number): number {
  return Math.round((11 + ((Math.min(86, Math.max(22, size)) - 22) / 64) * 13) * 10) / 10;
}

/** Breaks a caption into lines of about `max` characters (CJK counts double), at most 3 lines. */
export function wrapCaption(text: string, max = 18): string[] {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const words = text.split(/(\s+)/).filter((w) => w.trim());
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (width(w) > max && !line) {
      // A long unbroken run (CJK): cut by width.
      let cur = '';
      for (const ch of w) {
        if (width(cur + ch) > max) {
          lines.push(cur);
          cur = '';
        }
        cur += ch;
      }
      line = cur;
    } else if (width(line ? `${line} ${w}` : w) > max && line) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > 3) return [...lines.slice(0, 2), `${lines[2]}…`];
  return lines;
}

function trim(a: SceneNode, b: SceneNode): { x1: number; y1: number; x2: number; y2: number } | undefined {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  if (len < (a.size + b.size) / 2 + 2) return undefined;
  const ra = a.size / 2 + 1;
  const rb = b.size / 2 + 3;
  return { x1: a.x + (dx / len) * ra, y1: a.y + (dy / len) * ra, x2: b.x - (dx / len) * rb, y2: b.y - (dy / len) * rb };
}

const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** A placed caption's lines as SVG text: on the side of its node the placement chose, at its size. */
function placedCaption(n: SceneNode, place: NonNullable<SceneNode['captionPlace']>): string {
  const lines = n.caption.split('\n');
  const fs = place.fontSize;
  const h = lines.length * fs;
  const half = n.size / 2;
  let x = n.x;
  let top = n.y + half + place.margin;
  let anchor = 'middle';
  if (place.side === 't') top = n.y - half - place.margin - h;
  if (place.side === 'r' || place.side === 'l') {
    top = n.y - h / 2;
    x = place.side === 'r' ? n.x + half + place.margin : n.x - half - place.margin;
    anchor = place.side === 'r' ? 'start' : 'end';
  }
  return (
    `<text x="${f(x)}" font-size="${f(fs)}" font-weight="${place.weight}" text-anchor="${anchor}" fill="#1c2433" stroke="#ffffff" stroke-width="${f(fs / 4)}" stroke-linejoin="round" paint-order="stroke">` +
    lines.map((l, i) => `<tspan x="${f(x)}" y="${f(top + fs * (i + 0.82))}">${xmlEscape(l)}</tspan>`).join('') +
    '</text>'
  );
}

export function sceneToSvg(
  scene: Scene,
  opts: { padding?: number; edgeLabels?: boolean; view?: { x: number; y: number; width: number; height: number } } = {},
): string {
  const pad = opts.padding ?? 40;
  const byId = new Map(scene.nodes.map((n) => [n.id, n]));
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of scene.nodes) {
    const r = n.size / 2;
    x1 = Math.min(x1, n.x - r - 60);
    x2 = Math.max(x2, n.x + r + 60);
    y1 = Math.min(y1, n.y - r);
    y2 = Math.max(y2, n.y + r + 50);
  }
  if (!scene.nodes.length) x1 = y1 = x2 = y2 = 0;
  // With a view, the SVG shows that model rectangle as it is; else the network's own box, padded.
  const v = opts.view;
  const w = v ? v.width : Math.ceil(x2 - x1 + pad * 2);
  const h = v ? v.height : Math.ceil(y2 - y1 + pad * 2);
  const ox = v ? 0 : -x1 + pad;
  const oy = v ? 0 : -y1 + pad;
  const out: string[] = [];
  const box = v ? `${f(v.x)} ${f(v.y)} ${f(v.width)} ${f(v.height)}` : `0 0 ${w} ${h}`;
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${f(w)}" height="${f(h)}" viewBox="${box}" font-family="${FONT}">`);
  out.push('<defs>');
  for (const [id, color] of [
    ['a-default', EDGE],
    ['a-path', PATH],
    ['a-selected', INK],
  ] as const) {
    out.push(
      `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="11" markerHeight="11" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${color}"/></marker>`,
    );
  }
  out.push('</defs>');
  out.push(`<g transform="translate(${f(ox)} ${f(oy)})">`);
  // Edges first (under nodes), faded ones first of all.
  const edges = [...scene.edges].sort((a, b) => Number(b.faded) - Number(a.faded) || Number(!!a.highlight) - Number(!!b.highlight));
  for (const e of edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) continue;
    const seg = trim(a, b);
    if (!seg) continue;
    const color = e.highlight === 'path' ? PATH : e.highlight === 'selected' ? INK : e.highlight === 'neighbour' ? '#7c8a9c' : EDGE;
    const width = e.highlight === 'path' || e.highlight === 'selected' ? 3.5 : e.highlight === 'neighbour' ? 2 : 1.2;
    const marker = e.highlight === 'path' ? 'a-path' : e.highlight === 'selected' ? 'a-selected' : 'a-default';
    out.push(
      `<line x1="${f(seg.x1)}" y1="${f(seg.y1)}" x2="${f(seg.x2)}" y2="${f(seg.y2)}" stroke="${color}" stroke-width="${width}" marker-end="url(#${marker})"${e.faded ? ' opacity="0.15"' : ''}/>`,
    );
    if ((opts.edgeLabels || e.highlight === 'path' || e.highlight === 'selected') && !e.faded && e.caption) {
      const mx = (seg.x1 + seg.x2) / 2;
      const my = (seg.y1 + seg.y2) / 2;
      out.push(
        `<text x="${f(mx)}" y="${f(my)}" font-size="9" text-anchor="middle" dominant-baseline="middle" fill="#5b6675" stroke="#ffffff" stroke-width="3" paint-order="stroke">${xmlEscape(e.caption)}</text>`,
      );
    }
  }
  const nodes = [...scene.nodes].sort((a, b) => Number(b.faded) - Number(a.faded) || Number(!!a.highlight) - Number(!!b.highlight));
  for (const n of nodes) {
    const s = labelStyle(n.label);
    const k = n.size / 20;
    const stroke = n.highlight === 'selected' ? INK : n.highlight === 'path' ? '#b45309' : s.dark;
    const sw = n.highlight === 'selected' ? 4 : n.highlight === 'path' ? 3 : 1.5;
    const attrs = [
      `d="${shapePath(s.shape)}"`,
      `transform="translate(${f(n.x - n.size / 2)} ${f(n.y - n.size / 2)}) scale(${Math.round(k * 1000) / 1000})"`,
      `fill="${s.color}"`,
      n.reference ? 'fill-opacity="0.72"' : '',
      `stroke="${stroke}"`,
      `stroke-width="${f(sw / k)}"`,
      n.reference ? `stroke-dasharray="${f(4 / k)} ${f(3 / k)}"` : '',
    ].filter(Boolean);
    out.push(`<g${n.faded ? ' opacity="0.15"' : ''} data-id="${xmlEscape(n.id)}">`);
    if (n.highlight === 'path' || n.highlight === 'selected') {
      out.push(
        `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(n.size / 2 + 9)}" fill="${n.highlight === 'path' ? PATH : '#2563eb'}" opacity="0.28"/>`,
      );
    }
    out.push(`<path ${attrs.join(' ')}/>`);
    if (!n.faded && n.caption && n.captionPlace) {
      // Placed captions go on a layer above every node (below).
    } else if (!n.faded && n.caption) {
      const fs = fontSizeFor(n.size);
      const lines = wrapCaption(n.caption);
      const ty = n.y + n.size / 2 + 4 + fs;
      out.push(
        `<text x="${f(n.x)}" y="${f(ty)}" font-size="${fs}" font-weight="600" text-anchor="middle" fill="#1c2433" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">` +
          lines.map((l, i) => `<tspan x="${f(n.x)}" dy="${i === 0 ? 0 : f(fs * 1.15)}">${xmlEscape(l)}</tspan>`).join('') +
          '</text>',
      );
    }
    out.push('</g>');
  }
  // Placed captions above every node, as on the canvas (the placement kept them clear of each other and of the nodes).
  for (const n of nodes) if (!n.faded && n.caption && n.captionPlace) out.push(placedCaption(n, n.captionPlace));
  out.push('</g></svg>');
  return out.join('\n');
}
