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
