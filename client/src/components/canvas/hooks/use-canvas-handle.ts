// What the rest of the app may ask of the canvas (lib/canvas-handle.ts): fit, zoom, centre, PNG
// and vector export, positions, caption size, the timeline mask, and video frames.
import type cytoscape from 'cytoscape';
import { useImperativeHandle, type Ref, type RefObject } from 'react';
import type { CanvasHandle, PictureRequest } from '../../../lib/canvas-handle.ts';
import type { Highlight, Scene } from '../../../lib/scene.ts';
import { placeNodeCaptions } from '../lib/captions.ts';
import { CANVAS_BG, buildStylesheet } from '../lib/cy-style.ts';
import type { CanvasRefs } from './canvas-refs.ts';

const SIDE_OF: Record<string, 'b' | 't' | 'r' | 'l'> = { bottom: 'b', top: 't', right: 'r', left: 'l' };

/**
 * What is on screen, for vector export (elements the timeline has not shown yet are display:
 * none). With `placed`, captions are those the placement chose, with their side and size.
 */
export function sceneOf(cy: cytoscape.Core, placed = false): Scene {
  const hl = (el: cytoscape.NodeSingular | cytoscape.EdgeSingular): Highlight =>
    el.hasClass('is-selected') ? 'selected' : el.hasClass('in-path') ? 'path' : el.hasClass('nbr') ? 'neighbour' : null;
  return {
    nodes: cy.nodes(':visible').map((n) => ({
      id: n.id(),
      label: n.data('label') as string,
      x: n.position('x'),
      y: n.position('y'),
      size: Number(n.data('size')),
      caption: String((placed ? n.data('lbl') : n.data('caption')) ?? ''),
      ...(placed
        ? {
            captionPlace: {
              side: n.data('th') === 'center' ? (SIDE_OF[String(n.data('tv'))] ?? 'b') : (SIDE_OF[String(n.data('th'))] ?? 'b'),
              fontSize: Number(n.data('fs')),
              margin: Math.abs(Number(n.data('tm')) || Number(n.data('tmx')) || 0),
              weight: Number(n.style('font-weight')) || 600,
            },
          }
        : {}),
      reference: n.hasClass('ref'),
      faded: n.hasClass('faded'),
      highlight: hl(n),
    })),
    edges: cy.edges(':visible').map((e) => ({
      id: e.id(),
      source: e.source().id(),
      target: e.target().id(),
      caption: String(e.data('caption') ?? ''),
      faded: e.hasClass('faded'),
      highlight: hl(e),
    })),
  };
}

/** Paints the background and every layer Cytoscape draws on (stacked canvases) into `box` of `ctx`. */
export function paintLayers(
  container: HTMLElement | null,
  ctx: CanvasRenderingContext2D,
  box: Parameters<CanvasHandle['paintInto']>[1],
): void {
  ctx.fillStyle = CANVAS_BG;
  ctx.fillRect(box.x, box.y, box.width, box.height);
  if (!container) return;
  // Nodes and edges below, dragged and selected elements above.
  const layers = [...container.querySelectorAll('canvas')].sort(
    (a, b) => Number(getComputedStyle(a).zIndex || 0) - Number(getComputedStyle(b).zIndex || 0),
  );
  for (const c of layers) {
    if (!c.width || !c.height) continue;
    const k = Math.min(box.width / c.width, box.height / c.height);
    const w = c.width * k;
    const h = c.height * k;
    ctx.drawImage(c, box.x + (box.width - w) / 2, box.y + (box.height - h) / 2, w, h);
  }
}

/** The scale and model rectangle that fit the visible network into a frame, with room for captions at its edges. */
export function fitFrame(
  cy: cytoscape.Core,
  req: PictureRequest,
): { scale: number; view: { x: number; y: number; width: number; height: number } } {
  const bb = cy.nodes(':visible').boundingBox({ includeLabels: false, includeEdges: false, includeOverlays: false } as never);
  const room = 70 * req.textScale;
  const scale = Math.min((req.width - 2 * room) / Math.max(bb.w, 1), (req.height - 2 * room) / Math.max(bb.h, 1), 3 * req.textScale);
  const cx = (bb.x1 + bb.x2) / 2;
  const cyMid = (bb.y1 + bb.y2) / 2;
  const width = req.width / scale;
  const height = req.height / scale;
  return { scale, view: { x: cx - width / 2, y: cyMid - height / 2, width, height } };
}

/** How far an export may stretch the network's positions along one axis to fill a frame of another shape. */
export const MAX_STRETCH = 1.8;

/**
 * Stretches the visible nodes' positions about their centre along the axis the frame has room in
 * (at most MAX_STRETCH), so a round network fills a wide slide; nothing else changes (node sizes,
 * captions). Returns the undo.
 */
function stretchToFrame(cy: cytoscape.Core, req: PictureRequest): () => void {
  const nodes = cy.nodes(':visible');
  const bb = nodes.boundingBox({ includeLabels: false, includeEdges: false, includeOverlays: false } as never);
  if (nodes.length < 3 || bb.w <= 0 || bb.h <= 0) return () => undefined;
  const ratio = req.width / req.height / (bb.w / bb.h);
  const sx = ratio > 1 ? Math.min(ratio, MAX_STRETCH) : 1;
  const sy = ratio < 1 ? Math.min(1 / ratio, MAX_STRETCH) : 1;
  if (sx === 1 && sy === 1) return () => undefined;
  const cx = (bb.x1 + bb.x2) / 2;
  const cyMid = (bb.y1 + bb.y2) / 2;
  const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
  cy.batch(() =>
    nodes.forEach((n) => {
      const p = before.get(n.id())!;
      n.position({ x: cx + (p.x - cx) * sx, y: cyMid + (p.y - cyMid) * sy });
    }),
  );
  return () =>
    cy.batch(() =>
      nodes.forEach((n) => {
        n.position(before.get(n.id())!);
      }),
    );
}

/**
 * Lays the network out for a frame (an export): positions stretched to the frame's shape, captions
 * placed for its scale and kept inside it, held there until `release()` puts the screen's view
 * back. Everything between happens in one task, so the screen never draws the export's state.
 */
function placeForFrame(refs: CanvasRefs, cy: cytoscape.Core, req: PictureRequest): ReturnType<typeof fitFrame> & { release: () => void } {
  const unstretch = stretchToFrame(cy, req);
  const fit = fitFrame(cy, req);
  refs.captions?.suspend(true);
  if (!refs.large) {
    const v = fit.view;
    placeNodeCaptions(cy, {
      zoom: fit.scale,
      textScale: req.textScale,
      bounds: { x1: v.x, y1: v.y, x2: v.x + v.width, y2: v.y + v.height },
    });
  }
  return {
    ...fit,
    release: () => {
      unstretch();
      refs.captions?.suspend(false);
    },
  };
}

export function useCanvasHandle(ref: Ref<CanvasHandle>, canvasRef: RefObject<CanvasRefs>, applyMask: () => void): void {
  useImperativeHandle(ref, (): CanvasHandle => {
    const refs = canvasRef.current;
    return {
      fit: () => refs.cy?.animate({ fit: { eles: refs.cy.elements(), padding: 36 } }, { duration: 300 }),
      zoomBy: (f) => {
        const cy = refs.cy;
        if (!cy) return;
        const c = { x: cy.width() / 2, y: cy.height() / 2 };
        cy.animate(
          { zoom: { level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * f)), renderedPosition: c } },
          { duration: 200 },
        );
      },
      centre: (id) => {
        const cy = refs.cy;
        const n = cy?.getElementById(id);
        if (cy && n?.nonempty()) cy.animate({ center: { eles: n } }, { duration: 300 });
      },
      sceneFor: (req) => {
        const cy = refs.cy;
        if (!cy) return { scene: { nodes: [], edges: [] }, view: { x: 0, y: 0, width: req.width, height: req.height } };
        const { view, release } = placeForFrame(refs, cy, req);
        try {
          return { scene: sceneOf(cy, !refs.large), view };
        } finally {
          release();
        }
      },
      positions: () => new Map(refs.cy?.nodes().map((n) => [n.id(), { ...n.position() }]) ?? []),
      setTextScale: (k) => {
        refs.textScale = k;
        refs.cy?.style(buildStylesheet({ textScale: k, large: refs.large }));
        refs.captions?.refresh();
      },
      setMask: (mask) => {
        refs.mask = mask;
        applyMask();
      },
      paintInto: (ctx, box) => paintLayers(refs.container.current, ctx, box),
    };
  }, [canvasRef, applyMask]);
}
