// Keeps the canvas's elements in step with the view: a first fill makes a new instance with its
// elements and runs the first layout; later changes are patched in place, new nodes placed next
// to their neighbours and brought into view.
import type cytoscape from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import type { GraphEdge } from '../../../../../server/shared/contracts.ts';
import type { ElementDef } from '../lib/elements.ts';
import { revealIfOffscreen } from '../lib/framing.ts';
import { applyPatch, planPatch } from '../lib/patch-elements.ts';
import type { CanvasRefs } from './canvas-refs.ts';
import type { CreateInstance } from './use-instance.ts';

export interface ElementPatchInput {
  elements: ElementDef[];
  edges: GraphEdge[];
  large: boolean;
  /** The instance is re-made when this changes: patch the new one. */
  rendererName: string;
  layoutKey: string;
  createInstance: CreateInstance;
  applyMask: () => void;
  firstLayout: (cy: cytoscape.Core, large: boolean) => void;
}

export function useElementPatch(canvasRef: RefObject<CanvasRefs>, input: ElementPatchInput): void {
  const { elements, edges, large, rendererName, layoutKey, createInstance, applyMask, firstLayout } = input;
  useEffect(() => {
    const refs = canvasRef.current;
    let cy = refs.cy;
    if (!cy) return;
    const live = cy;
    const wasEmpty = cy.nodes().length === 0;
    const patch = planPatch(refs.applied.values(), elements, {
      empty: wasEmpty,
      positions: () => new Map(live.nodes().map((n) => [n.id(), { ...n.position() }])),
      edges,
    });
    if (!patch) return;
    // First fill of an empty canvas: a new instance made with its elements.
    if (patch.firstFill) cy = createInstance(patch.adds);
    else applyPatch(cy, patch);
    refs.applied = new Map(elements.map((el) => [el.data.id, el]));
    if (refs.mask) applyMask();
    if (wasEmpty || refs.lastLayoutKey === '') {
      refs.lastLayoutKey = layoutKey;
      firstLayout(cy, large);
    } else if (patch.newNodeIds.length) {
      revealIfOffscreen(cy, patch.newNodeIds);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [elements, rendererName]);
}
