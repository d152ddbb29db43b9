// "The graph changed": the one signal a write sends to whoever keeps something derived from the
// graph (the HTTP response cache). One object per app, made where the app is built and handed
// down: graph/ functions take its `changed` as a plain callback, the cache subscribes. Nothing is
// shared through a module, so two apps in one process (as in the tests) never see each other's
// writes, and a write through code that is not given the events (another process, a script)
// becomes visible when cache entries expire, as before.

export interface GraphEvents {
  /** Tells every listener that the graph has changed (called after a write has committed). */
  changed(): void;
  /** Calls `listener` after every change; returns a function that stops it. */
  onChanged(listener: () => void): () => void;
}

export function createGraphEvents(): GraphEvents {
  const listeners = new Set<() => void>();
  return {
    changed: () => {
      for (const listener of [...listeners]) listener();
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
