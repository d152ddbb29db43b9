// The explorer's graph: nodes and edges filtered by labels, relationship types and a time
// window, capped; or the neighbourhood of given nodes (expansion).
import type { GraphEdge, GraphNode, GraphResponse } from '../contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { nodeDto, toPlain } from '../db/values.ts';
import { NODE_LABEL_NAMES, REL_TYPE_NAMES } from '../model/model.ts';
import { nodeInWindow, relInWindow, windowEnd, windowStart } from './time-window.ts';
import type { Node as NeoNode } from 'neo4j-driver';
import { matchByIds } from './lookup.ts';

/** Labels shown by default: the actors, events and agreements (counts and sources on demand). */
export const DEFAULT_LABELS = ['Agency', 'Organisation', 'Jurisdiction', 'Event', 'Agreement', 'Person'];
export const DEFAULT_TYPES = REL_TYPE_NAMES.filter((t) => t !== 'MENTIONS');
export const CURATED = `any(s IN coalesce(n.sources, []) WHERE NOT s STARTS WITH 'ref-')`;

export interface GraphFilter {
  labels?: string[];
  types?: string[];
  from?: string;
  to?: string;
  limit: number;
  around?: string[];
  includeReference?: boolean;
}

export function edgeFromRow(r: { key: unknown; elementId: string; type: string; source: string; target: string; props: Record<string, unknown> }): GraphEdge {
  return { id: typeof r.key === 'string' ? r.key : r.elementId, type: r.type, source: r.source, target: r.target, properties: toPlain(r.props) as Record<string, unknown> };
}

export const EDGE_MAP = `{key: r.key, elementId: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}`;

export async function getGraph(db: GraphDb, f: GraphFilter): Promise<GraphResponse> {
  const labels = (f.labels?.length ? f.labels : DEFAULT_LABELS).filter((l) => (NODE_LABEL_NAMES as string[]).includes(l));
  const types = (f.types?.length ? f.types : DEFAULT_TYPES).filter((t) => (REL_TYPE_NAMES as string[]).includes(t));
  const params = { labels, types, from: windowStart(f.from), to: windowEnd(f.to), limit: f.limit, around: f.around ?? [], includeReference: !!f.includeReference || !!f.around?.length };
  const nodeFilter = `any(l IN labels(n) WHERE l IN $labels) AND ($includeReference OR ${CURATED}) AND ${nodeInWindow('n')}`;
  const cypher = f.around?.length
    ? `
      ${matchByIds('c', 'around')}
      OPTIONAL MATCH (c)-[r]-(n)
      WHERE type(r) IN $types AND ${relInWindow('r')} AND ${nodeFilter}
      WITH collect(DISTINCT c) AS centres, collect(DISTINCT n) AS neighbours
      WITH centres, neighbours, size(neighbours) AS total
      WITH centres + [x IN neighbours WHERE NOT x IN centres][0..$limit] AS ns, total + size(centres) AS total
      RETURN ns, total`
    : `
      MATCH (n:Entity) WHERE ${nodeFilter}
      WITH n, COUNT { (n)--() } AS degree
      ORDER BY degree DESC, n.id
      WITH collect(n) AS ranked
      RETURN ranked[0..$limit] AS ns, size(ranked) AS total`;
  const res = await db.read(cypher, params);
  const rec = res.records[0];
  const ns = (rec?.get('ns') ?? []) as NeoNode[];
  const total = Number(rec?.get('total') ?? 0);
  const nodes: GraphNode[] = ns.map(nodeDto);
  const edgesRes = await db.read(
    `MATCH (a:Entity) WHERE a.id IN $ids
     MATCH (a)-[r]->(b:Entity) WHERE b.id IN $ids AND type(r) IN $types AND ${relInWindow('r')}
     RETURN ${EDGE_MAP} AS e`,
    { ids: nodes.map((n) => n.id), types, from: params.from, to: params.to },
  );
  const edges = edgesRes.records.map((r) => edgeFromRow(r.get('e')));
  return { nodes, edges, truncated: total > nodes.length, limit: f.limit, totalNodes: total };
}
