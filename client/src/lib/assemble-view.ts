// Builds the graph on screen from the API answers that make up a view: the filtered base graph,
// each expansion (capped, new neighbours first), pinned nodes, the current path and the edges
// that complete the picture. Pure, so collapse/undo/reload all give the same result.
import type { GraphEdge, GraphNode, GraphResponse, PathsResponse } from '../../../server/shared/contracts.ts';
import type { Expansion, ViewState } from './view-state.ts';
import { ALL_LABELS } from './view-state.ts';
import { placeFilter } from './filters.ts';
import { datedFactsOnly, windowBounds } from '../../../server/shared/time-window.ts';

export type Origin = 'base' | 'expansion' | 'pin' | 'path';

export interface ExpansionResult {
  expansion: Expansion;
  response?: GraphResponse;
}

export interface ExpansionInfo {
  key: string;
  id: string;
  type?: string;
  /** New neighbours this expansion put on the canvas. */
  added: string[];
  /** New neighbours left out by the cap. */
  more: number;
  /** All neighbours the server reported (including those already on the canvas). */
  total: number;
  loaded: boolean;
}

export interface AssembleInput {
  state: Pick<ViewState, 'labels' | 'types' | 'places' | 'hidden' | 'pins' | 'path'> &
    Partial<Pick<ViewState, 'from' | 'to' | 'datedOnly'>>;
  base?: GraphResponse;
  expansions: ExpansionResult[];
  pins: GraphNode[];
  path?: PathsResponse;
  /** Extra edges among nodes already chosen (from a neighbourhood query). */
  completion?: { edges: GraphEdge[] }[];
}

export interface AssembledView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  origin: Map<string, Origin>;
  expansions: ExpansionInfo[];
  /** Nodes and edges of the current path(s). */
  pathNodes: Set<string>;
  pathEdges: Set<string>;
}

export const expansionKey = (e: { id: string; type?: string }) => `${e.id}|${e.type ?? ''}`;

/** A node is "curated" when a document (not only reference data) cites it. */
export function isCurated(n: GraphNode): boolean {
  const s = n.properties.sources;
  return Array.isArray(s) && s.some((x) => typeof x === 'string' && !x.startsWith('ref-'));
}

function labelRank(label: string): number {
  const i = ALL_LABELS.indexOf(label);
  return i < 0 ? ALL_LABELS.length : i;
}

/** Deterministic order for capped expansions: documented facts first, then by label and name. */
export function neighbourOrder(a: GraphNode, b: GraphNode): number {
  return (
    Number(isCurated(b)) - Number(isCurated(a)) ||
    labelRank(a.label) - labelRank(b.label) ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id)
  );
}

export function assembleView(input: AssembleInput): AssembledView {
  const { state } = input;
  const nodes = new Map<string, GraphNode>();
  const origin = new Map<string, Origin>();
  const edges = new Map<string, GraphEdge>();
  const hidden = new Set(state.hidden);
  const labelOk = (n: GraphNode) => state.labels.includes(n.label) || !ALL_LABELS.includes(n.label);
  const add = (n: GraphNode, o: Origin) => {
    if (hidden.has(n.id) || nodes.has(n.id)) return false;
    nodes.set(n.id, n);
    origin.set(n.id, o);
    return true;
  };
  const candidateEdges: GraphEdge[] = [];

  for (const n of input.base?.nodes ?? []) if (labelOk(n)) add(n, 'base');
  candidateEdges.push(...(input.base?.edges ?? []));

  const infos: ExpansionInfo[] = [];
  for (const { expansion, response } of input.expansions) {
    const info: ExpansionInfo = {
      key: expansionKey(expansion),
      id: expansion.id,
      type: expansion.type,
      added: [],
      more: 0,
      total: 0,
      loaded: !!response,
    };
    infos.push(info);
    if (!response || hidden.has(expansion.id)) continue;
    const centre = response.nodes.find((n) => n.id === expansion.id);
    if (centre) add(centre, 'expansion');
    // The neighbours of this centre (a neighbourhood query returns the centre and its neighbours).
    const linked = new Set<string>();
    for (const e of response.edges) {
      if (e.source === expansion.id) linked.add(e.target);
      if (e.target === expansion.id) linked.add(e.source);
    }
    const neighbours = response.nodes.filter((n) => n.id !== expansion.id && linked.has(n.id) && labelOk(n));
    info.total = neighbours.length;
    const fresh = neighbours.filter((n) => !nodes.has(n.id) && !hidden.has(n.id)).sort(neighbourOrder);
    for (const n of fresh.slice(0, expansion.limit)) if (add(n, 'expansion')) info.added.push(n.id);
    info.more = Math.max(0, fresh.length - expansion.limit);
    candidateEdges.push(...response.edges);
  }

  for (const n of input.pins) add(n, 'pin');

  const pathNodes = new Set<string>();
  const pathEdges = new Set<string>();
  if (input.path) {
    for (const n of input.path.graph.nodes) {
      pathNodes.add(n.id);
      if (!nodes.has(n.id)) {
        nodes.set(n.id, n);
        origin.set(n.id, 'path');
      }
    }
    for (const e of input.path.graph.edges) pathEdges.add(e.id);
  }

  for (const c of input.completion ?? []) candidateEdges.push(...c.edges);

  // Edges: both ends on the canvas and of a chosen type (a path's own edges always show).
  const typeOk = (t: string) => state.types === null || state.types.includes(t);
  for (const e of candidateEdges) {
    if (edges.has(e.id) || !nodes.has(e.source) || !nodes.has(e.target) || !typeOk(e.type)) continue;
    edges.set(e.id, e);
  }
  for (const e of input.path?.graph.edges ?? []) {
    if (!edges.has(e.id) && nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  }

  // Place filter last: it needs the edges (LOCATED_IN, HELD_IN, PART_OF) to know where things are.
  let nodeList = [...nodes.values()];
  let edgeList = [...edges.values()];
  if (state.places.length) {
    const exempt = new Set([...pathNodes, ...state.pins]);
    const keep = placeFilter(nodeList, edgeList, state.places, exempt);
    nodeList = nodeList.filter((n) => keep.has(n.id));
    edgeList = edgeList.filter((e) => keep.has(e.source) && keep.has(e.target));
    for (const id of [...origin.keys()]) if (!keep.has(id)) origin.delete(id);
  }
  // "Dated facts only": what the window says happened, and who took part (server/shared/time-window.ts).
  if (state.datedOnly) {
    const { lo, hi } = windowBounds(state.from === undefined ? null : String(state.from), state.to === undefined ? null : String(state.to));
    const dated = datedFactsOnly(nodeList, edgeList, lo, hi, new Set([...pathNodes, ...state.pins]));
    const keep = new Set(dated.nodes.map((n) => n.id));
    nodeList = dated.nodes;
    edgeList = dated.edges;
    for (const id of [...origin.keys()]) if (!keep.has(id)) origin.delete(id);
  }
  return { nodes: nodeList, edges: edgeList, origin, expansions: infos, pathNodes, pathEdges };
}

/** Ids of nodes that are on the canvas but not from the base query: their edges to the rest may be missing. */
export function nodesNeedingCompletion(view: AssembledView): string[] {
  return view.nodes
    .filter((n) => view.origin.get(n.id) !== 'base')
    .map((n) => n.id)
    .sort();
}
