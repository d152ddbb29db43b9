// Moving the viewport to what the user asked for: a path found, a node picked (centred and
// flashed), new nodes that landed off-screen. A request may come before its elements are on the
// canvas or while a layout moves them: it waits for Cytoscape's `add` and `layoutstop` events,
// and gives up after a while.
import type cytoscape from 'cytoscape';

/** How long a request waits for its elements and for the layout to finish. */
export const FRAMING_WAIT_MS = 6000;

/**
 * Runs `act` as soon as `ready()` holds: now, or after one of the events that can make it hold.
 * `act` may return a cleanup. Returns the cancel (which also runs that cleanup).
 */
export function whenReady(
  cy: cytoscape.Core,
  ready: () => boolean,
  act: () => (() => void) | void,
  waitMs: number = FRAMING_WAIT_MS,
): () => void {
  let undo: (() => void) | void;
  if (ready()) {
    undo = act();
    return () => undo?.();
  }
  let check: ReturnType<typeof setTimeout> | undefined;
  const onChange = () => {
    // Checked once the event's own handlers are done (a layout's layoutstop marks it finished;
    // the next layout may start right after), and once for a burst of `add` events.
    check ??= setTimeout(() => {
      check = undefined;
      if (!ready()) return;
      stop();
      undo = act();
    }, 0);
  };
  const giveUp = setTimeout(() => stop(), waitMs);
  const stop = () => {
    cy.off('add layoutstop', onChange);
    clearTimeout(check);
    clearTimeout(giveUp);
  };
  cy.on('add layoutstop', onChange);
  return () => {
    stop();
    undo?.();
  };
}

/** Frames the nodes of a path once they are all on the canvas and no layout is running. */
export function framePath(cy: cytoscape.Core, ids: ReadonlySet<string>, layoutRunning: () => boolean): () => void {
  const onPath = () => cy.nodes().filter((n) => ids.has(n.id()));
  return whenReady(
    cy,
    () => !layoutRunning() && onPath().length >= ids.size,
    () => {
      cy.animate({ fit: { eles: onPath(), padding: 90 } }, { duration: 400 });
      if (cy.zoom() > 1.4) cy.zoom(1.4);
    },
  );
}

/** Centres on a node with its neighbours in view (not too close) and flashes it. */
export function focusNode(cy: cytoscape.Core, id: string, layoutRunning: () => boolean): () => void {
  return whenReady(
    cy,
    () => !layoutRunning() && cy.getElementById(id).nonempty(),
    () => {
      const n = cy.getElementById(id);
      const bb = n.closedNeighborhood().nodes().boundingBox();
      const fitZoom = Math.min(cy.width() / (bb.w + 160), cy.height() / (bb.h + 160));
      const zoom = Math.max(0.35, Math.min(1.25, fitZoom));
      cy.animate({ zoom, center: { eles: n } }, { duration: 400 });
      n.addClass('flash');
      const timer = setTimeout(() => n.removeClass('flash'), 1600);
      return () => clearTimeout(timer);
    },
  );
}

/** Brings new nodes (and their neighbours) into view when some landed off-screen. */
export function revealIfOffscreen(cy: cytoscape.Core, ids: readonly string[]): void {
  const wanted = new Set(ids);
  const fresh = cy.nodes().filter((n) => wanted.has(n.id()));
  const ext = cy.extent();
  const bb = fresh.boundingBox();
  if (bb.x1 < ext.x1 || bb.x2 > ext.x2 || bb.y1 < ext.y1 || bb.y2 > ext.y2) {
    cy.animate({ fit: { eles: fresh.union(fresh.neighborhood()), padding: 50 } }, { duration: 350 });
  }
}
