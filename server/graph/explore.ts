// The explorer's graph: nodes and edges filtered by labels, relationship types and a time
// window, capped; or the neighbourhood of given nodes (expansion).
import type { GraphEdge, GraphNode, GraphResponse } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { factProperties, nodeDto, toPlain } from '../db/values.ts';
import { DEFAULT_LABELS, DRAWABLE_REL_TYPES, NODE_LABEL_NAMES, REL_TYPE_NAMES } from '../shared/vocabulary.ts';
import { nodeInWindow, relInWindow, windowBounds } from './time-window.ts';
import type { Node as NeoNode } from 'neo4j-driver';
import { matchByIds } from './lookup.ts';

export const CURATED = `any(s IN coalesce(n.sources, []) WHERE NOT s STARTS WITH 'ref-')`;
/** `n` has one of the labels in $labels. */
const IN_LABELS = 'any(l IN labels(n) WHERE l IN $labels)';

export interface GraphFilter {
  labels?: string[];
  types?: string[];
  from?: string;
  to?: string;
  limit: number;
  around?: string[];
  includeReference?: boolean;
}

export function edgeFromRow(r: {
  key: unknown;
  elementId: string;
  type: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
}): GraphEdge {
  return {
    id: typeof r.key === 'string' ? r.key : r.elementId,
    type: r.type,
    source: r.source,
    target: r.target,
    properties: factProperties(toPlain(r.props) as Record<string, unknown>),
  };
}

/** `type1|type2` for a pattern; every name comes from the model's whitelist, never from free input. */
function typePattern(types: string[]): string {
  return types.map((t) => `\`${t}\``).join('|');
}

export async function getGraph(db: GraphDb, f: GraphFilter): Promise<GraphResponse> {
  const labels = (f.labels?.length ? f.labels : DEFAULT_LABELS).filter((l) => (NODE_LABEL_NAMES as readonly string[]).includes(l));
  const types = (f.types?.length ? f.types : DRAWABLE_REL_TYPES).filter((t) => (REL_TYPE_NAMES as readonly string[]).includes(t));
  const { lo, hi } = windowBounds(f.from, f.to);
  const params = {
    labels,
    types,
    from: lo,
    to: hi,
    limit: f.limit,
    around: f.around ?? [],
    includeReference: !!f.includeReference || !!f.around?.length,
  };
  const windowed = params.from !== null || params.to !== null;
  // Predicates that cannot hold are left out of the text, so the database reads no property for them.
  const nodeFilter = [IN_LABELS, params.includeReference ? '' : CURATED, windowed ? nodeInWindow('n') : ''].filter(Boolean).join(' AND ');
  const cypher = f.around?.length
    ? `
      ${matchByIds('c', 'around')}
      OPTIONAL MATCH (c)-[r]-(n)
      WHERE type(r) IN $types AND ${windowed ? relInWindow('r') : 'true'} AND ${nodeFilter}
      WITH collect(DISTINCT c) AS centres, collect(DISTINCT n) AS neighbours
      WITH centres, neighbours, size(neighbours) AS total
      WITH centres + [x IN neighbours WHERE NOT x IN centres][0..$limit] AS ns, total + size(centres) AS total
      RETURN ns, total`
    : `
      CALL () {
        MATCH (n:Entity) WHERE n.degree IS NOT NULL AND ${nodeFilter}
        RETURN n ORDER BY n.degree DESC, n.id LIMIT $limit
      }
      WITH collect(n) AS ns
      CALL () { ${totalQuery(labels, params.includeReference, windowed, nodeFilter)} }
      RETURN ns, total`;
  const res = await db.read(cypher, params);
  const rec = res.records[0];
  const ns = (rec?.get('ns') ?? []) as NeoNode[];
  const total = Number(rec?.get('total') ?? 0);
  const nodes: GraphNode[] = ns.map(nodeDto);
  const edges =
    nodes.length && types.length
      ? await edgesBetween(
          db,
          nodes.map((n) => n.id),
          types,
          windowed ? params : null,
        )
      : [];
  return { nodes, edges, truncated: total > nodes.length, limit: f.limit, totalNodes: total };
}

/**
 * How many nodes pass the filter. Without a time window, from the count store (one number per
 * label) less the reference-only nodes, found from the reference documents that mention them:
 * the cost follows the reference layer, not the graph. With a window, by reading every node.
 */
function totalQuery(labels: string[], includeReference: boolean, windowed: boolean, nodeFilter: string): string {
  if (windowed || !labels.length || labels.includes('Source')) return `MATCH (n:Entity) WHERE ${nodeFilter} RETURN count(n) AS total`;
  // Every label is from the model's whitelist (filtered above): safe to name in the text.
  const perLabel = labels.map((l) => `MATCH (x:\`${l}\`) RETURN count(x) AS c`).join(' UNION ALL ');
  const referenceOnly = includeReference
    ? 'RETURN 0 AS ref'
    : `MATCH (s:Source) WHERE s.id STARTS WITH 'ref-'
       MATCH (s)-[:MENTIONS]->(n) WHERE ${IN_LABELS} AND NOT ${CURATED}
       RETURN count(DISTINCT n) AS ref`;
  return `CALL () { ${perLabel} } WITH sum(c) AS counted CALL () { ${referenceOnly} } RETURN counted - ref AS total`;
}

/**
 * The relationships among the given nodes. Each is found from its start node, outgoing only and
 * by type, so a hub's thousands of incoming relationships are never walked; the far end is
 * checked against the list of nodes (`b IN starts`), never looked up in an index per row (with
 * `b.id IN $ids` the planner chose an index scan per start node: 330 ms on the seed, now 36).
 */
async function edgesBetween(
  db: GraphDb,
  ids: string[],
  types: string[],
  window: { from: string | null; to: string | null } | null,
): Promise<GraphEdge[]> {
  const res = await db.read(
    `${matchByIds('a', 'ids')}
     WITH collect(a) AS starts
     UNWIND starts AS a
     MATCH (a)-[r:${typePattern(types)}]->(b) WHERE b IN starts${window ? ` AND ${relInWindow('r')}` : ''}
     RETURN {key: r.key, elementId: elementId(r), type: type(r), source: a.id, target: b.id, props: properties(r)} AS e`,
    { ids, ...(window ?? {}) },
  );
  return res.records.map((r) => edgeFromRow(r.get('e')));
}
