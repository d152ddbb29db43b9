// What "Open in Explorer" puts on the canvas for a result. A result with nodes (RETURN n, paths)
// opens those nodes. A result that holds ids instead (most library queries return ids and names,
// not nodes) opens the ids that GET /api/node-refs found to be nodes, together with the entities
// the question itself names (a library query's id parameters: the agency whose MoUs are listed,
// the two agencies being linked), so the canvas shows how the rows connect to them. Documents
// (Source nodes) are left out: the explorer does not draw them (its details panel lists them).
import type { GraphNode, NodeRef } from '../../../../../server/shared/contracts.ts';

export interface ExplorerTargets {
  /** Where the ids come from: the result's nodes, the ids its rows hold, or nothing to open. */
  from: 'nodes' | 'ids' | 'none';
  /** Ids to pin, in order: the question's entities first, then the rows' (nodes: as returned). */
  ids: string[];
  /** How many of `ids` the rows do not name themselves (the question's own entities). */
  anchors: number;
  /** Documents the result names, left out. */
  documents: number;
  /** The rows hold ids that are still being looked up. */
  pending: boolean;
}

const isDocument = (label: string | undefined) => label === 'Source';

export function explorerTargets(input: {
  /** The nodes of the result (its graph). */
  nodes: GraphNode[];
  /** The candidate ids the rows hold (resultIds). */
  rowIds: string[];
  /** The ids the question names (a library query's id parameters). */
  anchorIds: string[];
  /** The nodes among rowIds and anchorIds (GET /api/node-refs); undefined while it is asked. */
  refs: ReadonlyMap<string, NodeRef> | undefined;
}): ExplorerTargets {
  const { nodes, rowIds, anchorIds, refs } = input;
  if (nodes.length) {
    const seen = new Map<string, GraphNode>();
    for (const n of nodes) if (!seen.has(n.id)) seen.set(n.id, n);
    const all = [...seen.values()];
    return {
      from: 'nodes',
      ids: all.filter((n) => !isDocument(n.label)).map((n) => n.id),
      anchors: 0,
      documents: all.filter((n) => isDocument(n.label)).length,
      pending: false,
    };
  }
  const none: ExplorerTargets = { from: 'none', ids: [], anchors: 0, documents: 0, pending: false };
  if (!rowIds.length) return none;
  if (!refs) return { ...none, pending: true };
  const rowNodes = [...new Set(rowIds)].filter((id) => refs.has(id));
  if (!rowNodes.length) return none;
  const entities = rowNodes.filter((id) => !isDocument(refs.get(id)!.label));
  const documents = rowNodes.length - entities.length;
  const anchors = [...new Set(anchorIds)].filter((id) => refs.has(id) && !isDocument(refs.get(id)!.label) && !entities.includes(id));
  return { from: 'ids', ids: [...anchors, ...entities], anchors: anchors.length, documents, pending: false };
}
