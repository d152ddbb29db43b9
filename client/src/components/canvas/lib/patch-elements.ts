// Turns the elements on the canvas into the next ones: the diff (elements.ts), where new nodes
// go (a spiral on a first fill, next to their neighbours later: placement.ts), and the change
// applied in one cy.batch().
import type cytoscape from 'cytoscape';
import { diffElements, type ElementDef, type ElementDiff } from './elements.ts';
import { placeNewNodes, type Point } from './placement.ts';
import { spiral } from './spiral.ts';

/** A Cytoscape element definition for one of ours (nodes at `position`). */
export function toCytoscape(el: ElementDef, position?: Point): cytoscape.ElementDefinition {
  return {
    group: el.group,
    // Nodes start with no caption drawn, at a neutral size, until the captions are placed (captions.ts).
    data: el.group === 'nodes' ? { lbl: '', fs: 12, tm: 3, tmx: 0, tv: 'bottom', th: 'center', to: 2.5, ...el.data } : { ...el.data },
    classes: el.classes,
    ...(el.group === 'nodes' ? { position } : {}),
  } as cytoscape.ElementDefinition;
}

export interface ElementPatch {
  diff: ElementDiff;
  /** What to add, new nodes at their starting positions. */
  adds: cytoscape.ElementDefinition[];
  newNodeIds: string[];
  /** Only additions to an empty canvas: better made as a new instance with its elements. */
  firstFill: boolean;
}

export interface PatchContext {
  /** The canvas has no nodes. */
  empty: boolean;
  /** Positions of the nodes on the canvas (read only when something changed). */
  positions: () => Map<string, Point>;
  /** Every edge of the view, for placing new nodes next to their neighbours. */
  edges: { source: string; target: string }[];
}

/** What to do to go from `applied` to `next`, or null when nothing changed. */
export function planPatch(applied: Iterable<ElementDef>, next: Iterable<ElementDef>, ctx: PatchContext): ElementPatch | null {
  const diff = diffElements(applied, next);
  if (!diff.add.length && !diff.remove.length && !diff.update.length) return null;
  const positions = ctx.positions();
  for (const id of diff.remove) positions.delete(id);
  const newNodes = diff.add.filter((el) => el.group === 'nodes');
  const newNodeIds = newNodes.map((el) => el.data.id);
  // First fill: spread on a spiral (the layout then takes over); later: next to their neighbours.
  const placed = ctx.empty
    ? spiral(newNodes.map((el) => ({ id: el.data.id, degree: Number(el.data.degree ?? 0) })))
    : placeNewNodes(newNodeIds, ctx.edges, positions, { radius: 120, spacing: 58 });
  const adds = diff.add.map((el) => toCytoscape(el, el.group === 'nodes' ? (placed.get(el.data.id) ?? { x: 0, y: 0 }) : undefined));
  return { diff, adds, newNodeIds, firstFill: ctx.empty && !diff.remove.length && !diff.update.length };
}

/** Applies a patch to a live instance in one batch. */
export function applyPatch(cy: cytoscape.Core, { diff, adds }: ElementPatch): void {
  cy.batch(() => {
    if (diff.remove.length) {
      const gone = new Set(diff.remove);
      cy.remove(cy.elements().filter((el) => gone.has(el.id())));
    }
    if (adds.length) cy.add(adds);
    for (const u of diff.update) {
      const el = cy.getElementById(u.id);
      el.data(u.data);
      if (u.classes !== undefined) el.classes(u.classes);
    }
  });
}
