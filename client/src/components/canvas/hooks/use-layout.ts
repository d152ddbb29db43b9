// Running layouts: the first one of a view (after the first frame for big views), and on demand
// (the picker or "re-run"). Breadth-first is our tree layout given as preset positions; a draft
// force layout that piles nodes up is spread over an even disk.
import type cytoscape from 'cytoscape';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { announce } from '../lib/announce.ts';
import { FCOSE_DRAFT_ABOVE, layoutOptions } from '../lib/layouts.ts';
import { crowding, spreadEvenly } from '../lib/spread.ts';
import { treeLayout } from '../lib/tree-layout.ts';
import type { CanvasRefs } from './canvas-refs.ts';

function optionsFor(cy: cytoscape.Core, refs: CanvasRefs, animate: boolean): cytoscape.LayoutOptions {
  const sel = refs.props.selectedNode;
  const root = sel && cy.$id(sel).nonempty() ? sel : undefined;
  const { layout: name, orient } = refs.props;
  const options = layoutOptions({ name, orient, animate, root }, cy.nodes().length);
  if (name !== 'breadthfirst') return options;
  const tree = treeLayout({
    nodes: cy.nodes().map((n) => ({ id: n.id(), degree: n.degree(false), sortKey: `${n.data('label')}|${n.data('name')}` })),
    edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
    root,
    orient,
    aspect: Math.max(0.3, cy.width() / Math.max(1, cy.height())),
  });
  return {
    ...options,
    name: 'preset',
    positions: (n: cytoscape.NodeSingular) => tree.positions.get(n.id()) ?? { x: 0, y: 0 },
  } as unknown as cytoscape.LayoutOptions;
}

/** A draft force layout of a dense graph piles nodes up: spread them over an even disk. */
function uncrowd(cy: cytoscape.Core): void {
  const at = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  if (crowding(at.values(), 20) > 0.25) {
    const even = spreadEvenly(at, 48);
    cy.batch(() => cy.nodes().positions((n) => even.get(n.id()) ?? n.position()));
    cy.fit(undefined, 36);
  }
}

export const layoutKey = (p: { layout: string; orient: string; layoutNonce: number }) => `${p.layout}|${p.orient}|${p.layoutNonce}`;

export function useLayoutRunner(canvasRef: RefObject<CanvasRefs>) {
  const [layoutRunning, setLayoutRunning] = useState(false);

  const runLayout = useCallback(
    (animate: boolean) => {
      const refs = canvasRef.current;
      const cy = refs.cy;
      if (!cy || cy.nodes().length === 0) return;
      refs.layout?.stop();
      const name = refs.props.layout;
      const l = cy.elements().layout(optionsFor(cy, refs, animate));
      refs.layout = l;
      setLayoutRunning(true);
      announce({ phase: 'layoutstart', cy });
      const draft = name === 'fcose' && cy.nodes().length > FCOSE_DRAFT_ABOVE;
      l.one('layoutstop', () => {
        if (draft && refs.layout === l) uncrowd(cy);
        announce({ phase: 'layoutstop', cy });
        if (refs.layout === l) {
          refs.layout = null;
          setLayoutRunning(false);
        }
      });
      l.run();
    },
    [canvasRef],
  );

  /** The first layout of a view: a big one is drawn at once on its starting spiral and laid out after that first frame. */
  const firstLayout = useCallback(
    (cy: cytoscape.Core, large: boolean) => {
      if (!large) {
        runLayout(false);
        return;
      }
      const refs = canvasRef.current;
      // A layout of thousands of nodes takes seconds: the user sees the network meanwhile.
      refs.pendingLayout = true;
      setLayoutRunning(true);
      refs.afterFirstFrame = () => {
        refs.pendingLayout = false;
        setLayoutRunning(false);
        if (refs.cy === cy && !cy.destroyed()) runLayout(false);
      };
    },
    [canvasRef, runLayout],
  );

  return { layoutRunning, runLayout, firstLayout };
}

/** Re-runs the layout when the picker or "re-run" asks (not before the first layout). */
export function useLayoutOnDemand(canvasRef: RefObject<CanvasRefs>, key: string, runLayout: (animate: boolean) => void): void {
  useEffect(() => {
    const refs = canvasRef.current;
    if (refs.lastLayoutKey === '' || refs.lastLayoutKey === key) return;
    refs.lastLayoutKey = key;
    runLayout(true);
  }, [canvasRef, key, runLayout]);
}
