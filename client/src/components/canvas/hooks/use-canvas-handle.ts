// What the rest of the app may ask of the canvas (lib/canvas-handle.ts): fit, zoom, centre, PNG
// and vector export, positions, caption size, the timeline mask, and video frames.
import type cytoscape from 'cytoscape';
import { useImperativeHandle, type Ref, type RefObject } from 'react';
import type { CanvasHandle } from '../../../lib/canvas-handle.ts';
import type { Highlight, Scene } from '../../../lib/scene.ts';
import { CANVAS_BG, buildStylesheet } from '../lib/cy-style.ts';
import type { CanvasRefs } from './canvas-refs.ts';

/** What is on screen, for vector export (elements the timeline has not shown yet are display: none). */
export function sceneOf(cy: cytoscape.Core): Scene {
  const hl = (el: cytoscape.NodeSingular | cytoscape.EdgeSingular): Highlight =>
    el.hasClass('is-selected') ? 'selected' : el.hasClass('in-path') ? 'path' : el.hasClass('nbr') ? 'neighbour' : null;
  return {
    nodes: cy.nodes(':visible').map((n) => ({
      id: n.id(),
      label: n.data('label') as string,
      x: n.position('x'),
      y: n.position('y'),
      size: Number(n.data('size')),
      caption: String(n.data('caption') ?? ''),
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
      pngBlob: async ({ scale, bg }) => {
        const cy = refs.cy;
        if (!cy) throw new Error('no canvas');
        return cy.png({ output: 'blob-promise', full: true, scale, bg, maxWidth: 9000, maxHeight: 9000 });
      },
      scene: () => (refs.cy ? sceneOf(refs.cy) : { nodes: [], edges: [] }),
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
