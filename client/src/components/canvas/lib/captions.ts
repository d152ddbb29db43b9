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
  /** Where captions may go (model units), for an export's frame. */
  bounds?: Box;
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

/** Cytoscape widens every label box by this much (model units) for browser measuring error. */
const MARGIN_OF_ERROR = 2;

/**
 * The box Cytoscape gives a caption of `lines` on `side` of node `n` (its own label geometry:
 * calculateLabelDimensions, recalculateNodeLabelProjection and the label bounds, in model units),
 * so boxes are worked out without restyling the node. `fs` is the font size in model units.
 */
export function captionBox(
  n: { x: number; y: number; w: number; h: number },
  widths: number[],
  fs: number,
  side: CaptionSide,
  margin: number,
  outline: number,
): Box {
  const lw = Math.max(0, ...widths.map((w) => Math.ceil(w)));
  const lh = widths.length * fs;
  const pad = outline + MARGIN_OF_ERROR;
  switch (side) {
    case 'b': {
      const top = n.y + n.h / 2 + margin;
      return { x1: n.x - lw / 2 - pad, x2: n.x + lw / 2 + pad, y1: top - pad, y2: top + lh + pad };
    }
    case 't': {
      const bottom = n.y - n.h / 2 - margin;
      return { x1: n.x - lw / 2 - pad, x2: n.x + lw / 2 + pad, y1: bottom - lh - pad, y2: bottom + pad };
    }
    case 'r': {
      const left = n.x + n.w / 2 + margin;
      return { x1: left - pad, x2: left + lw + pad, y1: n.y - lh / 2 - pad, y2: n.y + lh / 2 + pad };
    }
    case 'l': {
      const right = n.x - n.w / 2 - margin;
      return { x1: right - lw - pad, x2: right + pad, y1: n.y - lh / 2 - pad, y2: n.y + lh / 2 + pad };
    }
  }
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

function setIfChanged(n: cytoscape.NodeSingular, data: Record<string, string | number>): void {
  const changed = Object.entries(data).some(([k, v]) => n.data(k) !== v);
  if (changed) n.data(data);
}

/**
 * Sizes, wraps and places the captions of every node of `cy` for `opts.zoom`: the chosen caption
 * goes in the node's `lbl` (empty when hidden) on the side in `tv`/`th`, its size in `fs`, `tm`,
 * `tmx`, `to` (model units). Each caption tries its full form below, above, right and left of its
 * node, then its one-line form the same way. Boxes follow Cytoscape's own label geometry
 * (captionBox), measured with the font the node is drawn with. Returns how many captions are drawn.
 */
export function placeNodeCaptions(cy: cytoscape.Core, opts: CaptionOptions): number {
  const zoom = Math.max(opts.zoom, 1e-3);
  const shown = cy.nodes().filter((n) => n.visible() && !n.hasClass('faded')) as unknown as cytoscape.NodeCollection;
  const margin = (3 * opts.textScale) / zoom;
  const outline = (2.5 * Math.sqrt(opts.textScale)) / zoom;
  const forms = new Map<string, string[]>();
  const candidates: CaptionCandidate[] = [];
  const obstacles: Obstacle[] = [];
  const priorities = new Map<string, number>();
  shown.forEach((n) => {
    const id = n.id();
    const px = CAPTION_PX[tierOf(n)] * opts.textScale;
    const fs = px / zoom;
    const weight = String(n.style('font-weight'));
    const font = (size: number) => `normal ${weight} ${size}px ${FONT_STACK}`;
    const text = String(n.data('caption') ?? '').trim();
    const width = LINE_EMS * px;
    const screen = measurer(font(px));
    const full = wrapLines(text, width, MAX_LINES, screen).lines;
    const short = wrapLines(text, width * 1.6, 1, screen).lines;
    const texts = full.length ? (short.join('') !== full.join('\n') ? [full, short] : [full]) : [];
    forms.set(
      id,
      texts.map((lines) => lines.join('\n')),
    );
    const pos = n.position();
    const geometry = { x: pos.x, y: pos.y, w: n.width(), h: n.height() };
    const model = measurer(font(fs));
    const boxes = texts.flatMap((lines) => {
      const widths = lines.map((l) => model(l));
      return SIDES.map((side) => captionBox(geometry, widths, fs, side, margin, outline));
    });
    const priority = captionPriority(new Set(n.classes() as unknown as string[]), n.degree(false), n.hasClass('key'));
    priorities.set(id, priority);
    candidates.push({ id, priority, forms: boxes });
    const ow = n.outerWidth();
    const oh = n.outerHeight();
    obstacles.push({ id: `node:${id}`, box: { x1: pos.x - ow / 2, x2: pos.x + ow / 2, y1: pos.y - oh / 2, y2: pos.y + oh / 2 } });
  });
  // No caption covers an entity drawn in the view (a caption or a body would hide the other), except
  // that key and emphasised entities, drawn above the rest, only keep clear of each other.
  const raised = (id: string) => (priorities.get(id) ?? 0) >= KEY_PRIORITY;
  const limits = opts.onScreen ? screenLimits(cy) : undefined;
  const bounds = opts.bounds ?? limits?.bounds;
  const choice = placeCaptions(candidates, GAP_PX / zoom, [...obstacles, ...(limits?.overlays ?? [])], bounds, (c, o) =>
    raised(c.id) ? !o.id.startsWith('node:') || raised(o.id.slice(5)) : true,
  );
  let drawn = 0;
  cy.batch(() => {
    cy.nodes()
      .difference(shown)
      .forEach((n) => {
        setIfChanged(n, { lbl: '' });
      });
    shown.forEach((n) => {
      const form = choice.get(n.id()) ?? -1;
      const text = form >= 0 ? forms.get(n.id())![Math.floor(form / SIDES.length)]! : '';
      const side = SIDE_STYLE[SIDES[Math.max(0, form) % SIDES.length]!];
      if (text) drawn++;
      const px = CAPTION_PX[tierOf(n)] * opts.textScale;
      setIfChanged(n, { lbl: text, fs: px / zoom, to: outline, tv: side.tv, th: side.th, tm: side.my * margin, tmx: side.mx * margin });
    });
  });
  return drawn;
}

export interface CaptionBinding {
  /** Place now (after something the events do not see: a new text scale). */
  refresh(): void;
  /** Hold the captions as they are (an export places its own), or let them follow the view again. */
  suspend(on: boolean): void;
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
  let suspended = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = 0;
  const run = () => {
    timer = undefined;
    const s = state();
    if (cy.destroyed() || suspended || !s.enabled || s.layoutRunning) return;
    applying = true;
    const started = performance.now();
    try {
      placeNodeCaptions(cy, { zoom: cy.zoom(), textScale: s.textScale, onScreen: true });
    } finally {
      applying = false;
      lastRun = performance.now();
      // Its cost, for profiles and the benchmark (a user timing entry, nothing else).
      performance.measure('atlas:captions', { start: started, end: lastRun });
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
  return {
    refresh: () => soon(0),
    suspend: (on) => {
      suspended = on;
      if (!on) soon(0);
    },
  };
}
