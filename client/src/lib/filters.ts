// Filters shared by the view and the filter panel: the API query for each part of a view, and
// the jurisdiction/region filter (done here, over the edges on the canvas, because the API has
// no place filter: a node passes when it is, or is located or held in, a chosen place).
import { urls } from '../api/endpoints.ts';
import type { GraphEdge, GraphNode } from '../../../server/shared/contracts.ts';
import { degreeCounts } from './degree.ts';
import type { Expansion, ViewState } from './view-state.ts';

type QueryState = Pick<ViewState, 'labels' | 'types' | 'from' | 'to' | 'includeReference' | 'limit'>;

/** Largest neighbourhood fetched per expansion; the client caps what it shows. */
export const NEIGHBOURHOOD_FETCH = 500;

function common(s: QueryState, p: URLSearchParams) {
  if (s.labels.length) p.set('labels', [...s.labels].sort().join(','));
  // An empty type list is filtered on the client (the API reads "no types" as "all").
  if (s.types?.length) p.set('types', [...s.types].sort().join(','));
  if (s.from !== undefined) p.set('from', String(s.from));
  if (s.to !== undefined) p.set('to', String(s.to));
}

/** `/api/graph` query for the base view, or null when it would be empty (no labels, or limit 0: pins only). */
export function baseQuery(s: QueryState): string | null {
  if (!s.labels.length || s.limit === 0) return null;
  const p = new URLSearchParams();
  common(s, p);
  if (s.includeReference) p.set('includeReference', 'true');
  p.set('limit', String(s.limit));
  return urls.graph(p);
}

/** `/api/graph?around=` query for one expansion (its own type, or the view's types). */
export function expansionQuery(s: QueryState, e: Expansion): string | null {
  if (!s.labels.length) return null;
  const p = new URLSearchParams();
  common({ ...s, types: e.type ? [e.type] : s.types }, p);
  if (e.type && s.types && !s.types.includes(e.type)) return null;
  p.set('around', e.id);
  p.set('limit', String(NEIGHBOURHOOD_FETCH));
  return urls.graph(p);
}

/** Neighbourhood of nodes added outside the base query, to find their edges to the rest. */
export function completionQueries(s: QueryState, ids: string[], chunk = 100): string[] {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i += chunk) {
    const p = new URLSearchParams();
    // All labels: the neighbour only has to be on the canvas, the canvas decides what shows.
    common({ ...s, labels: [] }, p);
    p.set('around', ids.slice(i, i + chunk).join(','));
    p.set('limit', String(NEIGHBOURHOOD_FETCH));
    out.push(urls.graph(p));
  }
  return out;
}

const LOCATING = new Set(['LOCATED_IN', 'HELD_IN']);

/**
 * Which nodes pass a place filter. `places` holds jurisdiction ids and regions (`r:Europe`).
 * Kept: the chosen jurisdictions and those PART_OF them (Hong Kong within China); nodes
 * LOCATED_IN / HELD_IN a kept jurisdiction (and PART_OF such a node); then nodes with no
 * location of their own that are linked to a kept node (the organisations and agreements
 * they take part in). `exempt` nodes always pass.
 */
export function placeFilter(nodes: GraphNode[], edges: GraphEdge[], places: string[], exempt: Set<string> = new Set()): Set<string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const regions = new Set(places.filter((p) => p.startsWith('r:')).map((p) => p.slice(2)));
  const jur = new Set<string>();
  for (const n of nodes) {
    if (n.label !== 'Jurisdiction') continue;
    if (places.includes(n.id) || (typeof n.properties.region === 'string' && regions.has(n.properties.region))) jur.add(n.id);
  }
  // Containment: a part of a chosen jurisdiction is chosen too.
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of edges) {
      if (e.type === 'PART_OF' && jur.has(e.target) && !jur.has(e.source) && byId.get(e.source)?.label === 'Jurisdiction') {
        jur.add(e.source);
        grew = true;
      }
    }
  }
  const located = new Set<string>();
  const inPlace = new Set<string>(jur);
  for (const e of edges) {
    if (!LOCATING.has(e.type)) continue;
    located.add(e.source);
    if (jur.has(e.target)) inPlace.add(e.source);
  }
  grew = true;
  while (grew) {
    grew = false;
    for (const e of edges) {
      if (e.type === 'PART_OF' && inPlace.has(e.target) && !inPlace.has(e.source) && byId.get(e.source)?.label !== 'Jurisdiction') {
        inPlace.add(e.source);
        located.add(e.source);
        grew = true;
      }
    }
  }
  const keep = new Set(inPlace);
  for (const e of edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ]) {
      const n = byId.get(a);
      if (n && inPlace.has(b) && n.label !== 'Jurisdiction' && !located.has(a)) keep.add(a);
    }
  }
  for (const id of exempt) if (byId.has(id)) keep.add(id);
  return keep;
}

export interface PlaceOption {
  value: string;
  /** Jurisdiction id for a jurisdiction, the region name for a region. */
  id: string;
  kind: 'region' | 'jurisdiction';
  node?: GraphNode;
  count: number;
}

/** Regions and jurisdictions present in a graph, most connected first, for the filter list. */
export function placeOptions(nodes: GraphNode[], edges: GraphEdge[]): PlaceOption[] {
  const degree = degreeCounts(edges);
  const regions = new Map<string, number>();
  const jurisdictions: PlaceOption[] = [];
  for (const n of nodes) {
    if (n.label !== 'Jurisdiction') continue;
    const r = n.properties.region;
    if (typeof r === 'string' && r) regions.set(r, (regions.get(r) ?? 0) + 1);
    jurisdictions.push({ value: n.id, id: n.id, kind: 'jurisdiction', node: n, count: degree.get(n.id) ?? 0 });
  }
  jurisdictions.sort((a, b) => b.count - a.count || a.node!.name.localeCompare(b.node!.name));
  const regionOpts: PlaceOption[] = [...regions]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([r, c]) => ({ value: `r:${r}`, id: r, kind: 'region', count: c }));
  return [...regionOpts, ...jurisdictions];
}

export function countBy<T>(items: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}
