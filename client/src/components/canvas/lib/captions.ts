// Node captions on a normal view: a size fixed on screen whatever the zoom (so zooming in makes
// room for more of them), wrapped to at most three lines, and placed by priority so that none is
// drawn over another (label-placement.ts). The boxes come from Cytoscape's own label geometry,
// the same boxes the tests count overlaps in.
import type cytoscape from 'cytoscape';
import { wrapLines, type Measure } from '../../../lib/text-wrap.ts';
import { FONT_STACK } from './cy-style.ts';
import { KEY_PRIORITY, captionPriority, placeCaptions, type Box, type CaptionCandidate, type Obstacle } from './label-placement.ts';

/** Caption size on screen (px, before the room's text scale) by what the node is in the view. */
export const CAPTION_PX = { key: 14, emphasised: 13, normal: 11.5, isolated: 11 } as const;
/** Widest caption line, in caption heights. */
const LINE_EMS = 9;
const MAX_LINES = 3;
/** Space kept between captions, in screen px. */
const GAP_PX = 2;

export interface CaptionOptions {
  /** The zoom the captions are sized for (the viewport's, or an export's scale). */
  zoom: number;
  /** Caption size for a room (1 = the explorer's; presentation mode is larger). */
  textScale: number;
  /**
   * Keep captions on screen: inside the viewport and clear of what floats over the canvas (its
   * tools, status bar, date card, timeline bar: elements marked `data-canvas-overlay`). Off for an
   * export, which draws the whole network.
   */
  onScreen?: boolean;
}

/** Marks an element that floats over the canvas: captions keep clear of it. */
export const CANVAS_OVERLAY_ATTR = 'data-canvas-overlay';

/** The viewport in model coordinates, less a margin, and the overlays over it as obstacles. */
function screenLimits(cy: cytoscape.Core): { bounds: Box; overlays: Obstacle[] } {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const container = cy.container();
  const m = 3 / zoom;
  const ext = cy.extent();
  const bounds = { x1: ext.x1 + m, y1: ext.y1 + m, x2: ext.x2 - m, y2: ext.y2 - m };
  const overlays: Obstacle[] = [];
  if (container) {
    const rect = container.getBoundingClientRect();
    document.querySelectorAll(`[${CANVAS_OVERLAY_ATTR}]`).forEach((el, i) => {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || r.right < rect.left || r.left > rect.right || r.bottom < rect.top || r.top > rect.bottom) return;
      const toModel = (x: number, y: number) => ({ x: (x - rect.left - pan.x) / zoom, y: (y - rect.top - pan.y) / zoom });
      const a = toModel(r.left, r.top);
      const b = toModel(r.right, r.bottom);
      overlays.push({ id: `overlay:${i}`, box: { x1: a.x - m, y1: a.y - m, x2: b.x + m, y2: b.y + m } });
    });
  }
  return { bounds, overlays };
}

let measureCtx: CanvasRenderingContext2D | null = null;
function measurer(font: string): Measure {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  const ctx = measureCtx;
  if (!ctx) return (s) => s.length * 7;
  return (s) => {
    ctx.font = font;
    return ctx.measureText(s).width;
  };
}

function tierOf(n: cytoscape.NodeSingular): keyof typeof CAPTION_PX {
  if (n.hasClass('is-selected') || n.hasClass('in-path') || n.hasClass('tl-fresh') || n.hasClass('kbd-focus')) return 'emphasised';
  if (n.hasClass('key')) return 'key';
  if (n.hasClass('nbr')) return 'emphasised';
  if (n.hasClass('isolated')) return 'isolated';
  return 'normal';
}

const labelBox = (n: cytoscape.NodeSingular): Box =>
  n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, useCache: false } as never);
const bodyBox = (n: cytoscape.NodeSingular): Box =>
  n.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, useCache: false } as never);

function setIfChanged(n: cytoscape.NodeSingular, data: Record<string, string | number>): void {
  const changed = Object.entries(data).some(([k, v]) => n.data(k) !== v);
  if (changed) n.data(data);
}

/** Where a caption sits around its node: below (the default), above, right, left. */
export type CaptionSide = 'b' | 't' | 'r' | 'l';
const SIDES: CaptionSide[] = ['b', 't', 'r', 'l'];
const SIDE_STYLE: Record<CaptionSide, { tv: string; th: string; mx: number; my: number }> = {
  b: { tv: 'bottom', th: 'center', mx: 0, my: 1 },
  t: { tv: 'top', th: 'center', mx: 0, my: -1 },
  r: { tv: 'center', th: 'right', mx: 1, my: 0 },
  l: { tv: 'center', th: 'left', mx: -1, my: 0 },
};

/** The box of a caption on `side` of `body`, from its box below the node (same size, same gap). */
export function boxOnSide(below: Box, body: Box, side: CaptionSide): Box {
  const w = below.x2 - below.x1;
  const h = below.y2 - below.y1;
  const gap = below.y1 - body.y2;
  const cy = (body.y1 + body.y2) / 2;
  switch (side) {
    case 'b':
      return below;
    case 't':
      return { x1: below.x1, x2: below.x2, y2: body.y1 - gap, y1: body.y1 - gap - h };
    case 'r':
      return { x1: body.x2 + gap, x2: body.x2 + gap + w, y1: cy - h / 2, y2: cy + h / 2 };
    case 'l':
      return { x1: body.x1 - gap - w, x2: body.x1 - gap, y1: cy - h / 2, y2: cy + h / 2 };
  }
}

/**
 * Sizes, wraps and places the captions of every node of `cy` for `opts.zoom`: the chosen caption
 * goes in the node's `lbl` (empty when hidden) on the side in `tv`/`th`, its size in `fs`, `tm`,
 * `tmx`, `to` (model units). Each caption tries its full form below, above, right and left of its
 * node, then its one-line form the same way. A last pass reads every drawn caption's box back from
 * Cytoscape and hides the lesser of any two that still touch. Returns how many captions are drawn.
 */
export function placeNodeCaptions(cy: cytoscape.Core, opts: CaptionOptions): number {
  const zoom = Math.max(opts.zoom, 1e-3);
  const shown = cy.nodes().filter((n) => n.visible() && !n.hasClass('faded')) as unknown as cytoscape.NodeCollection;
  const hidden = cy.nodes().difference(shown);
  const texts = new Map<string, string[]>();
  const margin = (3 * opts.textScale) / zoom;
  cy.batch(() => {
    hidden.forEach((n) => {
      setIfChanged(n, { lbl: '' });
    });
    shown.forEach((n) => {
      const px = CAPTION_PX[tierOf(n)] * opts.textScale;
      const weight = n.hasClass('key') || n.hasClass('is-selected') ? 700 : n.hasClass('ref') ? 500 : 600;
      const measure = measurer(`${weight} ${px}px ${FONT_STACK}`);
      const text = String(n.data('caption') ?? '').trim();
      const width = LINE_EMS * px;
      const full = wrapLines(text, width, MAX_LINES, measure).lines.join('\n');
      const short = wrapLines(text, width * 1.6, 1, measure).lines.join('');
      texts.set(n.id(), full && short && short !== full ? [full, short] : full ? [full] : []);
      const side = SIDE_STYLE.b;
      setIfChanged(n, {
        fs: px / zoom,
        tm: margin,
        tmx: 0,
        tv: side.tv,
        th: side.th,
        to: (2.5 * Math.sqrt(opts.textScale)) / zoom,
        lbl: full,
      });
    });
  });
  // The box of each text below its node, as Cytoscape measures it (full form, then the short one).
  const below = new Map<string, Box[]>();
  shown.forEach((n) => {
    if (texts.get(n.id())!.length) below.set(n.id(), [labelBox(n)]);
  });
  const withShort = shown.filter((n) => texts.get(n.id())!.length > 1);
  if (withShort.length) {
    cy.batch(() =>
      withShort.forEach((n) => {
        n.data('lbl', texts.get(n.id())![1]!);
      }),
    );
    withShort.forEach((n) => {
      below.get(n.id())!.push(labelBox(n));
    });
  }
  const bodies = new Map(shown.map((n: cytoscape.NodeSingular) => [n.id(), bodyBox(n)] as const));
  const priorities = new Map(
    shown.map(
      (n: cytoscape.NodeSingular) =>
        [n.id(), captionPriority(new Set(n.classes() as unknown as string[]), n.degree(false), n.hasClass('key'))] as const,
    ),
  );
  const candidates: CaptionCandidate[] = shown.map((n: cytoscape.NodeSingular) => {
    const body = bodies.get(n.id())!;
    const forms = (below.get(n.id()) ?? []).flatMap((b) => SIDES.map((side) => boxOnSide(b, body, side)));
    return { id: n.id(), priority: priorities.get(n.id())!, forms };
  });
  // No caption covers an entity drawn in the view (a caption or a body would hide the other), except
  // that key and emphasised entities, drawn above the rest, only keep clear of each other.
  const raised = (id: string) => priorities.get(id)! >= KEY_PRIORITY;
  const obstacles: Obstacle[] = shown.map((n: cytoscape.NodeSingular) => ({ id: `node:${n.id()}`, box: bodies.get(n.id())! }));
  const limits = opts.onScreen ? screenLimits(cy) : undefined;
  const choice = placeCaptions(candidates, GAP_PX / zoom, [...obstacles, ...(limits?.overlays ?? [])], limits?.bounds, (c, o) =>
    raised(c.id) ? !o.id.startsWith('node:') || raised(o.id.slice(5)) : true,
  );
  const drawn = new Set<string>();
  const apply = (n: cytoscape.NodeSingular, form: number) => {
    const t = texts.get(n.id()) ?? [];
    const text = form >= 0 ? t[Math.floor(form / SIDES.length)]! : '';
    const side = SIDE_STYLE[SIDES[Math.max(0, form) % SIDES.length]!];
    if (text) drawn.add(n.id());
    setIfChanged(n, { lbl: text, tv: side.tv, th: side.th, tm: side.my * margin, tmx: side.mx * margin });
  };
  cy.batch(() =>
    shown.forEach((n) => {
      apply(n, choice.get(n.id()) ?? -1);
    }),
  );
  // Verification against what Cytoscape will draw: of two captions that still touch, the lesser goes.
  const real = shown
    .filter((n) => drawn.has(n.id()))
    .map((n: cytoscape.NodeSingular) => ({ id: n.id(), box: labelBox(n), p: priorities.get(n.id())! }));
  real.sort((a, b) => b.p - a.p || (a.id < b.id ? -1 : 1));
  const keep = placeCaptions(
    real.map((r) => ({ id: r.id, priority: r.p, forms: [r.box] })),
    0,
  );
  cy.batch(() =>
    real.forEach((r) => {
      if (keep.get(r.id) === -1) {
        drawn.delete(r.id);
        cy.getElementById(r.id).data('lbl', '');
      }
    }),
  );
  return drawn.size;
}

export interface CaptionBinding {
  /** Place now (after something the events do not see: a new text scale). */
  refresh(): void;
}

/**
 * Keeps the captions of `cy` placed: after a layout, when the viewport moves (at most every 120 ms
 * while it moves, and once it settles), on a resize, and when elements, their data or their classes change
 * (selection, paths, the timeline). Nothing happens while `state()` says a layout is running or
 * the view is big (its captions follow the zoom instead).
 */
export function bindCaptionPlacement(
  cy: cytoscape.Core,
  state: () => { enabled: boolean; layoutRunning: boolean; textScale: number },
): CaptionBinding {
  let applying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const run = () => {
    timer = undefined;
    const s = state();
    if (cy.destroyed() || !s.enabled || s.layoutRunning) return;
    applying = true;
    try {
      placeNodeCaptions(cy, { zoom: cy.zoom(), textScale: s.textScale, onScreen: true });
    } finally {
      applying = false;
      lastRun = performance.now();
    }
  };
  const soon = (ms: number) => {
    if (applying) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  cy.on('layoutstop', () => soon(0));
  cy.on('viewport', () => {
    if (applying) return;
    // Throttled while the zoom moves, and once more when it stops.
    if (performance.now() - lastRun > 120 && timer === undefined) timer = setTimeout(run, 0);
    else soon(120);
  });
  cy.on('add remove data resize', () => soon(16));
  cy.on('class', 'node', () => soon(16));
  cy.on('destroy', () => clearTimeout(timer));
  return { refresh: () => soon(0) };
}
