// What the console needs to draw a graph the way the explorer does. The page passes it in
// (built from the explorer's canvas styles), so this feature never imports another feature.
import type cytoscape from 'cytoscape';
import type { GraphData } from '../../../../../server/shared/contracts.ts';
import type { Lang } from '../../../lib/view-state.ts';

export interface GraphKit {
  stylesheet: cytoscape.StylesheetJson;
  /** Cytoscape elements for a graph: nodes keyed by id, captions and sizes as on the explorer's canvas. */
  elements(graph: GraphData, lang: Lang): cytoscape.ElementDefinition[];
  layout(nodeCount: number): cytoscape.LayoutOptions;
}
