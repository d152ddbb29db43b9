// Layout options for each layout the Explorer offers. fCoSE is the default; the canvas draws
// breadth-first with tree-layout.ts (its orientation applied there), keeping these common options.
import type cytoscape from 'cytoscape';
import type { LayoutName, Orientation } from '../../../lib/view-state.ts';

export interface LayoutRequest {
  name: LayoutName;
  orient: Orientation;
  animate: boolean;
  /** Root for breadth-first (the selection), when there is one. */
  root?: string;
}

const byLabelThenName = (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) =>
  String(a.data('label')).localeCompare(String(b.data('label'))) || String(a.data('name')).localeCompare(String(b.data('name')));

/** Cytoscape's breadth-first `direction` for each orientation the picker offers. */
export const DIRECTION: Record<Orientation, string> = { TB: 'downward', BT: 'upward', LR: 'rightward', RL: 'leftward' };

/** Above this many nodes fCoSE runs at its fast "draft" quality (then spreadEvenly uncrowds it). */
export const FCOSE_DRAFT_ABOVE = 800;

export function layoutOptions(req: LayoutRequest, nodeCount: number): cytoscape.LayoutOptions {
  const common = {
    fit: true,
    padding: 36,
    animate: req.animate && nodeCount < 600,
    animationDuration: 450,
    animationEasing: 'ease-out-cubic' as const,
  };
  switch (req.name) {
    case 'fcose':
      return {
        ...common,
        name: 'fcose',
        quality: nodeCount > FCOSE_DRAFT_ABOVE ? 'draft' : 'default',
        randomize: true,
        nodeDimensionsIncludeLabels: true,
        uniformNodeDimensions: false,
        packComponents: true,
        // Hubs push harder and their edges are longer, so big nodes never sit on each other.
        // Room for the captions too (the layout does not see them: they are placed after it).
        nodeRepulsion: (n: cytoscape.NodeSingular) => 22000 + 600 * n.degree(false),
        idealEdgeLength: (e: cytoscape.EdgeSingular) => 95 + (Number(e.source().data('size')) + Number(e.target().data('size'))) / 2,
        edgeElasticity: () => 0.45,
        nestingFactor: 0.1,
        gravity: 0.3,
        gravityRange: 3.8,
        numIter: 2500,
        nodeSeparation: 100,
        tile: true,
      } as unknown as cytoscape.LayoutOptions;
    case 'concentric':
      return {
        ...common,
        name: 'concentric',
        // Rings by order of magnitude of connections: hubs inside, the long tail outside.
        concentric: (n: cytoscape.NodeSingular) => Math.round(Math.log2(n.degree(false) + 1) * 1.5),
        levelWidth: () => 1,
        minNodeSpacing: 26,
        avoidOverlap: true,
        startAngle: (3 / 2) * Math.PI,
      } as cytoscape.ConcentricLayoutOptions;
    case 'breadthfirst':
      return {
        ...common,
        name: 'breadthfirst',
        directed: false,
        spacingFactor: 1.15,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
        ...(req.root ? { roots: `#${cssId(req.root)}` } : {}),
        direction: DIRECTION[req.orient],
        depthSort: (a: cytoscape.NodeSingular, b: cytoscape.NodeSingular) => byLabelThenName(a, b),
      } as cytoscape.BreadthFirstLayoutOptions;
    case 'circle':
      return { ...common, name: 'circle', avoidOverlap: true, spacingFactor: 0.9, sort: byLabelThenName } as cytoscape.CircleLayoutOptions;
    case 'grid':
      return {
        ...common,
        name: 'grid',
        avoidOverlap: true,
        avoidOverlapPadding: 18,
        condense: true,
        sort: byLabelThenName,
        nodeDimensionsIncludeLabels: true,
      } as cytoscape.GridLayoutOptions;
  }
}

/** Escapes an id for a Cytoscape selector (`#id`). */
export function cssId(id: string): string {
  return id.replace(/([^a-zA-Z0-9_-])/g, '\\$1');
}
