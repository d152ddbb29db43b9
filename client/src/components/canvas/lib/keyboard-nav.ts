// The keyboard on the focused canvas: arrow keys move the selection to the nearest node in that
// direction (the best-connected node when nothing is selected), Enter expands the selection.
import type cytoscape from 'cytoscape';
import type { Point } from './placement.ts';

export const KEY_DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/**
 * The node nearest to `from` in direction `d` (a unit vector): ahead of it, scored by the
 * distance along the direction plus 2.5 times the distance across; the first of equals wins.
 */
export function nearestInDirection(
  from: Point & { id: string },
  nodes: Iterable<Point & { id: string }>,
  d: readonly [number, number],
): string | undefined {
  let best: { id: string; score: number } | undefined;
  for (const q of nodes) {
    if (q.id === from.id) continue;
    const dx = q.x - from.x;
    const dy = q.y - from.y;
    const along = dx * d[0] + dy * d[1];
    if (along <= 0) continue;
    const across = Math.abs(dx * d[1] - dy * d[0]);
    const score = along + across * 2.5;
    if (!best || score < best.score) best = { id: q.id, score };
  }
  return best?.id;
}

export interface KeyboardActions {
  onSelectNode(id: string): void;
  onExpand(id: string): void;
}

/** Handles a key pressed on the canvas (keeps the selected node in view). */
export function canvasKeyDown(
  e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'preventDefault'>,
  cy: cytoscape.Core | null,
  selectedNode: string | undefined,
  actions: KeyboardActions,
): void {
  if (!cy || e.altKey || e.ctrlKey || e.metaKey) return;
  if (e.key === 'Enter' && selectedNode) {
    e.preventDefault();
    actions.onExpand(selectedNode);
    return;
  }
  const d = KEY_DIRECTIONS[e.key];
  if (!d) return;
  e.preventDefault();
  const all = cy.nodes();
  if (!all.length) return;
  const current = selectedNode ? cy.getElementById(selectedNode) : cy.collection();
  if (current.empty()) {
    actions.onSelectNode(all.max((n) => n.degree(false)).ele.id());
    return;
  }
  const best = nearestInDirection(
    { id: current.id(), ...current.position() },
    all.map((n) => ({ id: n.id(), ...n.position() })),
    d,
  );
  if (!best) return;
  actions.onSelectNode(best);
  const n = cy.getElementById(best);
  const ext = cy.extent();
  const q = n.position();
  if (q.x < ext.x1 || q.x > ext.x2 || q.y < ext.y1 || q.y > ext.y2) cy.animate({ center: { eles: n } }, { duration: 200 });
}
