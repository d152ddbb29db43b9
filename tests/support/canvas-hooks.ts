// Test and benchmark hooks for the canvas and the timeline player, injected into the page before its scripts run: the app
// defines no globals for them. The canvas announces itself with a DOM event (`atlas:canvas`, see
// client/src/components/canvas/lib/announce.ts) when it makes a Cytoscape instance and when a
// layout starts and stops; the listener installed here builds `window.__atlas`, a read-only view
// of the canvas, from those announcements.
import type { BrowserContext, Page } from 'playwright-core';
import type { CanvasAnnouncement } from '../../client/src/components/canvas/lib/announce.ts';
import type { TimelineAnnouncement, TimelineView } from '../../client/src/components/timeline/lib/announce.ts';

export interface AtlasCanvasHooks {
  /** When the first frame with nodes in it was drawn (performance.now(), ms; kept across instances). */
  firstRenderMs?: number;
  /** How long the last layout took, in ms (benchmarks). */
  layoutMs?: number;
  nodeIds(): string[];
  edgeIds(): string[];
  classesOf(id: string): string[];
  /** A layout is running or waiting for the first frame. */
  layoutRunning(): boolean;
  position(id: string): { x: number; y: number } | undefined;
  renderer(): string;
  zoom(): number;
  /** Frames Cytoscape has drawn since the instance was created, with either renderer (benchmarks). */
  renders(): number;
  elementCount(): number;
  /**
   * The node captions Cytoscape draws now, as boxes in page pixels (rendered: after zoom and pan,
   * inside the canvas only). A caption counts as drawn when the node is visible, its label is not
   * empty, its text and element opacity are above 0.05 and its font at this zoom's texture level
   * is at least the style's min-zoomed-font-size (Cytoscape's own rule for skipping a caption).
   */
  captionBoxes(): CaptionBox[];
}

export interface CaptionBox {
  id: string;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

declare global {
  interface Window {
    /** Test and diagnostics hooks (read-only views of the canvas), when installed by installCanvasHooks. */
    __atlas?: AtlasCanvasHooks;
    /** The timeline player's playback (frame, keys, playing), while one is mounted. */
    __atlasTimeline?: TimelineView;
  }
}

/** Runs in the page (serialised: no imports, no closures over this module). */
function canvasHooks(): void {
  document.addEventListener('atlas:timeline', (event) => {
    const a = (event as CustomEvent<TimelineAnnouncement>).detail;
    if (a.phase === 'mounted') window.__atlasTimeline = a.view;
    else delete window.__atlasTimeline;
  });
  let layoutStarted: number | undefined;
  document.addEventListener('atlas:canvas', (event) => {
    const a = (event as CustomEvent<CanvasAnnouncement>).detail;
    if (a.phase !== 'created') {
      // A layout's time, from the canvas starting it to its end (fCoSE computes before its own layoutstart event).
      if (a.phase === 'layoutstart') layoutStarted = performance.now();
      else if (window.__atlas && layoutStarted !== undefined) window.__atlas.layoutMs = performance.now() - layoutStarted;
      return;
    }
    const { cy } = a;
    let renders = 0;
    a.onFrame(() => {
      renders++;
      if (cy.nodes().length === 0) return;
      if (window.__atlas && window.__atlas.firstRenderMs === undefined) window.__atlas.firstRenderMs = performance.now();
    });
    window.__atlas = {
      firstRenderMs: window.__atlas?.firstRenderMs,
      layoutMs: window.__atlas?.layoutMs,
      nodeIds: () => cy.nodes().map((n) => n.id()),
      edgeIds: () => cy.edges().map((e) => e.id()),
      classesOf: (id) => {
        const el = cy.getElementById(id);
        return el.nonempty() ? (el.classes() as unknown as string[]) : [];
      },
      layoutRunning: () => a.layoutRunning(),
      position: (id) => {
        const n = cy.getElementById(id);
        return n.nonempty() ? { ...n.position() } : undefined;
      },
      renderer: () => a.renderer,
      zoom: () => cy.zoom(),
      renders: () => renders,
      elementCount: () => cy.elements().length,
      captionBoxes: () => {
        const zoom = cy.zoom();
        const pan = cy.pan();
        const rect = cy.container()?.getBoundingClientRect();
        if (!rect) return [];
        const out: CaptionBox[] = [];
        cy.nodes(':visible').forEach((n) => {
          const text = String(n.style('label') ?? '');
          if (!text.trim()) return;
          const opacity = Number(n.style('text-opacity')) * Number(n.effectiveOpacity());
          if (opacity <= 0.05) return;
          // Cytoscape's own test (eleTextBiggerThanMin): the font at the texture level of this zoom.
          const level = Math.pow(2, Math.ceil(Math.log2(zoom * (window.devicePixelRatio || 1))));
          const font = parseFloat(String(n.style('font-size'))) * level;
          const minFont = parseFloat(String(n.style('min-zoomed-font-size'))) || 0;
          if (font < minFont) return;
          // Uncached: a box cached before the caption changed would be stale. `useCache: false`
          // alone does not do it: Cytoscape keeps an element's cached box unless it thinks the
          // element is dirty, and a caption set by data (our `lbl`) while the viewport animates
          // can leave a zero box cached for a caption that is drawn.
          (n as unknown as { dirtyBoundingBoxCache(): void }).dirtyBoundingBoxCache();
          const bb = n.boundingBox({
            includeNodes: false,
            includeEdges: false,
            includeLabels: true,
            includeOverlays: false,
            useCache: false,
          } as never);
          if (!(bb.w > 0 && bb.h > 0)) return;
          const box = {
            id: n.id(),
            text,
            x1: rect.left + bb.x1 * zoom + pan.x,
            y1: rect.top + bb.y1 * zoom + pan.y,
            x2: rect.left + bb.x2 * zoom + pan.x,
            y2: rect.top + bb.y2 * zoom + pan.y,
          };
          // Only what is inside the canvas is seen.
          if (box.x2 < rect.left || box.x1 > rect.right || box.y2 < rect.top || box.y1 > rect.bottom) return;
          out.push(box);
        });
        return out;
      },
    };
  });
}

/**
 * Installs the hooks in every page of `target` (a browser context: also pages opened later) before
 * the app's scripts run. Call it before navigating.
 */
export async function installCanvasHooks(target: Page | BrowserContext): Promise<void> {
  // The benchmarks run under tsx, whose esbuild keepNames wraps functions in a __name() helper
  // that the page does not have: the script brings a stand-in.
  await target.addInitScript({ content: `(() => { const __name = (f) => f; (${canvasHooks.toString()})(); })();` });
}

/**
 * Pairs of drawn captions whose boxes overlap by more than `tolerance` page pixels in both
 * directions (the text outline and rounding make touching boxes overlap by a pixel or so).
 */
export function overlappingCaptions(boxes: CaptionBox[], tolerance = 1.5): [CaptionBox, CaptionBox][] {
  const pairs: [CaptionBox, CaptionBox][] = [];
  const sorted = [...boxes].sort((a, b) => a.x1 - b.x1);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x1 >= a.x2 - tolerance) break;
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > tolerance && h > tolerance) pairs.push([a, b]);
    }
  }
  return pairs;
}
