// A time window with partial dates ("2024-05" to "2024-11"), applied on the client with the
// server's rules (server/graph/time-window.ts): an element whose own interval overlaps the window
// is kept, one without any date is timeless and kept; an organisation's `founded` opens an
// interval that has not ended. The API's window is used with whole years
// where the view state only knows years; this narrows such a view to the exact months or days.
import type { GraphEdge, GraphNode } from '../../../../../server/shared/contracts.ts';
import { isPartialDate, periodEnd, periodStart } from './dates.ts';

const str = (v: unknown) => (isPartialDate(v) ? v : undefined);

function overlaps(start: string | undefined, end: string | undefined, lo: string | null, hi: string | null): boolean {
  if (!start) return true;
  return (hi === null || periodStart(start) <= hi) && (lo === null || periodEnd(end ?? start) >= lo);
}

export function nodeInWindow(n: GraphNode, lo: string | null, hi: string | null): boolean {
  const p = n.properties;
  const start = str(p.startDate) ?? str(p.date) ?? str(p.founded);
  // An organisation does not end when it is founded (unlike an event, which ends on its day).
  const end = str(p.endDate) ?? str(p.startDate) ?? str(p.date) ?? (start ? '9999-12-31' : undefined);
  return overlaps(start, end, lo, hi);
}

export function edgeInWindow(e: GraphEdge, lo: string | null, hi: string | null): boolean {
  const p = e.properties;
  const start = str(p.since) ?? str(p.date) ?? str(p.ratified) ?? str(p.signed);
  // A membership or ratification lasts until it ends (open-ended when no `until`).
  const end = str(p.until) ?? (str(p.since) || str(p.ratified) ? '9999-12-31' : (str(p.date) ?? str(p.signed)));
  return overlaps(start, end, lo, hi);
}

/** Keeps what overlaps [from, to] (partial dates, either open); `exempt` nodes always stay. */
export function narrowToWindow(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  from: string | undefined,
  to: string | undefined,
  exempt: ReadonlySet<string> = new Set(),
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  if (!from && !to) return { nodes: [...nodes], edges: [...edges] };
  const lo = from ? periodStart(from) : null;
  const hi = to ? periodEnd(to) : null;
  const keptNodes = nodes.filter((n) => exempt.has(n.id) || nodeInWindow(n, lo, hi));
  const ids = new Set(keptNodes.map((n) => n.id));
  const keptEdges = edges.filter((e) => ids.has(e.source) && ids.has(e.target) && edgeInWindow(e, lo, hi));
  return { nodes: keptNodes, edges: keptEdges };
}
