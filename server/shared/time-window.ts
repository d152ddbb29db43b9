// The time-window rule, said once. An element's interval comes from its own dates; a window
// [from, to] (partial dates, either end open) keeps the elements whose interval overlaps it,
// and elements without any date are timeless and always kept. The client applies it to
// GraphNode/GraphEdge objects (`nodeInWindow`, `edgeInWindow`); the server turns the same spec
// into a Cypher predicate (server/graph/time-window.ts). One table of cases runs against both
// (tests/support/time-window-cases.ts).
//
// `founded` OPENS an interval: an organisation founded in 2006 still exists in 2024, so it is in
// a 2024-only window (as a membership with `since` and no `until` is). Events, agreements and
// counts end on their own date.
import { isPartialDate, periodEnd, periodStart } from './partial-date.ts';

export interface IntervalSpec {
  /** The interval starts at the first of these that is set. */
  start: readonly string[];
  /** It ends at the first of these that is set ... */
  end: readonly string[];
  /** ... or, when none is, it stays open if one of these is set ... */
  openIf: readonly string[];
  // ... or else it ends where it starts (a one-off: an event, a signature).
}

export const NODE_INTERVAL: IntervalSpec = {
  start: ['startDate', 'date', 'founded'],
  end: ['endDate', 'startDate', 'date'],
  openIf: ['founded'],
};
export const REL_INTERVAL: IntervalSpec = { start: ['since', 'date', 'ratified', 'signed'], end: ['until'], openIf: ['since', 'ratified'] };

/** The end of an open interval, as a day key later than any real date. */
export const OPEN_END = '9999-12-31';

export interface Interval {
  start: string;
  /** Partial date, or OPEN_END. */
  end: string;
}

type Props = Readonly<Record<string, unknown>>;
const first = (p: Props, keys: readonly string[]) => keys.map((k) => p[k]).find(isPartialDate);

/** The interval an element's properties give, or null when it has no date (timeless). */
export function intervalOf(p: Props, spec: IntervalSpec): Interval | null {
  const start = first(p, spec.start);
  if (!start) return null;
  const end = first(p, spec.end) ?? (spec.openIf.some((k) => isPartialDate(p[k])) ? OPEN_END : start);
  return { start, end };
}

/** A window's bounds as day keys: from "2024" -> lo "2024-01-01", to "2024" -> hi "2024-12-31". */
export function windowBounds(from: string | undefined | null, to: string | undefined | null): { lo: string | null; hi: string | null } {
  return { lo: from ? periodStart(from) : null, hi: to ? periodEnd(to) : null };
}

/** Does an interval (null: timeless) overlap the window [lo, hi] (day keys, null: open)? */
export function overlaps(iv: Interval | null, lo: string | null, hi: string | null): boolean {
  if (!iv) return true;
  return (hi === null || periodStart(iv.start) <= hi) && (lo === null || periodEnd(iv.end) >= lo);
}

export const nodeInWindow = (n: { properties: Props }, lo: string | null, hi: string | null) =>
  overlaps(intervalOf(n.properties, NODE_INTERVAL), lo, hi);
export const edgeInWindow = (e: { properties: Props }, lo: string | null, hi: string | null) =>
  overlaps(intervalOf(e.properties, REL_INTERVAL), lo, hi);

/**
 * "Dated facts only": what a window says happened in it, and who took part. A relationship stays
 * when its own dates overlap the window, or when one of its ends is a dated one-off in the window
 * (an event, an agreement, a count: attending the 8th Symposium is a 2024 fact even when the
 * attendance has no date of its own). An entity stays when it is such a one-off, or when a
 * relationship that stays touches it; an entity that only exists (no date, or `founded` long
 * before) and takes part in nothing dated is left out, as are undated relationships. `keep`
 * entities always stay (pinned, on a path).
 */
export function datedFactsOnly<
  N extends { id: string; properties: Props },
  E extends { source: string; target: string; properties: Props },
>(
  nodes: readonly N[],
  edges: readonly E[],
  lo: string | null,
  hi: string | null,
  keep: ReadonlySet<string> = new Set(),
): { nodes: N[]; edges: E[] } {
  const anchors = new Set<string>();
  for (const n of nodes) {
    const iv = intervalOf(n.properties, NODE_INTERVAL);
    if (iv && iv.end !== OPEN_END && overlaps(iv, lo, hi)) anchors.add(n.id);
  }
  const keptEdges = edges.filter((e) => {
    const iv = intervalOf(e.properties, REL_INTERVAL);
    return iv ? overlaps(iv, lo, hi) : anchors.has(e.source) || anchors.has(e.target);
  });
  const ids = new Set([...anchors, ...keep]);
  for (const e of keptEdges) {
    ids.add(e.source);
    ids.add(e.target);
  }
  const keptNodes = nodes.filter((n) => ids.has(n.id));
  const present = new Set(keptNodes.map((n) => n.id));
  return { nodes: keptNodes, edges: keptEdges.filter((e) => present.has(e.source) && present.has(e.target)) };
}
