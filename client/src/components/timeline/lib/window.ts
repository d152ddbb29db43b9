// A time window with partial dates ("2024-05" to "2024-11"), applied on the client with the one
// rule both sides share (server/shared/time-window.ts; the server runs it as Cypher). The API's window is used with whole years
// where the view state only knows years; this narrows such a view to the exact months or days.
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import { edgeInWindow, nodeInWindow, windowBounds } from '../../../../../server/shared/time-window.ts';

/** Keeps what overlaps [from, to] (partial dates, either open); `exempt` nodes always stay. */
export function narrowToWindow(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  from: string | undefined,
  to: string | undefined,
  exempt: ReadonlySet<string> = new Set(),
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  if (!from && !to) return { nodes: [...nodes], edges: [...edges] };
  const { lo, hi } = windowBounds(from, to);
  const keptNodes = nodes.filter((n) => exempt.has(n.id) || nodeInWindow(n, lo, hi));
  const ids = new Set(keptNodes.map((n) => n.id));
  const keptEdges = edges.filter((e) => ids.has(e.source) && ids.has(e.target) && edgeInWindow(e, lo, hi));
  return { nodes: keptNodes, edges: keptEdges };
}
