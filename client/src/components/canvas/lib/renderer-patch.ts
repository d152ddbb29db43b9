// The one place that touches Cytoscape's private renderer: its render() is wrapped to report each
// frame drawn. Cytoscape's 'render' event would do for the canvas renderer, but the WebGL
// renderer never emits it.
import type cytoscape from 'cytoscape';

type Renderer = { render: (o?: unknown) => void };

const subscribers = new WeakMap<cytoscape.Core, Set<() => void>>();

/** Calls `cb` after every frame `cy` draws, with either renderer; returns the unsubscribe. */
export function onFrame(cy: cytoscape.Core, cb: () => void): () => void {
  let subs = subscribers.get(cy);
  if (!subs) {
    const all = new Set<() => void>();
    subs = all;
    subscribers.set(cy, all);
    const renderer = (cy as unknown as { renderer(): Renderer }).renderer();
    const drawFrame = renderer.render;
    renderer.render = function (this: unknown, o?: unknown) {
      drawFrame.call(this, o);
      for (const f of [...all]) f();
    };
  }
  subs.add(cb);
  return () => void subs.delete(cb);
}
