// Running layouts: the first one of a view (after the first frame for big views), and on demand
// (the picker or "re-run"). Breadth-first is our tree layout given as preset positions; a draft
// force layout that piles nodes up is spread over an even disk.
import type cytoscape from 'cytoscape';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { announce } from '../lib/announce.ts';
import { FCOSE_DRAFT_ABOVE, layoutOptions } from '../lib/layouts.ts';
import { crowding, spreadEvenly } from '../lib/spread.ts';
import { hashString, withSeededRandom } from '../lib/seeded-random.ts';
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

/**
 * Entities with no relationship in the view, in rows under the network (a force layout would
 * scatter them around its edge, where they draw the eye for nothing).
 */
function setAside(cy: cytoscape.Core, isolated: cytoscape.NodeCollection, rest: cytoscape.Collection): void {
  const bb = rest.nodes().boundingBox();
  const step = 170;
  const perRow = Math.max(1, Math.floor(Math.max(bb.w, step * 4) / step));
  const width = Math.min(isolated.length, perRow) * step;
  const sorted = isolated.sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))));
  cy.batch(() =>
    sorted.forEach((n, i) => {
      n.position({ x: bb.x1 + (bb.w - width) / 2 + step / 2 + (i % perRow) * step, y: bb.y2 + 90 + Math.floor(i / perRow) * 70 });
    }),
  );
  cy.fit(undefined, 36);
}

/** The seed of a view's layout: the same elements and layout give the same drawing. */
const layoutSeed = (cy: cytoscape.Core, name: string) =>
  hashString(
    `${name}|${cy
      .nodes()
      .map((n) => n.id())
      .join(',')}`,
  );

export function useLayoutRunner(canvasRef: RefObject<CanvasRefs>) {
  const [layoutRunning, setLayoutRunning] = useState(false);

  const runLayout = useCallback(
    (animate: boolean) => {
      const refs = canvasRef.current;
      const cy = refs.cy;
      if (!cy || cy.nodes().length === 0) return;
      refs.layout?.stop();
      const name = refs.props.layout;
      // A force layout draws what is connected; the unconnected are set aside afterwards.
      const isolated = name === 'fcose' ? cy.nodes('.isolated') : cy.collection();
      const aside = isolated.nonempty() && isolated.length < cy.nodes().length;
      const eles = aside ? cy.elements().not(isolated) : cy.elements();
      const options = optionsFor(cy, refs, animate);
      const l = eles.layout(aside ? ({ ...options, fit: false } as cytoscape.LayoutOptions) : options);
      refs.layout = l;
      setLayoutRunning(true);
      announce({ phase: 'layoutstart', cy });
      const draft = name === 'fcose' && cy.nodes().length > FCOSE_DRAFT_ABOVE;
      l.one('layoutstop', () => {
        if (draft && refs.layout === l) uncrowd(cy);
        if (aside && refs.layout === l) setAside(cy, isolated, eles);
        announce({ phase: 'layoutstop', cy });
        if (refs.layout === l) {
          refs.layout = null;
          setLayoutRunning(false);
          refs.captions?.refresh();
        }
      });
      // Seeded: the same view is drawn the same way at every load (shared links, stories).
      withSeededRandom(layoutSeed(cy, name), () => l.run());
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
