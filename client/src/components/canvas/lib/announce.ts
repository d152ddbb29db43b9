// The canvas makes itself known with one DOM event on the document, when it makes a Cytoscape
// instance and when a layout starts and stops. Nothing in the app listens: tests and benchmarks
// inject a listener (tests/support/canvas-hooks.ts) that builds their read-only view of the canvas.
import type cytoscape from 'cytoscape';

export const CANVAS_EVENT = 'atlas:canvas';

export type CanvasAnnouncement =
  | {
      phase: 'created';
      cy: cytoscape.Core;
      renderer: 'canvas' | 'webgl';
      /** A layout is running or waiting for the first frame. */
      layoutRunning(): boolean;
      /** Calls `cb` after every frame drawn (either renderer); returns the unsubscribe. */
      onFrame(cb: () => void): () => void;
    }
  | { phase: 'layoutstart' | 'layoutstop'; cy: cytoscape.Core };

declare global {
  interface DocumentEventMap {
    [CANVAS_EVENT]: CustomEvent<CanvasAnnouncement>;
  }
}

export function announce(detail: CanvasAnnouncement): void {
  document.dispatchEvent(new CustomEvent(CANVAS_EVENT, { detail }));
}
