// "How is A connected to B?": all shortest paths (up to a hop limit) over the model's
// relationships, never through documents (MENTIONS), each hop with its evidence.
import { PATH_HOPS } from '../shared/vocabulary.ts';
import type { GraphNode, PathStep, PathsResponse } from '../shared/contracts.ts';
import type { GraphDb } from '../db/graph-db.ts';
import { nodeDto, toPlain } from '../db/values.ts';
import { notFound } from '../errors.ts';
import { matchByIds } from './lookup.ts';
import type { Node as NeoNode, Path as NeoPath, Relationship as NeoRel } from 'neo4j-driver';

export const MAX_PATHS = 25;

export async function shortestPaths(db: GraphDb, from: string, to: string, maxHops: number, types?: string[]): Promise<PathsResponse> {
  const hops = Math.max(PATH_HOPS.min, Math.min(PATH_HOPS.max, Math.trunc(maxHops)));
  const ends = await db.read(`${matchByIds('n', 'ids')} RETURN n.id AS id`, { ids: [from, to] });
  const found = new Set(ends.records.map((r) => r.get('id') as string));
  for (const id of [from, to]) if (!found.has(id)) throw notFound(`No node with id "${id}".`);
  // `hops` is an integer clamped above: safe to interpolate (variable-length bounds cannot be parameters).
  const res = await db.read(
    `${matchByIds('a', 'from')}
     ${matchByIds('b', 'to')}
     MATCH p = allShortestPaths((a)-[*..${hops}]-(b))
     WHERE a <> b AND all(r IN relationships(p) WHERE type(r) <> 'MENTIONS' AND ($types IS NULL OR type(r) IN $types))
       AND none(x IN nodes(p) WHERE x:Source)
     RETURN p LIMIT ${MAX_PATHS}`,
    { from: [from], to: [to], types: types?.length ? types : null },
  );
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, NonNullable<PathStep['edge']>>();
  const paths: PathStep[][] = res.records.map((rec) => {
    const p = rec.get('p') as NeoPath;
    const byElement = new Map<string, GraphNode>();
    const seq: NeoNode[] = [p.start, ...p.segments.map((s) => s.end)];
    for (const n of seq) {
      const dto = nodeDto(n);
      byElement.set(n.elementId, dto);
      nodes.set(dto.id, dto);
    }
    return seq.map((n, i) => {
      const step: PathStep = { node: byElement.get(n.elementId)! };
      const seg = p.segments[i];
      if (seg) {
        const r: NeoRel = seg.relationship;
        const props = toPlain(r.properties) as Record<string, unknown>;
        const edge = {
          id: typeof props.key === 'string' ? props.key : r.elementId,
          type: r.type,
          source: byElement.get(r.startNodeElementId)!.id,
          target: byElement.get(r.endNodeElementId)!.id,
          properties: props,
          evidence: typeof props.evidence === 'string' ? props.evidence : undefined,
          sources: Array.isArray(props.sources) ? (props.sources as string[]) : [],
        };
        edges.set(edge.id, edge);
        step.edge = edge;
      }
      return step;
    });
  });
  return { from, to, maxHops: hops, paths, graph: { nodes: [...nodes.values()], edges: [...edges.values()] } };
}
