// Highlighting is classes. The selection and its neighbourhood are lit, or the path (then only
// the selection itself stays lit besides the path, so the chain stands out); the path hovered in
// the list is emphasised; everything else fades. highlightClasses() works out the classes from the
// elements alone (pure); applyHighlight() sets them on the canvas in one batch.
import type cytoscape from 'cytoscape';
import type { ElementDef } from './elements.ts';

export const HIGHLIGHT_CLASSES = ['is-selected', 'nbr', 'in-path', 'path-focus', 'faded'] as const;
export type HighlightClass = (typeof HIGHLIGHT_CLASSES)[number];

export interface HighlightState {
  selectedNode?: string;
  selectedEdge?: string;
  pathNodes: ReadonlySet<string>;
  pathEdges: ReadonlySet<string>;
  /** One path to emphasise (hovered in the list). */
  focusPath?: { nodes: readonly string[]; edges: readonly string[] };
  /** Fade what is not lit when something is. */
  fadeUnrelated: boolean;
}

/** The highlight classes of each element of `elements` (those on the canvas) that has any. */
export function highlightClasses(elements: Iterable<ElementDef>, s: HighlightState): Map<string, HighlightClass[]> {
  // The canvas holds the first element of each id (see diffElements).
  const byId = new Map<string, ElementDef>();
  for (const el of elements) if (!byId.has(el.data.id)) byId.set(el.data.id, el);
  const out = new Map<string, HighlightClass[]>();
  const add = (id: string, cls: HighlightClass) => {
    const list = out.get(id);
    if (!list) out.set(id, [cls]);
    else if (!list.includes(cls)) list.push(cls);
  };
  const keep = new Set<string>();
  let any = false;
  const pathMode = s.pathNodes.size > 0;
  if (s.selectedNode) {
    const n = byId.get(s.selectedNode);
    if (n) {
      const id = n.data.id;
      any = true;
      add(id, 'is-selected');
      keep.add(id);
      if (!pathMode && n.group === 'nodes') {
        // Its closed neighbourhood: every edge touching it and the node at the other end.
        for (const e of byId.values()) {
          if (e.group !== 'edges' || (e.data.source !== id && e.data.target !== id)) continue;
          const other = String(e.data.source === id ? e.data.target : e.data.source);
          for (const x of [e.data.id, other]) {
            if (x === id) continue;
            add(x, 'nbr');
            keep.add(x);
          }
        }
      }
    }
  } else if (s.selectedEdge) {
    const e = byId.get(s.selectedEdge);
    if (e) {
      any = true;
      add(e.data.id, 'is-selected');
      keep.add(e.data.id);
      if (e.group === 'edges') {
        for (const end of [String(e.data.source), String(e.data.target)]) {
          add(end, 'nbr');
          keep.add(end);
        }
      }
    }
  }
  if (pathMode) {
    any = true;
    for (const id of [...s.pathNodes, ...s.pathEdges]) {
      if (!byId.has(id)) continue;
      add(id, 'in-path');
      keep.add(id);
    }
  }
  if (s.focusPath) {
    for (const id of [...s.focusPath.nodes, ...s.focusPath.edges]) if (byId.has(id)) add(id, 'path-focus');
  }
  if (any && s.fadeUnrelated) for (const id of byId.keys()) if (!keep.has(id)) add(id, 'faded');
  return out;
}

/** Replaces the highlight classes on the canvas by `classes` (other classes stay). */
export function applyHighlight(cy: cytoscape.Core, classes: ReadonlyMap<string, readonly HighlightClass[]>): void {
  cy.batch(() => {
    cy.elements().removeClass(HIGHLIGHT_CLASSES.join(' '));
    // One addClass per combination of classes (a handful), not one per element.
    const groups = new Map<string, cytoscape.Collection>();
    for (const [id, cls] of classes) {
      const key = cls.join(' ');
      let group = groups.get(key);
      if (!group) groups.set(key, (group = cy.collection()));
      group.merge(cy.getElementById(id));
    }
    for (const [cls, eles] of groups) eles.addClass(cls);
  });
}
